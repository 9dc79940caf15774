using System.Diagnostics;

namespace NarrativeAssist.Documents.LkeWorkbook;

/// <summary>Converts a legacy (.xls) or OpenDocument (.ods, .fods) workbook to .xlsx with headless LibreOffice, when
/// it is installed: own profile and folder per call, killed when it hangs. Without LibreOffice the user is told to
/// save the workbook as .xlsx.</summary>
public sealed class SpreadsheetConverter(string? soffice = null, TimeSpan? timeout = null)
{
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromMinutes(2);

    /// <summary>soffice on PATH, or null.</summary>
    public static string? FindSoffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => new[] { Path.Combine(dir, "soffice"), Path.Combine(dir, "libreoffice") })
            .FirstOrDefault(File.Exists);

    /// <exception cref="DocumentRejectedException">LibreOffice missing, or it could not convert the file.</exception>
    public byte[] ToXlsx(byte[] workbook, string extension)
    {
        var program = soffice ?? FindSoffice() ?? throw Missing(extension);
        var work = Path.Combine(Path.GetTempPath(), "na-lke-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "lke" + extension);
            File.WriteAllBytes(input, workbook);
            var outDir = Path.Combine(work, "xlsx");
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in (string[])["--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(work, "profil")).AbsoluteUri}",
                         "--convert-to", "xlsx", "--outdir", outDir, input])
                start.ArgumentList.Add(a);
            using (var process = Process.Start(start)!)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(_timeout))
                {
                    process.Kill(entireProcessTree: true);
                    throw Unconvertible(extension);
                }
                process.WaitForExit();
                _ = stdout.Result + stderr.Result;
            }
            var output = Path.Combine(outDir, "lke.xlsx");
            return File.Exists(output) ? File.ReadAllBytes(output) : throw Unconvertible(extension);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>No LibreOffice to convert a <paramref name="extension"/> workbook with.</summary>
    public static DocumentRejectedException Missing(string extension) => new(RejectionCodes.ConverterMissing,
        $"Lembar kerja {extension} hanya dapat dibaca bila LibreOffice terpasang, dan LibreOffice tidak tersedia di sini. " +
        "Buka berkas di Excel atau LibreOffice Calc, pilih Simpan Sebagai › Buku Kerja Excel (*.xlsx), lalu impor berkas .xlsx itu.");

    private static DocumentRejectedException Unconvertible(string extension) => new(RejectionCodes.Corrupt,
        $"Lembar kerja {extension} ini tidak dapat dibuka oleh LibreOffice (rusak atau dilindungi kata sandi). " +
        "Buka di Excel atau LibreOffice Calc, hapus kata sandinya bila ada, simpan sebagai .xlsx, lalu impor ulang.");
}

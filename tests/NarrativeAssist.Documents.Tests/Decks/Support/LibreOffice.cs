using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NarrativeAssist.Documents.Tests.Decks.Support;

/// <summary>Tests that run soffice share this collection: two soffice processes at once silently lose output.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LibreOfficeCollection
{
    public const string Name = "LibreOffice";
}

/// <summary>Converts a file to PDF with headless LibreOffice (own profile and output folder per call, killed on
/// hang) and counts its pages with pdfinfo. A missing program fails the test with its name: never a silent skip.</summary>
internal static partial class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static int PdfPages(byte[] file, string extension)
    {
        var soffice = Require("soffice", "apt-get install -y libreoffice-impress libreoffice-writer");
        var pdfinfo = Require("pdfinfo", "apt-get install -y poppler-utils");
        var work = Path.Combine(Path.GetTempPath(), "na-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "masukan." + extension);
            File.WriteAllBytes(input, file);
            var outDir = Path.Combine(work, "pdf");
            var profile = new Uri(Path.Combine(work, "profil")).AbsoluteUri;
            var (code, output) = Run(soffice, ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", outDir, input]);
            var pdf = Path.Combine(outDir, "masukan.pdf");
            File.Exists(pdf).Should().BeTrue($"soffice should convert the file to PDF (exit {code}): {output}");
            var (infoCode, info) = Run(pdfinfo, [pdf]);
            infoCode.Should().Be(0, info);
            return int.Parse(PagesLine().Match(info).Groups[1].Value);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static (int Code, string Output) Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {Timeout.TotalSeconds} s and was killed.");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Require(string program, string install)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException($"Program \"{program}\" is required by this test but was not found on PATH ({install}).");
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}

using System.Diagnostics;

namespace NarrativeAssist.Documents.Tests.LkeWorkbook;

/// <summary>LibreOffice Calc, headless, as the "other program": converts our .fods and .xlsx files to .xlsx in one
/// start-up. Its profile is told to recalculate every formula on load (OOXMLRecalcMode/ODFRecalcMode = always), as
/// Calc does when a user edits a cell, so the cached values it writes are Calc's own results. A missing soffice
/// fails the test with what to install: never a silent skip.</summary>
internal static class CalcConverter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    private const string RecalcAlways = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """;

    /// <summary>Files by name (with extension) converted to <paramref name="format"/>; outputs by name without extension.</summary>
    public static Dictionary<string, byte[]> Convert(IReadOnlyDictionary<string, byte[]> files, string format = "xlsx")
    {
        var soffice = Decks.Support.LibreOffice.Require("soffice", "apt-get install -y libreoffice-calc");
        var work = Path.Combine(Path.GetTempPath(), "na-calc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(work, "profil", "user"));
        try
        {
            File.WriteAllText(Path.Combine(work, "profil", "user", "registrymodifications.xcu"), RecalcAlways);
            var inputs = files.Select(f => { var p = Path.Combine(work, "masuk", f.Key); Directory.CreateDirectory(Path.GetDirectoryName(p)!); File.WriteAllBytes(p, f.Value); return p; }).ToList();
            var outDir = Path.Combine(work, "keluar");
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in (string[])["--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(work, "profil")).AbsoluteUri}",
                         "--convert-to", format, "--outdir", outDir, .. inputs])
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish within {Timeout.TotalSeconds} s and was killed.");
            }
            process.WaitForExit();
            var result = new Dictionary<string, byte[]>();
            foreach (var name in files.Keys.Select(Path.GetFileNameWithoutExtension))
            {
                var converted = Path.Combine(outDir, name + "." + format);
                File.Exists(converted).Should().BeTrue($"soffice should convert {name} to {format} (exit {process.ExitCode}): {output.Result}{error.Result}");
                result[name!] = File.ReadAllBytes(converted);
            }
            return result;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NarrativeAssist.Documents.Tests.Decks.Support;

/// <summary>A word on a PDF page and its box, in points from the page's top left corner.</summary>
internal sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    public double Height => YMax - YMin;
}

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

    public static int PdfPages(byte[] file, string extension) => Pages(ToPdf(file, extension));

    /// <summary>The file converted to PDF by headless LibreOffice.</summary>
    public static byte[] ToPdf(byte[] file, string extension)
    {
        var soffice = Require("soffice", "apt-get install -y libreoffice-impress libreoffice-writer");
        return InWorkFolder(work =>
        {
            var input = Path.Combine(work, "masukan." + extension);
            File.WriteAllBytes(input, file);
            var outDir = Path.Combine(work, "pdf");
            var profile = new Uri(Path.Combine(work, "profil")).AbsoluteUri;
            var (code, output) = Run(soffice, ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", outDir, input]);
            var pdf = Path.Combine(outDir, "masukan.pdf");
            File.Exists(pdf).Should().BeTrue($"soffice should convert the file to PDF (exit {code}): {output}");
            return File.ReadAllBytes(pdf);
        });
    }

    /// <summary>Several files converted in one soffice call (one start-up for all: converting is mostly start-up), into
    /// <paramref name="format"/> ("pdf", "pptx"); returns the outputs by input name (without extension).</summary>
    public static Dictionary<string, byte[]> Convert(IReadOnlyList<(string Name, string Extension, byte[] Data)> files, string format)
    {
        var soffice = Require("soffice", "apt-get install -y libreoffice-impress libreoffice-writer");
        return InWorkFolder(work =>
        {
            var inputs = files.Select(f =>
            {
                var input = Path.Combine(work, f.Name + "." + f.Extension);
                File.WriteAllBytes(input, f.Data);
                return input;
            }).ToList();
            var outDir = Path.Combine(work, "keluaran");
            var profile = new Uri(Path.Combine(work, "profil")).AbsoluteUri;
            var (code, output) = Run(soffice, ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", format, "--outdir", outDir, .. inputs]);
            var result = new Dictionary<string, byte[]>();
            foreach (var f in files)
            {
                var converted = Path.Combine(outDir, f.Name + "." + format);
                File.Exists(converted).Should().BeTrue($"soffice should convert {f.Name}.{f.Extension} to {format} (exit {code}): {output}");
                result[f.Name] = File.ReadAllBytes(converted);
            }
            return result;
        });
    }

    /// <summary>The words of every page (index 0 = page 1) with the page's size in points, by one <c>pdftotext -bbox</c> call.</summary>
    public static List<(double Width, double Height, List<PdfWord> Words)> AllWords(byte[] pdf)
    {
        var pdftotext = Require("pdftotext", "apt-get install -y poppler-utils");
        return InWorkFolder(work =>
        {
            var file = Path.Combine(work, "dokumen.pdf");
            File.WriteAllBytes(file, pdf);
            var html = Path.Combine(work, "kata.html");
            var (code, output) = Run(pdftotext, ["-bbox", file, html]);
            code.Should().Be(0, output);
            return File.ReadAllText(html).Split("<page ").Skip(1).Select(page =>
            {
                var size = PageSize().Match(page);
                return (Num(size.Groups[1].Value), Num(size.Groups[2].Value), WordLine().Matches(page).Select(m => new PdfWord(
                    System.Net.WebUtility.HtmlDecode(m.Groups[5].Value), Num(m.Groups[1].Value), Num(m.Groups[2].Value), Num(m.Groups[3].Value), Num(m.Groups[4].Value))).ToList());
            }).ToList();
        });
    }

    public static int Pages(byte[] pdf)
    {
        var pdfinfo = Require("pdfinfo", "apt-get install -y poppler-utils");
        return InWorkFolder(work =>
        {
            var file = Path.Combine(work, "dokumen.pdf");
            File.WriteAllBytes(file, pdf);
            var (infoCode, info) = Run(pdfinfo, [file]);
            infoCode.Should().Be(0, info);
            return int.Parse(PagesLine().Match(info).Groups[1].Value);
        });
    }

    /// <summary>The words of one page (1-based) with their boxes in points from the top left, by <c>pdftotext -bbox</c>.</summary>
    public static IReadOnlyList<PdfWord> Words(byte[] pdf, int page)
    {
        var pdftotext = Require("pdftotext", "apt-get install -y poppler-utils");
        return InWorkFolder(work =>
        {
            var file = Path.Combine(work, "dokumen.pdf");
            File.WriteAllBytes(file, pdf);
            var html = Path.Combine(work, "kata.html");
            var (code, output) = Run(pdftotext, ["-bbox", "-f", $"{page}", "-l", $"{page}", file, html]);
            code.Should().Be(0, output);
            return WordLine().Matches(File.ReadAllText(html)).Select(m => new PdfWord(System.Net.WebUtility.HtmlDecode(m.Groups[5].Value),
                Num(m.Groups[1].Value), Num(m.Groups[2].Value), Num(m.Groups[3].Value), Num(m.Groups[4].Value))).ToList();
        });
    }

    /// <summary>One page (1-based) as PNG, by <c>pdftoppm -png -r <paramref name="dpi"/></c>.</summary>
    public static byte[] Png(byte[] pdf, int page, int dpi = 40)
    {
        var pdftoppm = Require("pdftoppm", "apt-get install -y poppler-utils");
        return InWorkFolder(work =>
        {
            var file = Path.Combine(work, "dokumen.pdf");
            File.WriteAllBytes(file, pdf);
            var image = Path.Combine(work, "halaman");
            var (code, output) = Run(pdftoppm, ["-png", "-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", "-singlefile", file, image]);
            code.Should().Be(0, output);
            return File.ReadAllBytes(image + ".png");
        });
    }

    private static double Num(string value) => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static T InWorkFolder<T>(Func<string, T> work)
    {
        var folder = Path.Combine(Path.GetTempPath(), "na-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return work(folder);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>A longer limit for batch conversions (dozens of decks).</summary>
    private static readonly TimeSpan BatchTimeout = TimeSpan.FromMinutes(15);

    private static (int Code, string Output) Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = args.Count(a => a.EndsWith(".pptx") || a.EndsWith(".otp")) > 1 ? BatchTimeout : Timeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {limit.TotalSeconds} s and was killed.");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static string Require(string program, string install)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException($"Program \"{program}\" is required by this test but was not found on PATH ({install}).");
    }

    [GeneratedRegex(@"width=""([\d.]+)"" height=""([\d.]+)""")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">([^<]*)</word>")]
    private static partial Regex WordLine();
}

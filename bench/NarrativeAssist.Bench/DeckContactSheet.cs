using System.Diagnostics;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain.Decks;
using SkiaSharp;

namespace NarrativeAssist.Bench;

/// <summary>Writes the contact sheets docs/presentasi.md shows: the stress profile's interview and field-visit decks
/// on a built-in template, rendered by LibreOffice (soffice → PDF, pdftoppm → one PNG per slide) and laid out in a
/// grid with SkiaSharp. Run by hand (`-- deck-screenshots`), never by tests: it writes tracked files.</summary>
internal static class DeckContactSheet
{
    private const int Columns = 5, Dpi = 24, Pad = 8;

    public static int Write(string? rootArg)
    {
        var root = rootArg ?? NarrativeAssist.Tests.RepoRoot.Path;
        var profile = BenchDeck.Profile(root, "stres");
        var work = Directory.CreateTempSubdirectory("na-lembar-kontak-").FullName;
        try
        {
            foreach (var (kind, template, file) in new[]
            {
                (DeckKind.WawancaraVirtual, "biru-formal", "presentasi-stres-wawancara.png"),
                (DeckKind.ObservasiLapangan, "kontras-tinggi", "presentasi-stres-observasi.png"),
            })
            {
                var plan = DeckPlanner.Plan(kind, profile, Domain.BuiltInData.Catalog);
                var deck = DeckRenderer.Render(plan, template, DeckTokens.From(profile));
                var name = Path.GetFileNameWithoutExtension(file);
                var pptx = Path.Combine(work, name + ".pptx");
                File.WriteAllBytes(pptx, deck.Pptx);
                Run("soffice", "--headless", "--norestore", $"-env:UserInstallation=file://{work}/profil", "--convert-to", "pdf", "--outdir", work, pptx);
                Run("pdftoppm", "-png", "-r", Dpi.ToString(), Path.Combine(work, name + ".pdf"), Path.Combine(work, name));
                var pages = Directory.GetFiles(work, name + "-*.png").Order().ToList();
                var output = Path.Combine(root, "docs", "screenshots", file);
                Sheet(pages, output);
                Console.WriteLine($"{output}: {pages.Count} salindia");
                foreach (var fit in deck.Fit) Console.WriteLine("  " + fit.Describe());
            }
            return 0;
        }
        finally { Directory.Delete(work, recursive: true); }
    }

    private static void Sheet(List<string> pages, string output)
    {
        var images = pages.Select(SKBitmap.Decode).ToList();
        try
        {
            int w = images[0].Width, h = images[0].Height, rows = (images.Count + Columns - 1) / Columns;
            using var surface = SKSurface.Create(new SKImageInfo(Columns * (w + Pad) + Pad, rows * (h + Pad) + Pad));
            var canvas = surface.Canvas;
            canvas.Clear(new SKColor(0x60, 0x60, 0x60));
            for (var i = 0; i < images.Count; i++)
                canvas.DrawBitmap(images[i], Pad + i % Columns * (w + Pad), Pad + i / Columns * (h + Pad));
            using var png = surface.Snapshot().Encode(SKEncodedImageFormat.Png, 100);
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllBytes(output, png.ToArray());
        }
        finally { images.ForEach(i => i.Dispose()); }
    }

    private static void Run(string program, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })
                      ?? throw new InvalidOperationException($"{program} tidak dapat dijalankan.");
        p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)) || p.ExitCode != 0) throw new InvalidOperationException($"{program} gagal: {err}");
    }
}

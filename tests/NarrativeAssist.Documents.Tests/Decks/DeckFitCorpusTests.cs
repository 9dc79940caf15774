using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>What a user sees, for every deck the corpus builds (<see cref="DeckCorpus"/>: the sample and the stress
/// profile, both deck kinds, on every template — the built-in ones, the LibreOffice-saved fixture, two real templates
/// and LibreOffice Impress's bundled ones): every text body's content, measured from the file at the size written in
/// it, fits its box; no text is under its floor; and LibreOffice, rendering a copy with autofit removed, puts every
/// word inside the bounds of the shape it belongs to. Needs soffice and poppler (the bundled templates are converted,
/// the decks rendered); all of it in one collection so one soffice runs at a time.</summary>
[Collection(LibreOfficeCollection.Name)]
public partial class DeckFitCorpusTests
{
    public static TheoryData<string> Templates() => new(DeckCorpus.Templates.Select(t => t.Name));

    [Theory, MemberData(nameof(Templates))]
    public void Every_text_body_fits_its_box_at_the_size_written_and_none_is_under_its_floor(string template)
    {
        var builtIn = DeckCorpus.Templates.First(t => t.Name == template).Source == "bawaan";
        var problems = new List<string>();
        var bodies = 0;
        foreach (var profile in DeckCorpus.Profiles)
            foreach (var kind in (DeckKind[])[DeckKind.WawancaraVirtual, DeckKind.ObservasiLapangan])
            {
                var deck = DeckCorpus.Render(template, profile, kind);
                var label = DeckCorpus.Label(template, profile, kind);
                foreach (var fit in deck.Fit.Where(f => !f.Fits)) problems.Add($"{label}: laporan kecocokan: {fit.Describe()}");
                foreach (var text in SlideTexts.Read(deck.Pptx))
                {
                    bodies++;
                    var height = TextFitter.Height(text.Style, text.Rect, text.Paragraphs, text.Sizes);
                    var room = (text.Box.Cy - text.Style.TIns - text.Style.BIns) / 12_700.0;
                    if (height > room)
                        problems.Add($"{label} slide {text.Slide} {text.Role} «{Short(text.Text)}»: {height:0.0} pt of text in {room:0.0} pt at {text.Sizes.Max() / 100} pt");
                    var floor = builtIn && text.Role is "isi" or "kotak teks" ? 1800 : Floors.Absolute;
                    if (text.Sizes.Min() < floor)
                        problems.Add($"{label} slide {text.Slide} {text.Role} «{Short(text.Text)}»: {text.Sizes.Min() / 100.0} pt is under the floor {floor / 100} pt");
                }
            }
        bodies.Should().BeGreaterThan(100, "every deck has text bodies to check");
        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_stress_deck_splits_what_does_not_fit_over_continuation_slides_and_says_so()
    {
        var deck = DeckCorpus.Render("biru-formal", "stres", DeckKind.WawancaraVirtual);

        var continued = deck.Fit.Where(f => f.Title.EndsWith("(lanjutan)")).ToList();
        continued.Should().NotBeEmpty("9 awards and 8 innovations do not fit one slide each at 18 pt");
        deck.Fit.Should().Contain(f => f.Actions.Any(a => a.Contains("dipindah ke salindia lanjutan")));
        deck.SlideCount.Should().Be(deck.Fit.Count + 0, "every slide of the plan (no template slides) is in the fit report");
        // Every award of the profile is on a slide.
        var texts = string.Join(" ", SlideTexts.Read(deck.Pptx).Select(t => t.Text));
        foreach (var award in DeckCorpus.Profile("stres").Penghargaan) texts.Should().Contain(award.Nama);
    }

    [Fact]
    public void The_route_table_gives_its_columns_the_width_their_content_needs()
    {
        var deck = DeckCorpus.Render("biru-formal", "contoh", DeckKind.ObservasiLapangan);

        var cells = SlideTexts.Read(deck.Pptx).Where(t => t.Role == "tabel").ToList();
        var header = cells.Where(c => c.Text is "No" or "Ruangan" or "Yang Ditunjukkan").ToDictionary(c => c.Text, c => c.Box.Cx);
        header.Should().HaveCount(3, "the route table is in the deck");
        header["No"].Should().BeLessThan(header["Ruangan"] / 2, "the «No» column holds one or two digits");
        var tableSlide = cells.First(c => c.Text == "No").Slide;
        var rows = cells.Where(c => c.Slide == tableSlide).Max(c => c.Box.Bottom);
        rows.Should().BeLessThanOrEqualTo(6_858_000 - 182_880, "the table ends above the footer band");
    }

    /// <summary>The real templates' layouts are recognised: untyped title variants are covers, content goes on content
    /// layouts, and the 4:3 deck's "Picture with Caption" takes no slide of points.</summary>
    [Theory]
    [InlineData("mecanon.potx")]
    [InlineData("contoso-43.pptx")]
    public void Real_templates_put_content_on_content_layouts(string template)
    {
        var deck = DeckCorpus.Render(template, "contoh", DeckKind.WawancaraVirtual);

        // The six "Upaya: <area>" slides (not the section divider "Upaya pada Enam Area Pengungkit", which belongs on a title layout).
        var content = deck.Fit.Where(f => f.Title.StartsWith("Upaya:") || f.Title.StartsWith("Kondisi Awal") || f.Title.StartsWith("Testimoni")).ToList();
        content.Should().NotBeEmpty();
        content.Should().OnlyContain(f => f.Layout.Contains("obj") && !f.Layout.Contains("title)") && !f.Layout.Contains("picTx"), "points go on a title-and-content layout");
        deck.Fit.First().Layout.Should().Match(l => l.Contains("(title)") || l.Contains("sebagai title"), "the opening slide goes on a cover layout");
    }

    /// <summary>A layout whose second content area is a one-line strip (mecanon's "Conteúdo": a placeholder in the top
    /// banner) is not a two-column layout: a chart's points once went into that strip, one point fitted, and the rest
    /// moved to a continuation slide without the chart. They now go beside the chart in the main area.</summary>
    [Fact]
    public void A_strip_is_not_a_column_for_a_charts_points()
    {
        foreach (var profile in DeckCorpus.Profiles)
        {
            var deck = DeckCorpus.Render("mecanon.potx", profile, DeckKind.WawancaraVirtual);
            var indicators = DeckCorpus.Profile(profile).IndikatorKinerja.Select(i => i.Nama).ToHashSet();
            var chartSlides = deck.Fit.Where(f => indicators.Contains(f.Title)).ToList();
            chartSlides.Should().NotBeEmpty();
            deck.Fit.Select(f => f.Title).Where(t => t.EndsWith(" (lanjutan)") && indicators.Contains(t[..^" (lanjutan)".Length]))
                .Should().BeEmpty($"{profile}: a chart's points fit beside it");
        }
    }

    [Fact]
    public void LibreOffice_draws_every_word_inside_its_shape_with_autofit_removed()
    {
        var decks = DeckCorpus.Decks().ToList();
        var files = decks.Select((d, i) => ($"deck{i:00}", "pptx", WithoutAutofit(DeckCorpus.Render(d.Template, d.Profile, d.Kind).Pptx))).ToList();
        var pdfs = LibreOffice.Convert(files, "pdf");

        var problems = new List<string>();
        var checkedWords = 0;
        for (var i = 0; i < decks.Count; i++)
        {
            var (template, profile, kind) = decks[i];
            var pptx = DeckCorpus.Render(template, profile, kind).Pptx;
            var pages = LibreOffice.AllWords(pdfs[$"deck{i:00}"]);
            using var doc = Pptx.Open(pptx);
            var slideWidth = doc.PresentationPart!.Presentation!.SlideSize!.Cx!.Value / 12_700.0;
            pages.Should().HaveCount(Pptx.Slides(doc).Count);
            var all = SlideTexts.Read(pptx);
            var texts = all.Where(t => t.Role != "gambar").GroupBy(t => t.Slide).ToDictionary(g => g.Key, g => g.ToList());
            // Picture prompts and charts are checked elsewhere (their words repeat the slide's: a chart's title, a photo's caption).
            var prompts = all.Where(t => t.Role == "gambar").GroupBy(t => t.Slide).ToDictionary(g => g.Key, g => Tokens(string.Join(" ", g.Select(t => t.Text))));
            var slides = Pptx.Slides(doc);
            var charts = slides.Select(s => SlideGeometry.Shapes(s).Where(x => x.Shape is DocumentFormat.OpenXml.Presentation.GraphicFrame f
                && f.Descendants<DocumentFormat.OpenXml.Drawing.Charts.ChartReference>().Any() && x.Box is not null).Select(x => x.Box!.Value).ToList()).ToList();
            // The slide number is a field (a:fld type="slidenum") in a box of its own; its digits are drawn by the renderer,
            // so they are owned by that box, not by a body that happens to contain the same digits.
            var numbers = slides.Select(s => SlideGeometry.Shapes(s).Where(x => x.Shape is DocumentFormat.OpenXml.Presentation.Shape sh
                && sh.Descendants<DocumentFormat.OpenXml.Drawing.Field>().Any(f => f.Type?.Value == "slidenum") && x.Box is not null)
                .Select(x => x.Box!.Value).ToList()).ToList();
            for (var page = 0; page < pages.Count; page++)
            {
                if (!texts.TryGetValue(page + 1, out var bodies)) continue;
                var (width, _, words) = pages[page];
                var scale = width / slideWidth; // PDF points per slide point
                foreach (var word in words)
                {
                    if (charts[page].Any(c => Inside(word, c, scale))) continue;
                    if (numbers[page].Any(n => Inside(word, n, scale))) continue;
                    var owners = bodies.Where(b => Tokens(b.Text).Contains(word.Text)).ToList();
                    if (owners.Count == 0) continue;
                    checkedWords++;
                    if (owners.Any(b => Inside(word, b.Box, scale))) continue;
                    if (prompts.TryGetValue(page + 1, out var prompt) && prompt.Contains(word.Text)) continue;
                    var b0 = owners[0].Box;
                    problems.Add($"{DeckCorpus.Label(template, profile, kind)} slide {page + 1}: «{word.Text}» at {word.XMin:0},{word.YMin:0}–{word.XMax:0},{word.YMax:0} pt " +
                                 $"outside {owners[0].Role} {b0.X / 12_700.0 * scale:0},{b0.Y / 12_700.0 * scale:0}–{b0.Right / 12_700.0 * scale:0},{b0.Bottom / 12_700.0 * scale:0}");
                }
            }
        }
        checkedWords.Should().BeGreaterThan(10_000);
        problems.Should().BeEmpty($"{problems.Count} words lie outside their shapes; the first ones:\n{string.Join("\n", problems.Take(40))}\n");
    }

    /// <summary>A word lies inside a box, allowing for glyph boxes: pdftotext's word box spans the font's ascent and
    /// descent, about 1.3 times the size where a line is 1.2 (so a bottom-anchored last line pokes out by a few points),
    /// and italics lean out; 2 pt or 15 % of the word's height.</summary>
    private static bool Inside(PdfWord w, Box box, double scale)
    {
        var tolerance = Math.Max(2.0, 0.15 * w.Height);
        double x = box.X / 12_700.0 * scale, y = box.Y / 12_700.0 * scale, r = box.Right / 12_700.0 * scale, b = box.Bottom / 12_700.0 * scale;
        return w.XMin >= x - tolerance && w.YMin >= y - tolerance && w.XMax <= r + tolerance && w.YMax <= b + tolerance;
    }

    private static HashSet<string> Tokens(string text) => [.. text.Split([' ', '\n', '/'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A copy with every autofit removed (normAutofit: shrink on overflow; spAutoFit: grow the shape), in slides,
    /// layouts and masters: LibreOffice would otherwise shrink or grow what PowerPoint first shows at the written size.</summary>
    internal static byte[] WithoutAutofit(byte[] pptx)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(pptx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in source.Entries)
            {
                using var data = new MemoryStream();
                using (var s = entry.Open()) s.CopyTo(data);
                var bytes = data.ToArray();
                if (entry.FullName.EndsWith(".xml") && entry.FullName.StartsWith("ppt/slide"))
                    bytes = Encoding.UTF8.GetBytes(Autofit().Replace(Encoding.UTF8.GetString(bytes), ""));
                using var t = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                t.Write(bytes);
            }
        return output.ToArray();
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"<a:(normAutofit|spAutoFit)\b[^>]*?(/>|>.*?</a:\1>)", RegexOptions.Singleline)]
    private static partial Regex Autofit();
}

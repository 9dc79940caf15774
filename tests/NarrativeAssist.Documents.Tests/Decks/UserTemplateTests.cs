using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain.Decks;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>A user template saved by LibreOffice Impress 7.4 (see Decks/Fixtures/README.md): its own theme
/// "Hijau Kantor", LibreOffice's layout set, a cover slide with tokens split across runs and two sample slides.</summary>
public class UserTemplateTests
{
    public const string FixtureName = "libreoffice-templat-hijau.pptx";

    public static readonly IReadOnlyDictionary<string, string> Tokens = new Dictionary<string, string>
    {
        ["unit.nama"] = "KPPN Contoh", ["unit.instansi"] = "Kementerian Keuangan", ["predikat_target"] = "WBBM", ["tahun"] = "2025",
    };

    public static byte[] Fixture() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Decks", "Fixtures", FixtureName));

    public static RenderedDeck Render(DeckPlan plan)
    {
        using var file = new MemoryStream(Fixture());
        return DeckRenderer.Render(plan, DeckTemplate.FromUpload(file, FixtureName), Tokens);
    }

    private static readonly DeckPlan Plan = DeckSamples.Interview();
    private static readonly RenderedDeck Deck = Render(Plan);

    [Fact]
    public void The_token_cover_replaces_the_plan_title_slide_and_the_sample_slides_are_gone()
    {
        using var doc = Pptx.Open(Deck.Pptx);
        var slides = Pptx.Slides(doc);
        slides.Select(Pptx.Title).Should().Equal(["Presentasi KPPN Contoh", .. Plan.Slides.Skip(1).Select(s => s.Title)]);
        Pptx.AllText(slides[0]).Should().Contain("Kementerian Keuangan · Menuju WBBM 2025").And.NotContain("{{");
        slides.Select(Pptx.AllText).Should().NotContain(t => t.Contains("Contoh isi dari unit lain") || t.Contains("Contoh penutup"));
    }

    [Fact]
    public void A_token_split_across_runs_keeps_the_formatting_of_the_run_it_starts_in()
    {
        using var doc = Pptx.Open(Deck.Pptx);
        var runs = Pptx.Slides(doc)[0].Slide!.Descendants<D.Paragraph>().First().Elements<D.Run>().ToList();
        string.Concat(runs.Select(r => r.Text!.Text)).Should().Be("Presentasi KPPN Contoh");
        runs[0].Text!.Text.Should().Be("Presentasi KPPN Contoh");
    }

    [Fact]
    public void Every_slide_has_notes_the_plan_title_notes_going_to_the_cover()
    {
        using var doc = Pptx.Open(Deck.Pptx);
        Pptx.Slides(doc).Select(Pptx.Notes).Should().Equal(Plan.Slides.Select(s => s.Notes));
    }

    [Fact]
    public void Theme_master_and_layouts_of_the_template_are_kept()
    {
        using var template = Pptx.Open(Fixture());
        using var doc = Pptx.Open(Deck.Pptx);
        var before = template.PresentationPart!.SlideMasterParts.Select(m => (m.ThemePart!.Theme!.OuterXml, m.SlideMaster!.OuterXml)).ToList();
        var after = doc.PresentationPart!.SlideMasterParts.Select(m => (m.ThemePart!.Theme!.OuterXml, m.SlideMaster!.OuterXml)).ToList();
        after.Should().Equal(before);
        doc.PresentationPart.SlideMasterParts.First().ThemePart!.Theme!.Name!.Value.Should().Be("Hijau Kantor");
        var colors = doc.PresentationPart.SlideMasterParts.First().ThemePart!.Theme!.ThemeElements!.ColorScheme!;
        colors.Accent1Color!.RgbColorModelHex!.Val!.Value.Should().BeEquivalentTo("00695C");

        var layouts = template.PresentationPart.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).Select(l => l.SlideLayout!.OuterXml).Order().ToList();
        doc.PresentationPart.SlideMasterParts.SelectMany(m => m.SlideLayoutParts).Select(l => l.SlideLayout!.OuterXml).Order().Should().Equal(layouts);
    }

    [Fact]
    public void Plan_slides_use_the_template_layouts_by_type_and_name()
    {
        using var doc = Pptx.Open(Deck.Pptx);
        var names = Pptx.Slides(doc).Skip(1).Select(s => s.SlideLayoutPart!.SlideLayout!.CommonSlideData!.Name!.Value).ToList();
        names[0].Should().Be("Title, Content");
        names[2].Should().Be("Title, Content");
        names[3].Should().Be("Title, 2 Content");
        names[4].Should().Be("Title Only");
        Deck.Mapping.Should().Contain(l => l.StartsWith("Slide templat 1 dipertahankan karena bertoken: {{unit.nama}} → «KPPN Contoh»"));
        Deck.Mapping.Should().Contain(l => l.StartsWith("Slide contoh templat dihapus"));
    }

    [Fact]
    public void Output_is_valid_Open_XML()
    {
        Pptx.ValidationErrors(Deck.Pptx).Should().BeEmpty();
    }
}

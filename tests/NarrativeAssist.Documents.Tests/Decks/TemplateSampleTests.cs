using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using P = DocumentFormat.OpenXml.Presentation;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>LibreOffice Impress 7.4 saves layouts whose placeholder boxes overlap (title and content on top of each
/// other) and a master without text styles; the fixture's own slides show where titles and bodies really go and how
/// they look. The renderer learns that from them; decks on PowerPoint-made templates keep their layouts' boxes.</summary>
public class TemplateSampleTests
{
    private static readonly RenderedDeck Deck = UserTemplateTests.Render(DeckSamples.Interview());

    [Fact]
    public void On_the_LibreOffice_template_every_slide_title_overlaps_nothing_and_every_shape_lies_on_the_slide()
    {
        using var doc = Pptx.Open(Deck.Pptx);
        var size = doc.PresentationPart!.Presentation!.SlideSize!;
        var problems = new List<string>();
        foreach (var (slide, number) in Pptx.Slides(doc).Select((s, i) => (s, i + 1)))
        {
            var shapes = SlideGeometry.Shapes(slide);
            var title = shapes.Where(s => SlideGeometry.IsTitle(s.Shape)).ToList();
            if (title is not [{ Box: { } titleBox }]) { problems.Add($"slide {number}: no single title with a box"); continue; }
            foreach (var (shape, box) in shapes)
            {
                var name = shape.Descendants<P.NonVisualDrawingProperties>().First().Name?.Value;
                if (box is not { } b) problems.Add($"slide {number}: «{name}» has no box");
                else if (!b.LiesWithin(size.Cx!.Value, size.Cy!.Value)) problems.Add($"slide {number}: «{name}» {b} is not on the slide");
                else if (!SlideGeometry.IsTitle(shape) && b.Intersects(titleBox)) problems.Add($"slide {number}: «{name}» {b} overlaps the title {titleBox}");
            }
            if (shapes.Count < 2) problems.Add($"slide {number}: nothing but a title");
        }
        problems.Should().BeEmpty();
    }

    [Fact]
    public void On_the_LibreOffice_template_titles_and_bullets_take_size_and_font_from_the_sample_slide_of_their_master()
    {
        // What the fixture's own slides show, per master: the title run's size, the first body run's size.
        using var template = Pptx.Open(UserTemplateTests.Fixture());
        var titleSizes = new Dictionary<Uri, int>();
        var bodySizes = new Dictionary<Uri, int>();
        foreach (var sample in Pptx.Slides(template))
        {
            var master = sample.SlideLayoutPart!.SlideMasterPart!.Uri;
            foreach (var shape in sample.Slide!.Descendants<P.Shape>())
            {
                var size = shape.Descendants<D.RunProperties>().FirstOrDefault()?.FontSize?.Value;
                if (size is null) continue;
                if (SlideGeometry.IsTitle(shape)) titleSizes.TryAdd(master, size.Value);
                else if (SlideGeometry.PlaceholderType(shape) == "obj") bodySizes.TryAdd(master, size.Value);
            }
        }
        titleSizes.Values.Should().Contain([3600, 4800]);

        using var doc = Pptx.Open(Deck.Pptx);
        var slides = Pptx.Slides(doc);
        foreach (var slide in slides.Skip(1))
        {
            var master = slide.SlideLayoutPart!.SlideMasterPart!.Uri;
            var title = slide.Slide!.Descendants<P.Shape>().Single(SlideGeometry.IsTitle);
            SlideGeometry.FirstRunSize(slide, title).Should().Be(titleSizes[master], "the title of «{0}» is as large as the sample's on its master", Pptx.Title(slide));
            SlideGeometry.FirstRunTypeface(title).Should().Be("DejaVu Serif");
        }
        var bullets = slides[1];
        var body = bullets.Slide!.Descendants<P.Shape>().Single(s => SlideGeometry.PlaceholderType(s) == "obj");
        SlideGeometry.FirstRunSize(bullets, body).Should().Be(bodySizes[bullets.SlideLayoutPart!.SlideMasterPart!.Uri]);
        body.TextBody!.ListStyle!.Level1ParagraphProperties!.GetFirstChild<D.CharacterBullet>()!.Char!.Value.Should().Be("•");
        Deck.Mapping.Should().Contain(l => l.StartsWith("Kotak placeholder 22 tata letak templat tidak dapat dipakai"))
            .And.Contain(l => l.StartsWith("Master templat tanpa gaya teks"));
    }

    [Fact]
    public void The_closing_slide_on_the_cover_master_puts_its_title_in_the_band_and_its_subtitle_below_it_as_the_cover_does()
    {
        using var doc = Pptx.Open(Deck.Pptx);
        var slides = Pptx.Slides(doc);
        string Boxes(SlidePart slide) => string.Join(" | ", SlideGeometry.Shapes(slide).Select(s => $"{SlideGeometry.PlaceholderType(s.Shape)} {s.Box}"));
        Boxes(slides[^1]).Should().Be(Boxes(slides[0]));
    }

    /// <summary>Every shape of every slide rendered on the built-in templates, as the renderer placed them before
    /// it learned from sample slides ("inherited": the slide takes the layout's box). The table is as tall as its
    /// measured rows (three rows of one line at 20 pt), not the whole area.</summary>
    private static readonly string[] BuiltInPositions =
    [
        "1: Judul 1 ph=ctrTitle/- inherited", "1: Subjudul 2 ph=subTitle/1 inherited",
        "2: Judul 1 ph=title/- inherited", "2: Isi 2 ph=obj/1 inherited",
        "3: Judul 1 ph=title/- inherited", "3: Isi 2 ph=body/1 inherited",
        "4: Judul 1 ph=title/- inherited", "4: Gambar 2 ph=pic/1 inherited", "4: Isi 3 ph=body/2 inherited",
        "5: Judul 1 ph=title/- inherited", "5: Isi 2 ph=obj/2 inherited", "5: Grafik 3 609600,1737360,5303520,4480560",
        "6: Judul 1 ph=title/- inherited", "6: Grafik 2 609600,1737360,10972800,4480560",
        "7: Judul 1 ph=title/- inherited", "7: Tabel 2 609600,1737360,10972800,1318794",
        "8: Judul 1 ph=title/- inherited", "8: Isi 2 ph=obj/1 inherited",
        "9: Judul 1 ph=ctrTitle/- inherited", "9: Subjudul 2 ph=subTitle/1 inherited",
    ];

    [Theory, MemberData(nameof(BuiltInTemplateTests.Ids), MemberType = typeof(BuiltInTemplateTests))]
    public void Built_in_templates_keep_their_layout_boxes_and_styles(string id)
    {
        var deck = DeckRenderer.Render(DeckSamples.Interview(), id, images: DeckSamples.PhotoPlaceholders);
        using var doc = Pptx.Open(deck.Pptx);
        var positions = Pptx.Slides(doc).SelectMany((slide, i) => slide.Slide!.CommonSlideData!.ShapeTree!.ChildElements
            .Where(e => e is P.Shape or P.GraphicFrame)
            .Where(e => e.Descendants<P.NonVisualDrawingProperties>().First().Name!.Value!.StartsWith("Nomor Slide", StringComparison.Ordinal) is false)
            .Select(e =>
            {
                var name = e.Descendants<P.NonVisualDrawingProperties>().First().Name!.Value;
                var ph = e.Descendants<P.PlaceholderShape>().FirstOrDefault();
                var kind = ph is null ? "" : $" ph={SlideGeometry.PlaceholderType(e)}/{ph.Index?.Value.ToString() ?? "-"}";
                var own = e is P.Shape s ? s.ShapeProperties?.Transform2D is null ? null : SlideGeometry.BoxOf(slide, e) : SlideGeometry.BoxOf(slide, e);
                return $"{i + 1}: {name}{kind} {own?.ToString() ?? "inherited"}";
            })).ToList();
        positions.Should().Equal(BuiltInPositions);
        Pptx.Slides(doc).SelectMany(s => s.Slide!.Descendants<D.ListStyle>()).Should().OnlyContain(l => !l.HasChildren);
        deck.Mapping.Should().NotContain(l => l.StartsWith("Kotak placeholder") || l.StartsWith("Master templat tanpa gaya teks"));
    }

    [Fact]
    public void A_picture_placeholder_prompt_sits_at_the_foot_clear_of_the_picture_icon_drawn_in_the_middle()
    {
        var deck = DeckRenderer.Render(DeckSamples.Interview(), images: DeckSamples.PhotoPlaceholders);
        using var doc = Pptx.Open(deck.Pptx);
        var picture = Pptx.Slides(doc).SelectMany(s => s.Slide!.Descendants<P.Shape>()).Single(s => SlideGeometry.PlaceholderType(s) == "pic");
        picture.TextBody!.BodyProperties!.Anchor!.InnerText.Should().Be("b");
        Pptx.Text(picture).Should().Be("Tempel foto: Rapat pembentukan tim kerja ZI");
    }
}

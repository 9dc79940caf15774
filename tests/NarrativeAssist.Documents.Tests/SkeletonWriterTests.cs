using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Documents.Tests.Support;

namespace NarrativeAssist.Documents.Tests;

public class SkeletonWriterTests
{
    private static readonly Domain.Catalog.LkeCatalog Catalog = Docx.Catalog;

    [Theory]
    [InlineData(null)]
    [InlineData("MP")]
    [InlineData("H1")]
    public void Skeleton_is_valid_Open_XML(string? area)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx.Skeleton(area)), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Whole_LKE_skeleton_has_one_narrative_and_one_answer_control_per_question()
    {
        Catalog.Questions.Should().HaveCount(113, "PermenPAN-RB 90/2021 has 113 LKE questions");
        var body = BodyOf(Docx.Skeleton(null));

        var tags = body.Descendants<SdtElement>().Select(s => LkeTags.Parse(s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value)).ToList();
        tags.Where(t => t?.Kind == LkeTagKind.Narrative).Select(t => t!.QuestionId)
            .Should().Equal(Catalog.Questions.Select(q => q.Id), "one narrative control per question, in LKE order");
        tags.Where(t => t?.Kind == LkeTagKind.Answer).Select(t => t!.QuestionId)
            .Should().Equal(Catalog.Questions.Select(q => q.Id));

        Texts(body, "Heading1").Should().Equal("I. Pemenuhan", "II. Reform", "B. Hasil");
        Texts(body, "Heading2").Should().HaveCount(Catalog.Parts.Sum(p => p.Areas.Count))
            .And.Contain(["1. Manajemen Perubahan", "1. Birokrasi yang bersih dan akuntabel"]);
        Texts(body, "Heading3").Should().HaveCount(Catalog.Parts.SelectMany(p => p.Areas).Sum(a => a.SubAreas.Count));
        Texts(body, "Title").Should().ContainSingle();
    }

    [Fact]
    public void Area_skeleton_covers_the_lever_in_Pemenuhan_and_Reform()
    {
        var body = BodyOf(Docx.Skeleton("MP"));
        var expected = Catalog.QuestionsOfArea("MP").Select(q => q.Id).ToList();

        NarrativeIds(body).Should().Equal(expected);
        expected.Should().Contain(["P.MP.1.a", "R.MP.3.a"]);
        Texts(body, "Heading1").Should().Equal("I. Pemenuhan", "II. Reform");
        Texts(body, "Heading2").Should().Equal("1. Manajemen Perubahan", "1. Manajemen Perubahan");
        Texts(body, "Heading3").Should().StartWith("i. Penyusunan Tim Kerja")
            .And.HaveCount(Catalog.QuestionsOfArea("MP").Select(q => q.SubArea).Distinct().Count());
        Texts(body, SkeletonQuestionStyle).Should().Contain("a. Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas");
    }

    [Fact]
    public void Question_paragraphs_are_bold_and_the_narrative_control_shows_a_grey_italic_placeholder()
    {
        var bytes = Docx.Skeleton("MP");
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        styles[SkeletonQuestionStyle].StyleRunProperties!.Bold.Should().NotBeNull();
        styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value.Should().Be(0);
        var placeholder = styles["PlaceholderText"].StyleRunProperties!;
        placeholder.Italic.Should().NotBeNull();
        placeholder.Color!.Val!.Value.Should().Be("808080");

        var narrative = Docx.Control(doc.MainDocumentPart.Document!.Body!, "lke:P.MP.1.a");
        narrative.Should().BeOfType<SdtBlock>();
        narrative.SdtProperties!.GetFirstChild<SdtAlias>()!.Val!.Value.Should().Be("Narasi P.MP.1.a");
        narrative.SdtProperties.GetFirstChild<ShowingPlaceholder>().Should().NotBeNull();
        narrative.InnerText.Should().Be(SkeletonWriter.NarrativePlaceholder);
        narrative.Descendants<RunStyle>().Single().Val!.Value.Should().Be("PlaceholderText");
    }

    [Fact]
    public void Answer_controls_offer_the_options_or_a_numeric_hint()
    {
        var body = BodyOf(Docx.Skeleton("MP"));

        var choice = Docx.Control(body, "lke-jawaban:P.MP.1.b");
        var items = choice.SdtProperties!.GetFirstChild<SdtContentDropDownList>()!.Elements<ListItem>().ToList();
        items.Select(i => i.Value!.Value).Should().Equal("A", "B", "C");
        items[0].DisplayText!.Value.Should().StartWith("A — Jika dengan prosedur/mekanisme yang jelas");
        items.Should().OnlyContain(i => i.DisplayText!.Value!.Length <= 90);

        var yesNo = Docx.Control(body, "lke-jawaban:P.MP.1.a");
        yesNo.SdtProperties!.GetFirstChild<SdtContentDropDownList>()!.Elements<ListItem>().Select(i => i.Value!.Value)
            .Should().Equal("Ya", "Tidak");

        var numeric = Docx.Control(body, "lke-jawaban:R.MP.1.a");
        numeric.SdtProperties!.GetFirstChild<SdtContentText>().Should().NotBeNull();
        numeric.InnerText.Should().Be("isi persen 0–100");

        Docx.Control(BodyOf(Docx.Skeleton("H1")), "lke-jawaban:H.1.a").InnerText.Should().Be("isi indeks 1–4");
    }

    [Theory]
    [InlineData("H", new[] { "H.1.a", "H.1.b", "H.2.a" })]
    [InlineData("h1", new[] { "H.1.a", "H.1.b" })]
    public void Hasil_skeleton_by_part_id_or_group_code(string code, string[] expected)
    {
        var body = BodyOf(Docx.Skeleton(code));

        NarrativeIds(body).Should().Equal(expected);
        Texts(body, "Heading1").Should().Equal("B. Hasil");
        Texts(body, "Heading3").Should().BeEmpty("Hasil questions hang directly off their group");
    }

    [Fact]
    public void Unknown_area_is_refused_with_the_valid_codes()
    {
        var act = () => SkeletonWriter.Write(new MemoryStream(), Catalog, "XYZ");
        act.Should().Throw<ArgumentException>().WithMessage("*XYZ*tidak dikenal*MP*SDM*");
    }

    [Fact]
    public void Writes_to_a_non_seekable_stream()
    {
        var sink = new MemoryStream();
        SkeletonWriter.Write(new ForwardOnlyStream(sink), Catalog, "PW");
        NarrativeIds(BodyOf(sink.ToArray())).Should().Equal(Catalog.QuestionsOfArea("PW").Select(q => q.Id));
    }

    private const string SkeletonQuestionStyle = "LkeQuestion";

    private static Body BodyOf(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return (Body)doc.MainDocumentPart!.Document!.Body!.CloneNode(true);
    }

    private static List<string> Texts(Body body, string style) =>
        body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText).ToList();

    private static List<string> NarrativeIds(Body body) =>
        body.Descendants<SdtElement>().Select(s => LkeTags.Parse(s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value))
            .Where(t => t?.Kind == LkeTagKind.Narrative).Select(t => t!.QuestionId).ToList();
}

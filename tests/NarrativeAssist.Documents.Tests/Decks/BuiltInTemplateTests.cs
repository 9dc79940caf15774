using System.IO.Compression;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using P = DocumentFormat.OpenXml.Presentation;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>The committed templates/decks/*.pptx (embedded in the assembly) are what the generator writes now;
/// when this fails, regenerate: <c>dotnet run -c Release --project bench/NarrativeAssist.Bench -- deck-templates</c>.</summary>
public class BuiltInTemplateTests
{
    public static TheoryData<string> Ids => new(DeckTemplate.BuiltInIds);

    [Theory, MemberData(nameof(Ids))]
    public void Committed_template_equals_the_generator_output_part_for_part(string id)
    {
        static Dictionary<string, string> Parts(byte[] package)
        {
            using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
            return zip.Entries.ToDictionary(e => e.FullName, e => { using var r = new StreamReader(e.Open()); return r.ReadToEnd(); });
        }

        Parts(DeckTemplate.BuiltIn(id).ToArray()).Should().Equal(Parts(TemplateGenerator.Generate(id)),
            "templates/decks/{0}.pptx must be regenerated with `-- deck-templates` after changing the generator", id);
    }

    [Theory, MemberData(nameof(Ids))]
    public void Sixteen_by_nine_with_Indonesian_named_typed_layouts_a_notes_master_and_no_slides(string id)
    {
        using var doc = Pptx.Open(DeckTemplate.BuiltIn(id).ToArray());
        var presentation = doc.PresentationPart!;
        (presentation.Presentation!.SlideSize!.Cx!.Value, presentation.Presentation.SlideSize.Cy!.Value).Should().Be((12_192_000, 6_858_000));
        presentation.NotesMasterPart.Should().NotBeNull();
        presentation.SlideParts.Should().BeEmpty();
        var layouts = presentation.SlideMasterParts.Single().SlideMaster!.SlideLayoutIdList!.Elements<P.SlideLayoutId>()
            .Select(l => ((DocumentFormat.OpenXml.Packaging.SlideLayoutPart)presentation.SlideMasterParts.Single().GetPartById(l.RelationshipId!.Value!)).SlideLayout!)
            .Select(l => (l.Type!.InnerText, l.CommonSlideData!.Name!.Value)).ToList();
        layouts.Should().Equal(("title", "Slide Judul"), ("secHead", "Judul Bagian"), ("obj", "Judul dan Isi"), ("twoObj", "Dua Konten"),
            ("picTx", "Gambar dengan Keterangan"), ("titleOnly", "Judul Saja"), ("blank", "Kosong"));
        Pptx.ValidationErrors(DeckTemplate.BuiltIn(id).ToArray()).Should().BeEmpty();
    }

    [Theory, MemberData(nameof(Ids))]
    public void Large_readable_type_titles_at_least_32_pt_body_at_least_20_pt(string id)
    {
        using var doc = Pptx.Open(DeckTemplate.BuiltIn(id).ToArray());
        var master = doc.PresentationPart!.SlideMasterParts.Single();
        var styles = master.SlideMaster!.TextStyles!;
        styles.TitleStyle!.Descendants<D.DefaultRunProperties>().Should().OnlyContain(r => r.FontSize! >= 3200);
        styles.BodyStyle!.Descendants<D.DefaultRunProperties>().Should().OnlyContain(r => r.FontSize! >= 2000);
        master.SlideLayoutParts.SelectMany(l => l.SlideLayout!.Descendants<D.ListStyle>()).SelectMany(s => s.Descendants<D.DefaultRunProperties>())
            .Should().OnlyContain(r => r.FontSize! >= 2000);
    }

    [Fact]
    public void The_two_built_ins_differ_in_theme_dark_on_white_and_white_on_navy()
    {
        using var light = Pptx.Open(DeckTemplate.BuiltIn("biru-formal").ToArray());
        using var dark = Pptx.Open(DeckTemplate.BuiltIn("kontras-tinggi").ToArray());
        light.PresentationPart!.SlideMasterParts.Single().SlideMaster!.ColorMap!.Background1!.Value.Should().Be(D.ColorSchemeIndexValues.Light1);
        dark.PresentationPart!.SlideMasterParts.Single().SlideMaster!.ColorMap!.Background1!.Value.Should().Be(D.ColorSchemeIndexValues.Dark1);
        dark.PresentationPart.SlideMasterParts.Single().ThemePart!.Theme!.Name!.Value.Should().Be("Kontras Tinggi");
    }

    [Fact]
    public void Unknown_built_in_id_is_refused_in_Indonesian()
    {
        var act = () => DeckTemplate.BuiltIn("ungu");
        act.Should().Throw<ArgumentException>().WithMessage("Templat bawaan \"ungu\" tidak dikenal. Pilih salah satu: biru-formal, kontras-tinggi.*");
    }
}

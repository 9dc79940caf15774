using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Documents.Tests.Decks;

public class TourDocumentWriterTests
{
    public static readonly TourPlan Tour = new("KPPN Contoh", Predikat.WBBM, 2025,
    [
        new TourStop(1, "Ruang Layanan", "Sari Dewi", "Koordinator Layanan", ["Maklumat pelayanan", "Antrean daring", "Pojok pengaduan"], 5),
        new TourStop(2, "Ruang Arsip", "Andi Pratama", null, ["Arsip digital"], 3),
    ]);

    private static readonly byte[] Docx = TourDocumentWriter.Write(Tour);

    private static List<List<List<string>>> Rows(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).ToList()).ToList()).ToList();

    [Fact]
    public void Title_line_and_predicate_line()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx), false);
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        paragraphs[0].Should().Be("Rute Observasi Lapangan — KPPN Contoh");
        paragraphs[1].Should().Be("Menuju WBBM · Tahun penilaian 2025 · 2 ruangan · perkiraan 8 menit");
    }

    [Fact]
    public void One_row_per_room_with_person_in_charge_points_minutes_and_a_total()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx), false);
        var rows = Rows(doc);
        rows[0].Select(c => c.Single()).Should().Equal(TourDocumentWriter.Columns);
        rows[1].Should().BeEquivalentTo(new[]
        {
            new[] { "1" }, ["Ruang Layanan"], ["Sari Dewi", "Koordinator Layanan"], ["Maklumat pelayanan", "Antrean daring", "Pojok pengaduan"], ["5"], [""],
        }, o => o.WithStrictOrdering());
        rows[2][2].Should().Equal("Andi Pratama");
        rows[3].Select(c => c.Single()).Should().Equal("Total waktu", "8", "");
    }

    [Fact]
    public void Landscape_A4_with_the_header_row_repeated_on_every_page()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Docx), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var size = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        (size.Width!.Value, size.Height!.Value, size.Orient!.Value).Should().Be((16_838u, 11_906u, PageOrientationValues.Landscape));
        var rows = body.Descendants<TableRow>().ToList();
        rows[0].TableRowProperties!.GetFirstChild<TableHeader>().Should().NotBeNull();
        rows.Skip(1).Should().OnlyContain(r => r.TableRowProperties!.GetFirstChild<TableHeader>() == null);
    }

    [Fact]
    public void Valid_Open_XML_even_without_rooms()
    {
        using (var doc = WordprocessingDocument.Open(new MemoryStream(Docx), false)) Pptx.Validate(doc).Should().BeEmpty();
        var empty = TourDocumentWriter.Write(Tour with { Stops = [] });
        using (var doc = WordprocessingDocument.Open(new MemoryStream(empty), false)) Pptx.Validate(doc).Should().BeEmpty();
    }
}

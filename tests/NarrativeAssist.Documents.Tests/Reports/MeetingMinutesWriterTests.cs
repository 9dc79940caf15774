using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Documents.Tests.Reports;

public class MeetingMinutesWriterTests
{
    private static readonly DateOnly Today = new(2024, 6, 27);

    private static WeeklyMeeting Meeting() => WeeklyMeeting.Build("KPPN Contoh <Uji & \"Kutip\">", "2024-W26", Today,
        new MeetingFigures(50, 20, 92, 30, 4, 2, 1), new MeetingFigures(48, 22, 92, 30, 9, 1, 0),
        [new MeetingRequest("Matriks TL LHE", "Kanwil DJPb", new DateOnly(2024, 6, 25), "Rina", "Baru", "Terlambat 2 hari")],
        CadenceReport.Build([new Publication(new DateOnly(2024, 6, 5), PublicationChannel.OnlineMedia, PublicationKind.PressRelease, null, "Rilis")],
            CadenceTargets.Default, Today));

    [Fact]
    public void The_minutes_are_valid_open_xml_with_the_figures_what_slipped_and_the_requests()
    {
        var bytes = MeetingMinutesWriter.Write(Meeting());
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        paragraphs[0].Should().Be("Rapat Mingguan Zona Integritas — KPPN Contoh <Uji & \"Kutip\">");
        paragraphs[1].Should().Be("Minggu 2024-W26 (24/06/2024 – 30/06/2024) · disusun 27/06/2024");
        paragraphs.Should().Contain("• Narasi kuat turun dari 22 menjadi 20.");
        var tables = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        tables.Should().HaveCount(2);
        tables[0].Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => string.Join("|", r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText)))
            .Should().Contain(["Narasi kuat|22|20|-2", "Publikasi dalam minggu|9|4|-5", "Pertanyaan terjawab (dari 92)|48|50|+2"]);
        tables[1].InnerText.Should().Contain("Matriks TL LHE").And.Contain("Baru · Terlambat 2 hari");
    }

    [Fact]
    public void LibreOffice_Writer_opens_the_minutes()
    {
        var pdf = LibreOffice.ToPdf(MeetingMinutesWriter.Write(Meeting()), "docx");
        var words = LibreOffice.AllWords(pdf).SelectMany(p => p.Words).Select(w => w.Text).ToList();
        words.Should().Contain(["Rapat", "Mingguan", "Matriks", "tertinggal"]);
    }
}

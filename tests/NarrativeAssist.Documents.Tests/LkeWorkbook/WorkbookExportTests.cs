using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using NarrativeAssist.Documents.Tests.Support;
using NarrativeAssist.Documents.LkeWorkbook;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Documents.Tests.LkeWorkbook;

public class WorkbookExportTests
{
    private static readonly byte[] Exported = SampleLke.Export();

    [Fact]
    public void Is_valid_under_the_Open_XML_validator()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Exported), false);
        new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
    }

    [Fact]
    public void Nilai_cells_are_formulas_over_the_answer_and_the_sub_area_and_total_rows_over_their_rows()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Exported), false);
        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var review = SampleLke.Review(Exported);
        var row = review.Import.Rows.Single(r => r.QuestionId == "P.MP.1.b").Row;
        cells[$"F{row}"].CellFormula!.Text.Should().Be($"IF(UPPER(TRIM(E{row}))=\"A\",1,IF(UPPER(TRIM(E{row}))=\"B\",0.5,IF(UPPER(TRIM(E{row}))=\"C\",0,0)))");
        var sub = review.Import.Summaries.Single(s => s.Node.Id == "P.MP.1").Row;
        cells[$"F{sub}"].CellFormula!.Text.Should().Be($"C{sub}*AVERAGE(F{sub + 1}:F{sub + 2})");
        var total = review.Import.Summaries.Single(s => s.Node.Id == "total");
        cells[$"F{total.Row}"].CellFormula!.Text.Should().MatchRegex(@"^F\d+\+F\d+$");
        total.Nilai!.Number.Should().BeApproximately(SampleLke.Total(SampleLke.Answers), 1e-6);
    }

    [Fact]
    public void Imported_again_gives_the_same_answers_narratives_evidence_and_score_and_no_arithmetic_difference()
    {
        var review = SampleLke.Review(Exported);

        review.Import.Missing.Should().BeEmpty();
        review.Import.Issues.Should().BeEmpty();
        SampleLke.Values(review.Import.Answers).Should().Equal(SampleLke.Values(SampleLke.Answers));
        review.Import.Rows.Where(r => r.Narrative is not null).ToDictionary(r => r.QuestionId, r => r.Narrative!)
            .Should().Equal(SampleLke.Narratives);
        review.Import.Rows.Single(r => r.QuestionId == "P.MP.1.a").Evidence.Should().Be(SampleLke.Evidence["P.MP.1.a"]);
        review.Score.Total.Should().BeApproximately(SampleLke.Total(SampleLke.Answers), 1e-9);
        review.Differences.Should().BeEmpty();
        // Every part, area and sub-area row and the Pengungkit and total rows are read as such.
        var catalog = BuiltInData.Catalog;
        review.Import.Summaries.Select(s => s.Node.Id).Should().BeEquivalentTo(
            catalog.Parts.Select(p => p.Id)
                .Concat(catalog.Parts.SelectMany(p => p.Areas).Select(a => a.Id))
                .Concat(catalog.Parts.SelectMany(p => p.Areas).SelectMany(a => a.SubAreas).Select(s => s.Id))
                .Append("pengungkit").Append("total"));
    }

    [Fact]
    public void An_unanswered_export_is_read_row_by_row_although_short_questions_repeat_their_sub_area_names()
    {
        // "Whistle Blowing System telah diterapkan" under the sub-area "Whistle-Blowing System", and the like.
        using var ms = new MemoryStream();
        LkeWorkbookWriter.Write(ms, BuiltInData.Catalog, new LkeWorkbookContent(
            new Dictionary<string, Domain.Scoring.AnswerValue>(), new Dictionary<string, string>(), new Dictionary<string, string>()));
        var import = SampleLke.Review(ms.ToArray()).Import;
        import.Rows.Select(r => r.QuestionId).Should().Equal(BuiltInData.Catalog.Questions.Select(q => q.Id));
        import.Summaries.Should().HaveCount(BuiltInData.Catalog.Parts.Sum(p => 1 + p.Areas.Sum(a => 1 + a.SubAreas.Count)) + 2);
        import.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Writes_the_checker_findings_in_their_own_column()
    {
        var review = SampleLke.Review(Exported);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Exported), false);
        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var weak = review.Check.Questions.First(q => q.Status == NarrativeStatus.Lemah);
        var row = review.Import.Rows.Single(r => r.QuestionId == weak.Id).Row;
        var text = cells[$"J{row}"].InnerText;
        text.Should().StartWith($"Lemah ({weak.Score}/100)");
        foreach (var f in weak.Findings.Where(f => f.Severity <= Domain.Rules.Severity.Warning && !f.Rule.StartsWith("unsur.")))
            text.Should().Contain(f.Message);
        text.Should().Contain("Belum ada: " + string.Join("; ", weak.Missing.Select(m => m.Label)));
    }

    [Fact]
    public void Word_export_holds_every_narrative_in_its_tagged_control()
    {
        using var ms = new MemoryStream();
        NarrativeWordExport.Write(ms, BuiltInData.Catalog,
            SampleLke.Narratives.Select(n => new NarrativeInput(n.Key, n.Value, SampleLke.Answers.TryGetValue(n.Key, out var a) ? a.ToString() : null)));
        var doc = Docx.Read(ms.ToArray());
        doc.Mode.Should().Be(ReadMode.ContentControls);
        doc.Entries.Where(e => e.Text.Length > 0).ToDictionary(e => e.QuestionId, e => e.Text).Should().Equal(SampleLke.Narratives);
        doc.Find("P.MP.1.b")!.Answer.Should().Be(SampleLke.Answers["P.MP.1.b"].ToString());
    }

    [Fact]
    public void Refuses_a_Word_document_given_as_a_workbook_and_an_xls_without_LibreOffice()
    {
        var e = Rejection.Expect(RejectionCodes.NotAWorkbook, () => WorkbookReader.Read(Docx.Skeleton("MP")));
        e.Message.Should().Contain("dokumen Word (.docx), bukan lembar kerja Excel");
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var missing = Rejection.Expect(RejectionCodes.ConverterMissing, () => WorkbookFile.Read(xls, "lke.xls", converter: null));
        missing.Message.Should().Contain("LibreOffice").And.Contain(".xlsx");
    }
}

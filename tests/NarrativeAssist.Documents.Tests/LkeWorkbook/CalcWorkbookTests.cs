using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NarrativeAssist.Documents.LkeWorkbook;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Workbook;

namespace NarrativeAssist.Documents.Tests.LkeWorkbook;

/// <summary>Every workbook of these tests made by LibreOffice Calc in one start-up: the two messy layouts from .fods,
/// and our own export saved again by Calc — as is, and after an answer was changed and every cached value removed,
/// so Calc's own recalculation of our formulas is what the import reads.</summary>
public sealed class CalcWorkbooks
{
    public const string EditedQuestion = "P.MP.1.b";

    public CalcWorkbooks()
    {
        Exported = SampleLke.Export();
        EditedAnswers = new Dictionary<string, AnswerValue>(SampleLke.Answers) { [EditedQuestion] = new AnswerValue("C", null, null) };
        var converted = CalcConverter.Convert(new Dictionary<string, byte[]>
        {
            ["pengadilan.fods"] = Encoding.UTF8.GetBytes(MessyWorkbooks.DistrictCourt()),
            ["unit-kedua.fods"] = Encoding.UTF8.GetBytes(MessyWorkbooks.SecondUnit()),
            ["ekspor.xlsx"] = Exported,
            ["ekspor-disunting.xlsx"] = EditAnswer(Exported, EditedQuestion, "c"),
        });
        DistrictCourt = converted["pengadilan"];
        SecondUnit = converted["unit-kedua"];
        RoundTrip = converted["ekspor"];
        Edited = converted["ekspor-disunting"];
    }

    public byte[] Exported { get; }
    public byte[] DistrictCourt { get; }
    public byte[] SecondUnit { get; }
    public byte[] RoundTrip { get; }
    public byte[] Edited { get; }
    public IReadOnlyDictionary<string, AnswerValue> EditedAnswers { get; }

    /// <summary>Types <paramref name="answer"/> into the question's Jawaban cell and drops every formula's cached value.</summary>
    private static byte[] EditAnswer(byte[] xlsx, string questionId, string answer)
    {
        var row = SampleLke.Review(xlsx).Import.Rows.Single(r => r.QuestionId == questionId).Row;
        using var ms = new MemoryStream();
        ms.Write(xlsx);
        using (var doc = SpreadsheetDocument.Open(ms, true))
        {
            var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var cell = sheet.Descendants<Cell>().Single(c => c.CellReference!.Value == $"E{row}");
            cell.RemoveAllChildren();
            cell.DataType = CellValues.InlineString;
            cell.Append(new InlineString(new Text(answer)));
            foreach (var formula in sheet.Descendants<Cell>().Where(c => c.CellFormula is not null)) formula.CellValue?.Remove();
        }
        return ms.ToArray();
    }
}

[Collection(LibreOfficeCollection.Name)]
public class CalcWorkbookTests(CalcWorkbooks calc) : IClassFixture<CalcWorkbooks>
{
    private static readonly NarrativeChecker Checker = new(BuiltInData.Rules);
    private static readonly Domain.Catalog.LkeCatalog Catalog = BuiltInData.Catalog;

    private static WorkbookReview Review(byte[] xlsx) => WorkbookReview.Run(WorkbookReader.Read(xlsx), Checker);

    [Fact]
    public void District_court_layout_imports_with_every_question_recognised()
    {
        var review = Review(calc.DistrictCourt);
        var import = review.Import;

        import.Sheets.Single().Layout.HeaderRows.Should().Equal(4);
        import.Missing.Should().BeEmpty();
        import.Rows.Select(r => r.QuestionId).Should().Equal(Catalog.Questions.Select(q => q.Id));
        import.Issues.Should().BeEmpty();
        var expected = Catalog.Questions.Select((q, i) => (q, i)).ToDictionary(x => x.q.Id, x =>
        {
            var a = MessyWorkbooks.Answer(x.q, x.i);
            return AnswerParser.Parse(x.q, a.Text ?? AnswerParser.FormatNumber(a.Number!.Value)).ToString();
        });
        import.Answers.ToDictionary(a => a.Key, a => a.Value.ToString()).Should().Equal(expected);
        var q = Catalog.FindQuestion("P.MP.1.a")!;
        import.Rows[0].Narrative.Should().Be(MessyWorkbooks.Narrative(q));
        import.Rows[0].Evidence.Should().Be(MessyWorkbooks.Evidence(q));
        import.Rows.Where(r => r.Hidden).Select(r => r.QuestionId).Should().Equal(MessyWorkbooks.HiddenQuestion);
        review.Check.Questions.Should().HaveCount(113).And.OnlyContain(r => r.Status != NarrativeStatus.Kosong);
        review.Score.Total.Should().BeApproximately(new ScoreCalculator(Catalog).Score(new AnswerSheet(import.Answers)).Total, 1e-9);
    }

    [Fact]
    public void District_court_broken_sub_area_formula_is_listed_with_what_it_puts_wrong_above_it()
    {
        var review = Review(calc.DistrictCourt);
        var sub = review.Score.SubAreas.Single(s => s.Id == MessyWorkbooks.BrokenSubArea);
        var broken = review.Differences.Where(d => d.Id == MessyWorkbooks.BrokenSubArea && d.Column == "Nilai").Should().ContainSingle().Which;
        broken.Expected.Should().BeApproximately(sub.Score, 1e-4);
        // Calc averaged one question fewer: the shown value is the weight × mean of the others.
        var questions = Catalog.Questions.Where(x => x.SubArea?.Id == MessyWorkbooks.BrokenSubArea).ToList();
        var values = questions.Take(questions.Count - 1).Select(x => review.Import.Answers[x.Id].ValueFor(x));
        broken.Workbook.Should().BeApproximately(sub.Max * values.Average(), 1e-6);
        review.Differences.Select(d => d.Id).Distinct().Should().BeSubsetOf([MessyWorkbooks.BrokenSubArea, "P.PW", "P", "pengungkit", "total"]);
        // The area above shows the wrong sum too; the part and total differ by less than the thirds tolerance allows.
        review.Differences.Should().Contain(d => d.Id == "P.PW" && d.Column == "Nilai");
        review.Differences.Should().Contain(d => d.Id == MessyWorkbooks.BrokenSubArea && d.Column == "%");
    }

    [Fact]
    public void Second_unit_layout_reads_the_merged_header_the_Hasil_sheet_and_reports_slot_off_and_added_rows()
    {
        var import = Review(calc.SecondUnit).Import;

        var sheet = import.Sheets.Single(s => s.Sheet == "Sheet1").Layout;
        sheet.HeaderRows.Should().Equal(3, 4);
        sheet[ColumnRole.Jawaban].Should().Be(4);
        sheet[ColumnRole.Eviden].Should().BeNull();
        var tl = Catalog.FindArea("P.TL")!.SubAreas[0].Questions;
        import.Rows.Select(r => r.QuestionId).Should().Equal(
            Catalog.FindArea("P.MP")!.AllQuestions.Select(q => q.Id)
                .Concat([tl[1].Id, tl[0].Id, tl[2].Id, "H.1.a", "H.1.b", "H.2.a"]));
        import.Issues.Select(i => (i.Sheet, i.Row, i.Kind)).Should().Equal(
            ("Sheet1", MessyWorkbooks.SwappedA, RowIssueKind.NomorTidakSesuai),
            ("Sheet1", MessyWorkbooks.SwappedB, RowIssueKind.NomorTidakSesuai),
            ("Sheet1", MessyWorkbooks.AddedRow, RowIssueKind.TidakDikenali),
            ("Catatan", (int?)null, RowIssueKind.LembarDilewati));
        import.Answers["P.MP.1.a"].ToString().Should().Be("Ya");
        import.Answers[tl[1].Id].ToString().Should().Be("B");
        import.Answers["H.1.a"].ToString().Should().Be("3,61");
        import.Answers["H.1.b"].ToString().Should().Be("B");
        import.Rows.First().Narrative.Should().Be("Dilaksanakan.\nSK Nomor 5/P.MP.1.a/2023.");
        import.Missing.Should().Contain("P.SDM.1.a").And.Contain("R.MP.1.a").And.NotContain("H.2.a");
    }

    [Fact]
    public void Export_saved_again_by_Calc_imports_with_the_same_answers_narratives_and_score()
    {
        var review = Review(calc.RoundTrip);

        review.Import.Issues.Should().BeEmpty();
        review.Import.Missing.Should().BeEmpty();
        SampleLke.Values(review.Import.Answers).Should().Equal(SampleLke.Values(SampleLke.Answers));
        review.Import.Rows.Where(r => r.Narrative is not null).ToDictionary(r => r.QuestionId, r => r.Narrative!).Should().Equal(SampleLke.Narratives);
        review.Score.Total.Should().BeApproximately(SampleLke.Total(SampleLke.Answers), 1e-9);
        review.Differences.Should().BeEmpty();
    }

    [Fact]
    public void Export_edited_and_recalculated_by_Calc_gives_the_new_answer_and_Calcs_values_agree_with_the_regulation()
    {
        var review = Review(calc.Edited);

        SampleLke.Values(review.Import.Answers).Should().Equal(SampleLke.Values(calc.EditedAnswers));
        var expectedTotal = SampleLke.Total(calc.EditedAnswers);
        expectedTotal.Should().BeLessThan(SampleLke.Total(SampleLke.Answers));
        review.Score.Total.Should().BeApproximately(expectedTotal, 1e-9);
        // The total row's value is the one Calc computed from our formulas.
        review.Import.Summaries.Single(s => s.Node.Id == "total").Nilai!.Number.Should().BeApproximately(expectedTotal, 1e-4);
        review.Differences.Should().BeEmpty();
    }

    [Fact]
    public void An_OpenDocument_workbook_is_converted_through_LibreOffice()
    {
        var grid = WorkbookFile.Read(Encoding.UTF8.GetBytes(MessyWorkbooks.SecondUnit()), "lke-unit.fods", new SpreadsheetConverter());
        var import = new WorkbookImporter(Catalog).Import(grid);
        import.Rows.Should().HaveCount(Catalog.FindArea("P.MP")!.AllQuestions.Count() + 3 + 3);
    }
}

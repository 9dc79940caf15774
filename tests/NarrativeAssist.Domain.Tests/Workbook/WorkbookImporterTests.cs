using NarrativeAssist.Domain.Workbook;

namespace NarrativeAssist.Domain.Tests.Workbook;

public class WorkbookImporterTests
{
    private static readonly WorkbookImporter Importer = new(BuiltInData.Catalog);
    private static readonly string?[] Header = ["No", "Penilaian", "Bobot", "Jawaban", "Nilai", "Catatan/Keterangan/Penjelasan", "Eviden"];

    [Fact]
    public void Matches_rows_by_text_reports_numbering_that_points_elsewhere_and_reads_answers_in_any_case()
    {
        // P.TL.1: a and b sit in each other's slot, as in a published LKE.
        var tl1a = BuiltInData.Catalog.FindQuestion("P.TL.1.a")!.Text;
        var tl1b = BuiltInData.Catalog.FindQuestion("P.TL.1.b")!.Text;
        var grid = Grids.Of(Grids.Sheet("LKE",
            (3, Header),
            (4, ["I", "PEMENUHAN", "30"]),
            (5, ["2", "PENATAAN TATALAKSANA", "3.5"]),
            (6, ["i", "Prosedur Operasional Tetap (SOP) Kegiatan Utama", "1"]),
            (7, ["a", tl1b, null, "b", "0.5", "Baris satu\nBaris dua"]),
            (8, ["b", tl1a, null, " c "]),
            (9, ["c", "Pertanyaan tambahan yang dibuat unit sendiri", null, "A", "1", "narasi"])));

        var import = Importer.Import(grid);

        import.Rows.Select(r => (r.Row, r.QuestionId)).Should().Equal((7, "P.TL.1.b"), (8, "P.TL.1.a"));
        import.Answers["P.TL.1.b"].ToString().Should().Be("B");
        import.Answers["P.TL.1.a"].ToString().Should().Be("C");
        import.Rows[0].Narrative.Should().Be("Baris satu\nBaris dua");
        import.Issues.Select(i => (i.Row, i.Kind)).Should().Equal(
            (7, RowIssueKind.NomorTidakSesuai), (8, RowIssueKind.NomorTidakSesuai), (9, RowIssueKind.TidakDikenali));
        import.Issues[0].Message.Should().Contain("P.TL.1.a").And.Contain("dibaca sebagai P.TL.1.b");
        import.Issues[2].Where.Should().Be("Lembar LKE, baris 9");
    }

    [Fact]
    public void Numbering_decides_when_the_text_is_missing_and_an_invalid_answer_is_reported_with_its_row()
    {
        var grid = Grids.Of(Grids.Sheet("LKE",
            (1, Header),
            (2, ["1.i.a", "", null, "Ya"]),
            (3, ["1.i.b", "", null, "Z"])));

        var import = Importer.Import(grid);

        // Without a part row or text, "1.i.a" cannot be placed in Pemenuhan or Reform: not guessed.
        import.Rows.Should().BeEmpty();
        import.Issues.Should().OnlyContain(i => i.Kind == RowIssueKind.TidakDikenali);

        var withPart = Importer.Import(Grids.Of(Grids.Sheet("LKE", (1, Header), (2, ["I", "PEMENUHAN"]), (3, ["1.i.a", "", null, "Ya"]), (4, ["1.i.b", "", null, "Z"]))));
        withPart.Rows.Select(r => (r.QuestionId, r.Basis)).Should().Equal(("P.MP.1.a", MatchBasis.Nomor), ("P.MP.1.b", MatchBasis.Nomor));
        withPart.Issues.Should().ContainSingle(i => i.Kind == RowIssueKind.JawabanTidakValid && i.Row == 4 && i.Message.Contains("A, B, C"));
    }

    [Fact]
    public void Percentage_items_read_their_counts_from_the_rows_below()
    {
        var q = BuiltInData.Catalog.FindQuestion("R.MP.1.a")!;
        var grid = Grids.Of(Grids.Sheet("LKE",
            (1, Header),
            (2, ["a", q.Text, null, null]),
            (3, [null, "- Jumlah Agen Perubahan", null, "10"]),
            (4, [null, "- Jumlah Perubahan yang dibuat", null, "8"])));

        var import = Importer.Import(grid);

        import.Answers["R.MP.1.a"].ValueFor(q).Should().BeApproximately(0.8, 1e-9);
        import.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Lists_every_workbook_value_that_differs_from_the_regulations_arithmetic()
    {
        var mp1 = BuiltInData.Catalog.Parts[0].Areas[0].SubAreas[0]; // P.MP.1, weight 0.5, questions a (Ya/Tidak) and b (A/B/C)
        var grid = Grids.Of(Grids.Sheet("LKE",
            (1, ["No", "Penilaian", "Bobot", "Jawaban", "Nilai", "%", "Catatan"]),
            (2, ["i", mp1.Name, "0.5", null, "0.5", "100%"]),       // a broken AVERAGE: the unit shows full marks
            (3, ["a", mp1.Questions[0].Text, null, "Ya", "1"]),
            (4, ["b", mp1.Questions[1].Text, null, "B", "0.5"])));

        var review = WorkbookReview.Run(grid, TestData.Checker);

        // Regulation: 0.5 × mean(1, 0.5) = 0.375 → 75 %.
        review.Differences.Select(d => (d.Row, d.Id, d.Column, d.Workbook, d.Expected)).Should().Equal(
            (2, "P.MP.1", "Nilai", 0.5, 0.375),
            (2, "P.MP.1", "%", 100.0, 75.0));
        review.Score.SubAreas.First(s => s.Id == "P.MP.1").Score.Should().BeApproximately(0.375, 1e-9);
    }
}

namespace NarrativeAssist.Cli.Tests;

public class LkeCommandTests
{
    [Fact]
    public void Export_then_import_reads_every_question_back_and_reports_the_score_in_Indonesian()
    {
        var xlsx = Path.Combine(Path.GetTempPath(), $"na-{Guid.NewGuid():N}.xlsx");
        var docx = Path.Combine(Path.GetTempPath(), $"na-{Guid.NewGuid():N}.docx");
        try
        {
            var export = Cli.Run("lke", "ekspor", "--jawaban", Cli.Sample("jawaban-contoh.yaml"), "--narasi", Cli.Sample("narasi-contoh.docx"),
                "--output", xlsx, "--word", docx);
            export.Exit.Should().Be(0, export.Err);
            export.Err.Should().Contain($"Ditulis: {xlsx}").And.Contain($"Ditulis: {docx}");

            var import = Cli.Run("lke", "impor", xlsx);
            import.Exit.Should().Be(0, import.Err);
            import.Out.Should().Contain("Pertanyaan dikenali: 113 dari 113; dijawab: 113; narasi terisi: 10.")
                .And.Contain("Semua baris berisi jawaban atau narasi dikenali.")
                .And.Contain("Nilai yang dihitung lembar kerja sesuai dengan perhitungan peraturan.");
            var score = Cli.Run("score", Cli.Sample("jawaban-contoh.yaml"));
            var total = score.Out.Split('\n')[0];
            import.Out.Should().Contain(total, "the import scores the workbook's answers as score does the answers file");

            var check = Cli.Run("check", docx);
            check.Exit.Should().Be(0, check.Err);
            check.Out.Should().Contain("10 dari 113 narasi di dokumen terisi dan diperiksa");
        }
        finally
        {
            File.Delete(xlsx);
            File.Delete(docx);
        }
    }

    [Fact]
    public void A_Word_document_given_as_a_workbook_is_refused_with_exit_2()
    {
        var r = Cli.Run("lke", "impor", Cli.Sample("narasi-contoh.docx"));
        r.Exit.Should().Be(2);
        r.Err.Should().Contain("dokumen Word (.docx), bukan lembar kerja Excel");
    }

    [Fact]
    public void Export_without_a_source_says_what_to_give()
    {
        var r = Cli.Run("lke", "ekspor", "--output", Path.Combine(Path.GetTempPath(), "tidak-ditulis.xlsx"));
        r.Exit.Should().Be(2);
        r.Err.Should().Contain("--jawaban JAWABAN.yaml dan/atau --narasi NARASI.docx");
    }
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>Quality words in a body with no checkable fact are boilerplate (vague_claim), and the top answer they
/// claim is not proven; a national regulation's number is the framework, not a fact. A figure answered on a numeric
/// scale with no year or period cannot be placed in time (no_date).</summary>
public class BodyWithoutFactsTests
{
    private static QuestionResult Check(string id, string text, string answer) =>
        DocumentCheck.Run(TestData.Checker, [new NarrativeInput(id, text, answer)]).Questions.Single();

    private static IEnumerable<Finding> Marked(QuestionResult r, string defect) =>
        r.Findings.Where(f => f.Defect == defect && f.Severity is Severity.Error or Severity.Warning);

    [Theory]
    [InlineData("Evaluasi atas penerapan sistem pengaduan telah dilaksanakan secara berkala dan hasilnya dimanfaatkan dengan baik untuk perbaikan layanan.")]
    [InlineData("Sesuai Peraturan Menteri PANRB Nomor 62 Tahun 2018, evaluasi pengaduan dilaksanakan secara rutin dan menyeluruh oleh pimpinan sehingga pengelolaan pengaduan berjalan optimal.")]
    public void Quality_words_with_no_fact_are_a_vague_claim_and_leave_the_top_answer_unproven(string text)
    {
        var r = Check("P.PW.3.c", text, "A");
        var vague = Marked(r, Defects.VagueClaim).Single(f => f.Rule == "klaim_tanpa_fakta");
        vague.Message.Should().StartWith("Narasi hanya menyatakan mutu (");
        Marked(r, Defects.OverClaim).Should().NotBeEmpty();
        r.Status.Should().NotBe(NarrativeStatus.Kuat);
    }

    [Theory]
    [InlineData("Evaluasi atas penerapan sistem pengaduan dilaksanakan secara berkala setiap triwulan: 28 Maret, 27 Juni, 30 September dan 20 Desember 2024, membahas 46 pengaduan.")]
    [InlineData("Evaluasi pengaduan dilaksanakan dengan baik; laporan evaluasi ditetapkan dengan Nota Dinas Nomor ND-14/KPN/2024.")]
    public void Quality_words_carried_by_facts_are_not_vague(string text) =>
        Check("P.PW.3.c", text, "A").Findings.Should().NotContain(f => f.Rule == "klaim_tanpa_fakta");

    [Fact]
    public void The_lowest_answer_asks_for_nothing() =>
        Check("P.PW.3.c", "Evaluasi pengaduan belum dilakukan secara berkala.", "C").Findings.Should().NotContain(f => f.Rule == "klaim_tanpa_fakta");

    [Fact]
    public void A_figure_with_no_year_or_period_on_a_numeric_question_has_no_date()
    {
        var r = Check("R.PW.2.a", "Pengaduan yang harus ditindaklanjuti sebanyak 120 pengaduan dan seluruhnya (120 pengaduan) telah selesai ditindaklanjuti. Bukti dukung: rekap pengaduan SP4N-LAPOR!.", "100");
        Marked(r, Defects.NoDate).Should().ContainSingle(f => f.Rule == "angka_tanpa_periode");
    }

    [Theory]
    [InlineData("Sepanjang tahun 2024 pengaduan yang harus ditindaklanjuti sebanyak 120 pengaduan dan seluruhnya (120 pengaduan) telah selesai ditindaklanjuti. Bukti dukung: rekap pengaduan SP4N-LAPOR! 2024.")]
    [InlineData("Pada periode Januari–Desember 2024 sebanyak 120 dari 120 pengaduan telah selesai ditindaklanjuti. Bukti dukung: rekap pengaduan.")]
    public void A_figure_placed_in_time_is_not_flagged(string text) =>
        Check("R.PW.2.a", text, "100").Findings.Should().NotContain(f => f.Defect == Defects.NoDate);
}

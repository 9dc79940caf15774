using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>When an evaluator does not mark missing evidence (EVALUATOR.md §4, §7): realised work reported with its date
/// or year on something the question asks points at the unit's own records, so the "bukti" finding is only a suggestion
/// there; bare claims, plans and a figure without a year still get the warning (no_evidence).</summary>
public class ImpliedEvidenceTests
{
    private static Finding? Bukti(string id, string text, string answer) =>
        TestData.Checker.Check(id, text, answer).Findings.SingleOrDefault(f => f.Rule == "bukti");

    [Fact]
    public void Dated_realised_work_without_an_evidence_statement_gets_a_suggestion_not_a_defect()
    {
        var text = "Survei kepuasan masyarakat dilaksanakan setiap triwulan pada 2024 (Maret, Juni, September dan Desember) dengan 400 responden per triwulan; IKM naik dari 82,1 pada triwulan I menjadi 86,4 pada triwulan IV.";
        var f = Bukti("P.PP.4.a", text, "A");
        f.Should().NotBeNull("the writer is still told that naming the survey report helps");
        f!.Severity.Should().Be(Severity.Saran);
        f.Defect.Should().BeNull();
    }

    [Fact]
    public void Bare_claims_without_any_date_still_miss_their_evidence()
    {
        var f = Bukti("P.PW.3.c", "Penanganan pengaduan dimonitor dan dievaluasi secara berkala oleh pimpinan sehingga seluruh pengaduan tertangani dengan baik.", "A");
        f!.Severity.Should().Be(Severity.Warning);
        f.Defect.Should().Be(Defects.NoEvidence);
    }

    [Fact]
    public void A_figure_without_a_year_is_not_dated_work()
    {
        var f = Bukti("P.AK.2.h", "Seluruh 6 pengelola kinerja kompeten karena telah mengikuti bimbingan teknis penyusunan SAKIP dan evaluasi akuntabilitas kinerja.", "A");
        f!.Severity.Should().Be(Severity.Warning);
        f.Defect.Should().Be(Defects.NoEvidence);
    }
}

using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>A narrative written for another question, or one that restates the question, is wrong_question; a narrative
/// that answers its own question is not.</summary>
public class RelevanceTests
{
    private const string Abk =
        "Kebutuhan pegawai disusun berdasarkan peta jabatan dan analisis beban kerja (ABK) tahun 2024 untuk 18 jabatan. " +
        "Hasil ABK menunjukkan kebutuhan 42 pegawai, sedangkan yang ada 36 pegawai; kekurangan diusulkan kepada Sekretariat Jenderal " +
        "pada 12 Februari 2024 untuk dipenuhi melalui rekrutmen CPNS.";

    [Fact]
    public void A_narrative_for_another_question_names_that_question()
    {
        var r = TestData.Checker.Check("P.SDM.2.a", Abk, "Ya");
        var f = r.Findings.Should().ContainSingle(x => x.Rule == "relevan").Subject;
        f.Defect.Should().Be(Defects.WrongQuestion);
        f.Message.Should().Contain("P.SDM.1.a");
        TestData.Checker.Check("P.SDM.1.a", Abk, "Ya").Findings.Should().NotContain(x => x.Rule == "relevan");
    }

    [Fact]
    public void Restating_the_question_is_flagged_and_facts_are_not()
    {
        var q = TestData.Book.Catalog.FindQuestion("P.MP.1.a")!;
        TestData.Checker.Check("P.MP.1.a", q.Text + " dalam rangka pembangunan Zona Integritas.", "Ya").Findings
            .Should().Contain(x => x.Rule == "relevan" && x.Defect == Defects.WrongQuestion);
        TestData.Checker.Check("P.MP.1.a", Narratives.TimKuat, "Ya").Findings.Should().NotContain(x => x.Rule == "relevan");
    }
}

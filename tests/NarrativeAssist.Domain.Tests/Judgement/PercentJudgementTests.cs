using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>A percentage item is computed from the counts the narrative gives, not claimed (EVALUATOR.md §1).</summary>
public class PercentJudgementTests
{
    private static QuestionResult Check(string id, string text, string answer) => TestData.Checker.Check(id, text, answer);

    [Theory]
    [InlineData("R.MP.1.b", "Agen perubahan membuat 5 perubahan pada 2024. Tiga perubahan telah diintegrasikan dalam sistem manajemen melalui SOP dan SK Kepala.", "100", "60")]
    [InlineData("R.PW.3.b", "Jumlah wajib lapor 380 personel dan yang telah menyampaikan LHKASN sebanyak 371 personel per 31 Maret 2024.", "100", "97,63")]
    public void A_percentage_above_the_counts_is_an_over_claim(string id, string text, string claimed, string supported)
    {
        var r = Check(id, text, claimed);
        var f = r.Findings.Single(x => x.Defect == Defects.OverClaim);
        f.Message.Should().Contain($"({supported} %)");
        r.InferredAnswer!.Code.Should().Be(supported);
    }

    [Theory]
    [InlineData("R.PW.3.a", "Pejabat wajib LHKPN berjumlah 9 orang. Seluruhnya, 9 dari 9 orang, telah menyampaikan LHKPN sebelum 31 Maret 2024.", "100")]
    [InlineData("R.SDM.3.a", "Jumlah pelanggaran disiplin turun dari 4 pelanggaran pada tahun 2023 menjadi 1 pelanggaran pada tahun 2024, atau turun 75 %.", "75")]
    [InlineData("R.MP.1.b", "Agen perubahan telah membuat perubahan yang diintegrasikan dalam sistem manajemen.", "100")]
    public void Counts_that_agree_a_change_or_no_counts_are_not_flagged(string id, string text, string claimed) =>
        // The percent judge infers nothing from no counts (a narrative that only restates the question is still an
        // unproven claim, UnprovenClaimTests).
        Check(id, text, claimed).Findings.Should().NotContain(f => f.Rule == "persen_melebihi_narasi");
}

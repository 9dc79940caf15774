using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Tests.Rules;

public class ProfileRuleTests
{
    private static readonly UnitProfile Profile = UnitProfileParser.Parse(
        File.ReadAllText(Path.Combine(TestData.RepoRoot, "templates", "units", "contoh.yaml")), BuiltInData.Catalog.AreaCodes);

    private static IEnumerable<string> ProfileFindings(string text) =>
        TestData.Checker.Check("P.PP.4.a", text, null, Profile).Findings.Where(f => f.Rule == "profil").Select(f => text.Substring(f.Start, f.Length));

    [Fact]
    public void A_figure_that_contradicts_the_profile_is_an_error()
    {
        // Profile: IKM 2023 = 3,45 and 2024 = 3,58.
        var text = "Hasil survei kepuasan menunjukkan IKM meningkat dari 3,54 pada 2023 menjadi 3,58 pada 2024.";
        ProfileFindings(text).Should().Equal("3,54");
        var f = TestData.Checker.Check("P.PP.4.a", text, null, Profile).Findings.Single(x => x.Rule == "profil");
        f.Severity.Should().Be(Domain.Rules.Severity.Error);
        f.Message.Should().Contain("2023").And.Contain("3,45");
    }

    [Fact]
    public void Figures_that_agree_at_the_written_precision_pass()
    {
        ProfileFindings("IKM meningkat dari 3,45 pada 2023 menjadi 3,58 pada 2024, melampaui target 3,5.").Should().BeEmpty();
        ProfileFindings("Indeks Kepuasan Masyarakat tahun 2023 sebesar 3,5 (dibulatkan).").Should().BeEmpty();
        ProfileFindings("IPKP 2024 mencapai 3,79 dan IPAK 3,81.").Should().BeEmpty();
    }

    [Fact]
    public void Survey_figures_are_checked_too_and_nothing_without_a_profile()
    {
        ProfileFindings("IPAK tahun 2024 sebesar 3,71.").Should().Equal("3,71");
        TestData.Checker.Check("P.PP.4.a", "IPAK tahun 2024 sebesar 3,71.").Findings.Should().NotContain(f => f.Rule == "profil");
    }
}

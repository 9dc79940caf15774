using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>The profile rule reads each side of a before→after pair with its own year (issue #14: "turun dari 58 menit
/// pada tahun 2022 menjadi 17 menit pada tahun 2024" was read as 17 minutes in 2022).</summary>
public class ProfileYearAttributionTests
{
    private static readonly UnitProfile Profile = UnitProfileParser.Parse(
        File.ReadAllText(Path.Combine(TestData.RepoRoot, "templates", "units", "contoh.yaml")).Replace("indikator_kinerja:\n", """
            indikator_kinerja:
              - nama: Waktu Penyelesaian SP2D
                alias: [penyelesaian SP2D]
                satuan: menit
                lebih_tinggi_lebih_baik: false
                nilai: { 2022: 58, 2023: 31, 2024: 17 }

            """.Replace("\r", "")), BuiltInData.Catalog.AreaCodes);

    private static List<Finding> ProfileFindings(string text) =>
        TestData.Checker.Check("R.PP.1.a", text, null, Profile).Findings.Where(f => f.Rule == "profil").ToList();

    [Fact]
    public void Both_sides_of_a_pair_agree_with_their_own_years()
    {
        Profile.IndikatorKinerja.Should().Contain(k => k.Nama == "Waktu Penyelesaian SP2D");
        ProfileFindings("Rata-rata waktu penyelesaian SP2D turun dari 58 menit pada tahun 2022 menjadi 17 menit pada tahun 2024.").Should().BeEmpty();
        ProfileFindings("Waktu penyelesaian SP2D turun dari 58 menit (2022) menjadi 17 menit (2024).").Should().BeEmpty();
    }

    [Fact]
    public void A_side_that_disagrees_with_its_year_is_reported_as_inconsistent()
    {
        var text = "Rata-rata waktu penyelesaian SP2D turun dari 58 menit pada tahun 2022 menjadi 21 menit pada tahun 2024.";
        var f = ProfileFindings(text).Should().ContainSingle().Subject;
        text.Substring(f.Start, f.Length).Should().Be("21");
        f.Message.Should().Contain("2024");
        f.Defect.Should().Be(Defects.Inconsistent);
    }
}

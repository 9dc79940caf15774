using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Tests.Decks;

public class ProfileReviewTests
{
    private static IReadOnlyList<ProfileWarning> Review(UnitProfile p, DeckKind? kind = null) => ProfileReview.Review(p, BuiltInData.Catalog, kind);

    [Fact]
    public void The_sample_is_warned_only_about_its_complaints_indicator()
    {
        Review(Samples.Profile).Select(w => (w.Code, w.Path)).Should().Equal(
            ("indikator_tidak_membaik", "indikator_kinerja[3].nilai"),
            ("indikator_di_bawah_target", "indikator_kinerja[3].target"));
        Review(Samples.Profile)[0].Message.Should().Be(
            "Jumlah Pengaduan Layanan tidak membaik dari periode sebelumnya: naik dari 9 (2023) menjadi 11 (2024), padahal makin rendah makin baik.");
        Review(Samples.Profile)[1].Message.Should().Be("Jumlah Pengaduan Layanan 11 (2024) masih di atas target 8.");
    }

    [Fact]
    public void A_worsening_indicator_without_corrective_steps_is_warned_about()
    {
        var p = Samples.Profile with
        {
            IndikatorKinerja = Samples.Profile.IndikatorKinerja.Select(i => i with { LangkahPerbaikan = [] }).ToList(),
            Komitmen = null,
        };

        Review(p).Select(w => (w.Code, w.Path)).Should().Contain(("tanpa_langkah_perbaikan", "indikator_kinerja[3].langkah_perbaikan"))
            .And.Contain(("tanpa_komitmen", "komitmen"));
        Review(p).Count(w => w.Code == "tanpa_langkah_perbaikan").Should().Be(1, "only the complaints indicator worsened or missed its target");
    }

    [Fact]
    public void A_lever_without_innovation_is_named()
    {
        var p = Samples.Profile with { Inovasi = Samples.Profile.Inovasi.Where(i => i.Area != "TL").ToList() };

        Review(p).Should().ContainSingle(w => w.Code == "inovasi_area_kosong")
            .Which.Message.Should().Be("Area Penataan Tatalaksana (TL) belum memiliki inovasi; pastikan setiap area pengungkit memiliki inovasi.");
    }

    [Fact]
    public void No_replicated_innovation_is_reported()
    {
        var p = Samples.Profile with { Inovasi = Samples.Profile.Inovasi.Select(i => i with { DireplikasiOleh = [] }).ToList() };

        Review(p).Should().Contain(w => w.Code == "tanpa_replikasi" && w.Message.StartsWith("Belum ada inovasi yang direplikasi unit lain"));
    }

    [Fact]
    public void A_missing_kind_of_innovation_is_reported()
    {
        var p = Samples.Profile with { Inovasi = Samples.Profile.Inovasi.Where(i => i.Kategori != KategoriInovasi.Branding).ToList() };

        Review(p).Should().Contain(w => w.Code == "kategori_inovasi_kosong" && w.Message.Contains("Inovasi Image Branding"));
    }

    [Fact]
    public void Missing_awards_testimonials_and_rooms_are_reported()
    {
        var p = Samples.Profile with { Penghargaan = [], Testimoni = [], Ruangan = [] };

        Review(p).Select(w => w.Code).Should().Contain(["tanpa_penghargaan", "tanpa_testimoni"]).And.NotContain("tanpa_ruangan");
        Review(p, DeckKind.ObservasiLapangan).Select(w => w.Code).Should().Contain("tanpa_ruangan");
    }

    [Fact]
    public void A_single_period_indicator_cannot_show_improvement()
    {
        var one = Samples.Profile.IndikatorKinerja[0] with { Nilai = new SortedDictionary<int, double> { [2024] = 3.58 } };
        var p = Samples.Profile with { IndikatorKinerja = [one] };

        Review(p).Should().ContainSingle(w => w.Code == "indikator_tanpa_pembanding")
            .Which.Message.Should().Contain("hanya memiliki nilai 2024");
    }

    [Fact]
    public void A_falling_survey_is_reported()
    {
        var p = Samples.Profile with { Survei = Samples.Profile.Survei with { Ipak = new SortedDictionary<int, double> { [2023] = 3.8, [2024] = 3.6 } } };

        Review(p).Should().Contain(w => w.Code == "survei_menurun" && w.Message.Contains("turun dari 3,80 (2023) menjadi 3,60 (2024)"));
    }

    [Fact]
    public void Warnings_travel_with_the_plan()
    {
        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile with { Testimoni = [] }, BuiltInData.Catalog);

        plan.Warnings.Select(w => w.Code).Should().Contain("tanpa_testimoni");
        plan.Sections.Select(s => s.Key).Should().NotContain("testimoni");
    }
}

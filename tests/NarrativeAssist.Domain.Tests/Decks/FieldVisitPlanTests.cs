using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Domain.Tests.Decks;

public class FieldVisitPlanTests
{
    private static readonly DeckPlan Plan = DeckPlanner.Plan(DeckKind.ObservasiLapangan, Samples.Profile, BuiltInData.Catalog);
    private static readonly DeckPlan Interview = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog);

    [Fact]
    public void Opens_with_why_the_unit_deserves_the_predicate_and_what_is_different()
    {
        Plan.Slides.Select(s => s.Title).Take(3).Should().Equal(
            "Selamat Datang di KPPN Contoh", "Mengapa Kami Layak Meraih WBBM", "Apa yang Berbeda dari Kami");
    }

    [Fact]
    public void Is_a_different_and_shorter_deck_than_the_interview()
    {
        Plan.Slides.Select(s => s.Title).Intersect(Interview.Slides.Select(s => s.Title)).Should().BeEmpty();
        Plan.Slides.Count().Should().BeLessThan(Interview.Slides.Count() / 2);
        Plan.LimitSeconds.Should().Be(600);
        Plan.TotalSeconds.Should().BeLessThanOrEqualTo(600).And.BeGreaterThan(5 * 60);
    }

    [Fact]
    public void Reasons_lead_with_the_strongest_improvements_that_met_their_target()
    {
        var reasons = Plan.Slides.Single(s => s.Key == "alasan").Bullets.Select(b => b.Text).ToList();

        // Waktu SP2D 52 → 31 menit is the largest relative gain; Jumlah Pengaduan (worse, below target) is never a reason.
        reasons[0].Should().Be("Rata-rata Waktu Penerbitan SP2D: 52 menit (2022) → 31 menit (2024)");
        reasons.Should().Contain("Inovasi Layanan Antar Dokumen (LANDO) direplikasi oleh KPPN Sukamaju dan KPPN Tanjung Harapan");
        reasons.Should().NotContain(r => r.Contains("Pengaduan"));
    }

    [Fact]
    public void The_replicated_innovation_comes_first_among_what_is_different()
    {
        var beda = Plan.Slides.Single(s => s.Key == "beda");

        beda.Bullets[0].Text.Should().Be("Layanan Antar Dokumen (LANDO) ★ Direplikasi oleh KPPN Sukamaju dan KPPN Tanjung Harapan");
    }

    [Fact]
    public void The_tour_slide_lists_every_room_with_its_person_in_charge()
    {
        var rute = Plan.Slides.Single(s => s.Key == "rute").Table!;

        rute.Header.Should().Equal("No", "Ruangan", "Penanggung Jawab", "Yang Ditunjukkan");
        rute.Rows.Select(r => (r[1], r[2])).Should().Equal(Samples.Profile.Ruangan.Select(r => (r.Nama, r.Pic)));
        rute.Rows[0][3].Should().Be("Maklumat pelayanan dan standar pelayanan; Antrean daring; Layanan Antar Dokumen (LANDO)");
    }

    [Fact]
    public void Evidence_of_change_has_a_native_chart_of_the_strongest_indicator()
    {
        var chart = Plan.Slides.Single(s => s.Key == "bukti-grafik").Chart!;

        chart.Title.Should().StartWith("Rata-rata Waktu Penerbitan SP2D");
        chart.Series[0].Values.Should().Equal(52, 38, 31);
    }
}

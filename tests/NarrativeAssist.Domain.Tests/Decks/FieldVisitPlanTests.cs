using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Domain.Tests.Decks;

public class FieldVisitPlanTests
{
    private static readonly DeckPlan Plan = DeckPlanner.Plan(DeckKind.ObservasiLapangan, Samples.Profile, BuiltInData.Catalog);
    private static readonly DeckPlan Interview = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog);

    [Fact]
    public void Opens_with_why_the_unit_deserves_the_predicate_and_what_is_different()
    {
        Plan.Slides.Select(s => s.Title).Take(4).Should().Equal(
            "Selamat Datang di KPPN Contoh", "Agenda Kunjungan", "Mengapa Kami Layak Meraih WBBM", "Apa yang Berbeda dari Kami");
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

        var slide = Plan.Slides.Single(s => s.Key == "bukti-grafik");
        chart.Title.Should().NotContain("Rata-rata Waktu Penerbitan SP2D", "the slide title already names the indicator")
            .And.Contain("menit").And.Contain("makin rendah makin baik");
        chart.LowerIsBetter.Should().BeTrue();
        chart.TargetMet.Should().BeTrue();
        chart.Series[0].Values.Should().Equal(52, 38, 31);
        slide.Bullets.Select(b => b.Text).Should().Equal("Turun dari 52 menit (2022) menjadi 31 menit (2024)", "Di bawah target 45 menit");
        slide.Notes.Should().Contain("turun dari lima puluh dua menit pada 2022 menjadi tiga puluh satu menit pada 2024, di bawah target empat puluh lima menit")
            .And.NotContain("melampaui");
    }

    [Fact]
    public void Both_field_visit_slides_quote_the_same_baseline()
    {
        var table = Plan.Slides.Single(s => s.Key == "bukti-tabel").Table!;
        var reasons = Plan.Slides.Single(s => s.Key == "alasan");
        var chart = Plan.Slides.Single(s => s.Key == "bukti-grafik");

        reasons.Bullets[0].Text.Should().Contain("52 menit (2022)");
        chart.Bullets[0].Text.Should().Contain("52 menit (2022)");
        table.Rows.Should().OnlyContain(r => r[1].Contains("(2022)"), "every indicator's baseline is its first year in the profile");
        Plan.Slides.Should().NotContain(s => s.Notes.Contains("tiga puluh delapan menit"), "2023's 38 minutes is no baseline");
    }

    [Fact]
    public void A_field_visit_under_seven_minutes_is_warned_about_as_well_as_one_over_ten()
    {
        var thin = Samples.Profile with { Inovasi = [], Testimoni = [], Penghargaan = [], Ruangan = [], IndikatorKinerja = [] };
        var plan = DeckPlanner.Plan(DeckKind.ObservasiLapangan, thin, BuiltInData.Catalog);

        plan.TotalSeconds.Should().BeLessThan(7 * 60);
        plan.Warnings.Should().ContainSingle(w => w.Code == "kurang_waktu").Which.Message.Should().Contain("kurang dari 7:00");
        Plan.Warnings.Should().NotContain(w => w.Code == "kurang_waktu" || w.Code == "melebihi_waktu");
    }
}

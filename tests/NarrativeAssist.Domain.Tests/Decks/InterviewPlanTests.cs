using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Tests.Decks;

public class InterviewPlanTests
{
    private static readonly DeckPlan Plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog);

    [Fact]
    public void Sections_follow_the_order_the_national_team_expects()
    {
        Plan.Sections.Select(s => s.Key).Should().Equal("pembuka", "kondisi", "upaya", "inovasi", "hasil", "penghargaan", "testimoni", "penutup");
        Plan.Slides.First().Kind.Should().Be(SlideKind.Title);
        Plan.Slides.Last().Kind.Should().Be(SlideKind.Closing);
    }

    [Fact]
    public void One_effort_slide_per_lever_in_catalog_order_with_the_profiles_activities()
    {
        var upaya = Plan.Sections.Single(s => s.Key == "upaya").Slides;

        upaya.Select(s => s.Key).Should().Equal("bagian-upaya", "upaya-MP", "upaya-TL", "upaya-SDM", "upaya-AK", "upaya-PW", "upaya-PP");
        upaya[0].Kind.Should().Be(SlideKind.Section);
        upaya[1].Title.Should().Be("Upaya: Manajemen Perubahan");
        upaya[1].Bullets.Select(b => b.Text).Should().Equal(Samples.Profile.Upaya.Single(u => u.Area == "MP").Kegiatan);
    }

    [Fact]
    public void Innovations_are_grouped_by_the_five_kinds_and_the_replicated_one_names_its_replicating_units()
    {
        var inovasi = Plan.Sections.Single(s => s.Key == "inovasi").Slides;

        inovasi = inovasi.Skip(1).ToList(); // the section divider
        inovasi.Select(s => s.Key).Should().Equal("inovasi-internal", "inovasi-eksternal", "inovasi-branding", "inovasi-integritas", "inovasi-kolaborasi");
        var eksternal = inovasi[1];
        eksternal.Bullets[0].Text.Should().Be("Layanan Antar Dokumen (LANDO) ★ Direplikasi oleh KPPN Sukamaju dan KPPN Tanjung Harapan");
        eksternal.Notes.Should().Contain("telah direplikasi oleh KPPN Sukamaju dan KPPN Tanjung Harapan");
        var evidence = eksternal.Images.Should().ContainSingle().Which;
        evidence.Caption.Should().Contain("Foto kunjungan replikasi KPPN Sukamaju");
        evidence.Source.Should().Be("foto/replikasi-sukamaju.jpg");
        evidence.Badge.Should().Be("★ Direplikasi KPPN Sukamaju dan KPPN Tanjung Harapan");
        inovasi.Where(s => s != eksternal).SelectMany(s => s.Bullets).Should().NotContain(b => b.Text.Contains('★'));
    }

    [Fact]
    public void Every_indicator_gets_a_chart_with_the_profiles_values_and_its_target()
    {
        var charts = Plan.Sections.Single(s => s.Key == "hasil").Slides.Where(s => s.Chart is not null && s.Key != "hasil-survei").ToList();

        charts.Should().HaveCount(Samples.Profile.IndikatorKinerja.Count);
        var ikm = charts[0].Chart!;
        ikm.Type.Should().Be(ChartType.Line);
        ikm.Categories.Should().Equal("2022", "2023", "2024");
        ikm.Series[0].Values.Should().Equal(3.21, 3.45, 3.58);
        ikm.Series[1].Name.Should().Be("Target");
        ikm.Series[1].Values.Should().Equal(3.5, 3.5, 3.5);
        charts[0].Bullets[0].Text.Should().Be("Naik dari 3,21 (2022) menjadi 3,58 (2024)", "baseline to latest, not the last two years");
        charts[0].Bullets[1].Text.Should().Be("Melampaui target 3,50");
        ikm.Title.Should().Be("Realisasi per tahun (indeks)", "the chart title does not repeat the slide title");
        charts[0].Notes.Should().StartWith("Indeks Kepuasan Masyarakat naik dari tiga koma dua satu pada 2022 menjadi tiga koma lima delapan pada 2024.");
    }

    [Fact]
    public void An_indicator_that_got_worse_is_said_so_in_the_script()
    {
        var pengaduan = Plan.Slides.Single(s => s.Title == "Jumlah Pengaduan Layanan");

        pengaduan.Notes.Should().Contain("turun dari empat belas pada 2022 menjadi sebelas pada 2024, meski naik dari sembilan pada 2023")
            .And.Contain("masih di atas target delapan").And.Contain("belum membaik dibanding 2023")
            .And.Contain("Untuk memperbaikinya, kami menambah satu petugas layanan pengaduan pada jam sibuk akhir bulan dan menjawab setiap pengaduan")
            .And.NotContain("telah menetapkan langkah perbaikan");
        pengaduan.Bullets.Select(b => b.Text).Should().Contain(b => b.StartsWith("Langkah perbaikan: Menambah satu petugas", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_corrective_steps_a_worsening_indicator_claims_none()
    {
        var p = Samples.Profile with { IndikatorKinerja = Samples.Profile.IndikatorKinerja.Select(i => i with { LangkahPerbaikan = [] }).ToList() };
        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, p, BuiltInData.Catalog);

        var pengaduan = plan.Slides.Single(s => s.Title == "Jumlah Pengaduan Layanan");
        pengaduan.Notes.Should().NotContain("langkah perbaikan").And.NotContain("memperbaiki");
        plan.Warnings.Should().Contain(w => w.Code == "tanpa_langkah_perbaikan");
    }

    [Fact]
    public void The_deck_has_an_agenda_section_dividers_and_a_team_and_commitment_slide()
    {
        var keys = Plan.Slides.Select(s => s.Key).ToList();
        keys.Take(5).Should().Equal("judul", "agenda", "profil", "komitmen", "tim");
        Plan.Slides.Where(s => s.Kind == SlideKind.Section).Select(s => (s.Title, s.Subtitle)).Should().Equal(
            ("Kondisi Sebelum Perubahan", "Bagian 1 dari 5"), ("Upaya pada Enam Area Pengungkit", "Bagian 2 dari 5"), ("Inovasi", "Bagian 3 dari 5"),
            ("Hasil yang Dicapai", "Bagian 4 dari 5"), ("Pengakuan dan Suara Pengguna", "Bagian 5 dari 5"));
        Plan.Slides.Single(s => s.Key == "agenda").Bullets.Select(b => b.Text).Should().Contain("Hasil yang Dicapai");

        // Commitment (with its photo) and the team roster are two slides: together they do not fit one at a readable size.
        var komitmen = Plan.Slides.Single(s => s.Key == "komitmen");
        komitmen.Bullets.Select(b => b.Text).Should().Contain("Komitmen pimpinan: \u201CKami melayani tanpa pungutan, tepat waktu, dan terbuka terhadap setiap pengaduan.\u201D")
            .And.Contain("Pakta integritas: Ditandatangani seluruh 32 pegawai, 8 Januari 2024");
        komitmen.Images.Should().ContainSingle().Which.Source.Should().Be("foto/deklarasi.jpg");
        komitmen.Notes.Should().Contain("ditandatangani seluruh tiga puluh dua pegawai");
        var tim = Plan.Slides.Single(s => s.Key == "tim");
        tim.Title.Should().Be("Tim Kerja Zona Integritas");
        tim.Bullets.Select(b => b.Text).Should().Contain("Tim kerja Zona Integritas (7 orang)").And.Contain("Ketua Tim ZI: Dewi Lestari (MP)");
        tim.Images.Should().BeEmpty();
    }

    [Fact]
    public void The_dashboard_shows_every_indicator_from_its_baseline_with_an_arrow_and_the_target_status()
    {
        var table = Plan.Slides.Single(s => s.Key == "hasil-dasbor").Table!;

        table.Header.Should().Equal("Indikator", "Awal", "Terakhir", "Arah", "Target", "Status");
        table.Rows.Should().HaveCount(Samples.Profile.IndikatorKinerja.Count);
        table.Rows[2].Should().Equal("Rata-rata Waktu Penerbitan SP2D", "52 menit (2022)", "31 menit (2024)", "↓ membaik", "45 menit", "✓ tercapai");
        table.Rows[3].Should().Equal("Jumlah Pengaduan Layanan", "14 (2022)", "11 (2024)", "↓ membaik", "8", "✗ belum tercapai");
    }

    [Fact]
    public void Every_script_uses_the_first_year_as_baseline_and_spoken_forms()
    {
        foreach (var slide in Plan.Slides)
        {
            slide.Notes.Should().NotContain("(20", slide.Key + ": years are said, not bracketed");
            slide.Notes.Should().NotContain("KEP-12", slide.Key + ": decree numbers are not read aloud");
            slide.Notes.Should().NotMatchRegex(@"(^|\n\n)\p{Ll}", slide.Key + ": every sentence starts with a capital");
        }
        Plan.Slides.Count(s => s.Notes.Contains("Capaian ini")).Should().BeLessThanOrEqualTo(2, "connectives vary");
    }

    [Fact]
    public void Surveys_are_one_column_chart_with_IPAK_and_IPKP()
    {
        var survei = Plan.Slides.Single(s => s.Key == "hasil-survei").Chart!;

        survei.Type.Should().Be(ChartType.Column);
        survei.Series.Select(s => s.Name).Should().Equal("IPAK", "IPKP");
        survei.Series[0].Values.Should().Equal(3.60, 3.81);
        survei.Series[1].Values.Should().Equal(3.55, 3.79);
    }

    [Fact]
    public void Every_slide_has_a_script_for_the_unit_head_and_its_time_comes_from_that_script()
    {
        var options = new DeckOptions();
        foreach (var slide in Plan.Slides)
        {
            slide.Notes.Should().NotBeNullOrWhiteSpace(slide.Key);
            slide.Seconds.Should().Be(SpeechTiming.Seconds(slide.Notes, options), slide.Key);
        }
        Plan.Slides.Single(s => s.Key == "profil").Notes.Should().Contain("Saya, Budi Santoso, selaku Kepala Kantor, berkomitmen");
    }

    [Fact]
    public void The_sample_fits_twenty_minutes_without_condensing()
    {
        Plan.LimitSeconds.Should().Be(1200);
        Plan.TotalSeconds.Should().Be(Plan.Slides.Sum(s => s.Seconds)).And.BeLessThanOrEqualTo(1200);
        Plan.Condensed.Should().BeEmpty();
        Plan.FitsLimit.Should().BeTrue();
    }

    [Fact]
    public void Testimonials_are_quoted_with_who_said_them()
    {
        var quote = Plan.Slides.Single(s => s.Kind == SlideKind.Quote);

        quote.Bullets[0].Text.Should().StartWith("\u201CSejak ada layanan antar dokumen");
        quote.Bullets[1].Should().Be(new Bullet("— Ibu Sari, Bendahara satker mitra", 1));
    }

    [Fact]
    public void Slide_keys_are_unique()
    {
        Plan.Slides.Select(s => s.Key).Should().OnlyHaveUniqueItems();
    }
}

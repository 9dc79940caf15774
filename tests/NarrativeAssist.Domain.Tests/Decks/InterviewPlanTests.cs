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

        upaya.Select(s => s.Key).Should().Equal("upaya-MP", "upaya-TL", "upaya-SDM", "upaya-AK", "upaya-PW", "upaya-PP");
        upaya[0].Title.Should().Be("Upaya: Manajemen Perubahan");
        upaya[0].Bullets.Select(b => b.Text).Should().Equal(Samples.Profile.Upaya.Single(u => u.Area == "MP").Kegiatan);
    }

    [Fact]
    public void Innovations_are_grouped_by_the_five_kinds_and_the_replicated_one_names_its_replicating_units()
    {
        var inovasi = Plan.Sections.Single(s => s.Key == "inovasi").Slides;

        inovasi.Select(s => s.Key).Should().Equal("inovasi-internal", "inovasi-eksternal", "inovasi-branding", "inovasi-integritas", "inovasi-kolaborasi");
        var eksternal = inovasi[1];
        eksternal.Bullets[0].Text.Should().Be("Layanan Antar Dokumen (LANDO) ★ Direplikasi oleh KPPN Sukamaju dan KPPN Tanjung Harapan");
        eksternal.Notes.Should().Contain("telah direplikasi oleh KPPN Sukamaju dan KPPN Tanjung Harapan");
        eksternal.Images.Should().ContainSingle().Which.Caption.Should().Contain("Foto kunjungan replikasi KPPN Sukamaju");
        inovasi.Where(s => s != eksternal).SelectMany(s => s.Bullets).Should().NotContain(b => b.Text.Contains('★'));
    }

    [Fact]
    public void Every_indicator_gets_a_chart_with_the_profiles_values_and_its_target()
    {
        var charts = Plan.Sections.Single(s => s.Key == "hasil").Slides.Where(s => s.Key.StartsWith("hasil-", StringComparison.Ordinal) && s.Key != "hasil-survei").ToList();

        charts.Should().HaveCount(Samples.Profile.IndikatorKinerja.Count);
        var ikm = charts[0].Chart!;
        ikm.Type.Should().Be(ChartType.Line);
        ikm.Categories.Should().Equal("2022", "2023", "2024");
        ikm.Series[0].Values.Should().Equal(3.21, 3.45, 3.58);
        ikm.Series[1].Name.Should().Be("Target");
        ikm.Series[1].Values.Should().Equal(3.5, 3.5, 3.5);
        charts[0].Bullets[0].Text.Should().Be("Naik dari 3,45 (2023) menjadi 3,58 (2024)");
        charts[0].Bullets[1].Text.Should().Be("Melampaui target 3,50");
    }

    [Fact]
    public void An_indicator_that_got_worse_is_said_so_in_the_script()
    {
        var pengaduan = Plan.Slides.Single(s => s.Title == "Jumlah Pengaduan Layanan");

        pengaduan.Notes.Should().Contain("naik dari 9 (2023) menjadi 11 (2024)").And.Contain("belum mencapai target 8").And.Contain("belum membaik");
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

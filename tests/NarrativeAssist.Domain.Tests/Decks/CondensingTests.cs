using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Domain.Tests.Decks;

public class CondensingTests
{
    [Fact]
    public void A_rich_profile_is_condensed_until_it_fits_and_the_user_is_told_what_was_condensed()
    {
        var rich = Samples.Rich(4);
        var full = DeckPlanner.Plan(DeckKind.WawancaraVirtual, rich, BuiltInData.Catalog, new DeckOptions { InterviewLimitSeconds = 100 * 60 });
        full.TotalSeconds.Should().BeGreaterThan(1200, "the rich profile needs condensing at 20 minutes");

        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, rich, BuiltInData.Catalog);

        plan.FitsLimit.Should().BeTrue();
        plan.TotalSeconds.Should().BeLessThanOrEqualTo(1200);
        plan.Condensed.Should().NotBeEmpty();
        plan.Condensed[0].Should().StartWith("Naskah setiap salindia dipersingkat");
        plan.Warnings.Should().NotContain(w => w.Code == "melebihi_waktu");
    }

    [Fact]
    public void Crowded_slides_count_against_the_limit_as_the_continuation_slides_they_will_need()
    {
        var rich = Samples.Rich(4);
        var full = DeckPlanner.Plan(DeckKind.WawancaraVirtual, rich, BuiltInData.Catalog, new DeckOptions { InterviewLimitSeconds = 7200 });
        full.Slides.Sum(SlideSpace.ContinuationSlides).Should().BeGreaterThan(0, "four times the sample's awards and innovations do not fit their slides");

        // The speaking time alone fits this limit exactly; the slide changes of the continuation slides do not.
        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, rich, BuiltInData.Catalog, new DeckOptions { InterviewLimitSeconds = full.TotalSeconds });

        plan.Condensed.Should().NotBeEmpty();
        DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog).Slides.Sum(SlideSpace.ContinuationSlides)
            .Should().Be(0, "the sample's slides each fit one slide");
    }

    [Fact]
    public void Condensing_keeps_the_replicated_innovation_marked()
    {
        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Rich(4), BuiltInData.Catalog);

        plan.Slides.SelectMany(s => s.Bullets).Should().Contain(b => b.Text.Contains("★ Direplikasi oleh KPPN Sukamaju"));
    }

    [Fact]
    public void Merged_innovations_and_limited_charts_are_reported_with_counts()
    {
        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Rich(4), BuiltInData.Catalog, new DeckOptions { InterviewLimitSeconds = 12 * 60 });

        plan.Condensed.Should().Contain(c => c.Contains("24 inovasi dipaparkan dalam satu salindia"));
        plan.Condensed.Should().Contain("Grafik dibatasi empat indikator; 16 indikator lain diringkas dalam satu tabel.");
        plan.Slides.Count(s => s.Chart is not null && s.Key != "hasil-survei").Should().BeLessThanOrEqualTo(4);
        var table = plan.Slides.Single(s => s.Key == "hasil-lainnya").Table!;
        table.Header.Should().Equal("Indikator", "Awal", "Terakhir", "Target", "Keterangan");
    }

    [Fact]
    public void A_profile_too_rich_for_the_limit_says_so_after_every_step()
    {
        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Rich(6), BuiltInData.Catalog, new DeckOptions { InterviewLimitSeconds = 120 });

        plan.FitsLimit.Should().BeFalse();
        plan.Warnings.Should().ContainSingle(w => w.Code == "melebihi_waktu")
            .Which.Message.Should().Contain("melebihi batas 2:00");
        plan.Condensed.Should().HaveCountGreaterThan(4);
    }

    [Fact]
    public void A_step_that_changes_nothing_is_not_reported()
    {
        // The sample has at most three activities per lever: limiting them to three saves nothing.
        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog, new DeckOptions { InterviewLimitSeconds = 9 * 60 });

        plan.Condensed.Should().NotContain(c => c.StartsWith("Kegiatan per area dibatasi tiga", StringComparison.Ordinal));
    }

    [Fact]
    public void Slower_speech_makes_the_same_deck_longer()
    {
        var normal = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog);
        var slow = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog, new DeckOptions { WordsPerMinute = 90, InterviewLimitSeconds = 60 * 60 });

        slow.TotalSeconds.Should().BeGreaterThan(normal.TotalSeconds);
        slow.WordsPerMinute.Should().Be(90);
    }

    [Fact]
    public void Options_out_of_range_are_refused_in_Indonesian()
    {
        var act = () => DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog, new DeckOptions { WordsPerMinute = 5 });

        act.Should().Throw<ArgumentException>().WithMessage("*kecepatan bicara harus 60–250 kata per menit*");
    }
}

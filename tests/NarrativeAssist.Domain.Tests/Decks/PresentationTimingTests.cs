using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Domain.Tests.Decks;

public class PresentationTimingTests
{
    private static string Words(int n) => string.Join(' ', Enumerable.Repeat("kata", n));

    [Fact]
    public void Slides_without_notes_and_over_budget_are_flagged()
    {
        var slides = new[]
        {
            new PresentedSlide(1, "Judul", Words(40)),
            new PresentedSlide(2, "Tanpa naskah", ""),
            new PresentedSlide(3, "Terlalu panjang", Words(330)),   // 3 minutes at 110 words a minute
            new PresentedSlide(4, "Penutup", Words(20)),
        };

        var report = PresentationTiming.Check(slides, 600);

        report.Slides[0].BudgetSeconds.Should().Be(225);   // 1.5 × 600 / 4
        report.WithoutNotes.Should().Equal(2);
        report.OverBudget.Should().BeEmpty();
        report.Slides[1].Seconds.Should().Be(3, "only the slide change");
        report.TotalSeconds.Should().Be(report.Slides.Sum(s => s.Seconds));

        var tight = PresentationTiming.Check(slides, 200);
        tight.OverBudget.Should().Equal(3);
        tight.FitsLimit.Should().BeFalse();
    }

    [Fact]
    public void A_generated_deck_reads_back_to_the_same_total_as_its_plan()
    {
        var plan = DeckPlanner.Plan(DeckKind.WawancaraVirtual, Samples.Profile, BuiltInData.Catalog);
        var read = plan.Slides.Select((s, i) => new PresentedSlide(i + 1, s.Title, s.Notes)).ToList();

        var report = PresentationTiming.Check(read, plan.LimitSeconds);

        report.TotalSeconds.Should().Be(plan.TotalSeconds);
        report.WithoutNotes.Should().BeEmpty();
        report.FitsLimit.Should().BeTrue();
    }
}

namespace NarrativeAssist.Domain.Decks;

/// <summary>A slide of a presentation someone already has open: its title and speaker notes as read from the file.</summary>
public sealed record PresentedSlide(int Number, string Title, string Notes);

/// <summary>One slide's estimate. <see cref="BudgetSeconds"/> is its fair share of the limit with some slack.</summary>
public sealed record TimedSlide(int Number, string Title, int Words, int Seconds, bool HasNotes, bool OverBudget, int BudgetSeconds);

public sealed record PresentationTimingReport(int LimitSeconds, int TotalSeconds, int WordsPerMinute, IReadOnlyList<TimedSlide> Slides)
{
    public bool FitsLimit => TotalSeconds <= LimitSeconds;
    public IReadOnlyList<int> WithoutNotes => Slides.Where(s => !s.HasNotes).Select(s => s.Number).ToList();
    public IReadOnlyList<int> OverBudget => Slides.Where(s => s.OverBudget).Select(s => s.Number).ToList();
}

/// <summary>The timing check of an existing presentation (PowerPoint pane): the same speaking-time estimate as the
/// planner, per slide and in total against the limit. A slide is over budget when its script takes more than one and
/// a half times its fair share of the limit (and at least a minute): long enough to lose the evaluators.</summary>
public static class PresentationTiming
{
    public static PresentationTimingReport Check(IReadOnlyList<PresentedSlide> slides, int limitSeconds, DeckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(slides);
        options ??= new DeckOptions();
        var budget = slides.Count == 0 ? limitSeconds : Math.Max(60, (int)Math.Ceiling(1.5 * limitSeconds / slides.Count));
        var timed = slides.Select(s =>
        {
            var words = SpeechTiming.SpokenWords(s.Notes);
            var seconds = SpeechTiming.Seconds(s.Notes, options);
            return new TimedSlide(s.Number, s.Title, words, seconds, words > 0, seconds > budget, budget);
        }).ToList();
        return new PresentationTimingReport(limitSeconds, timed.Sum(t => t.Seconds), options.WordsPerMinute, timed);
    }
}

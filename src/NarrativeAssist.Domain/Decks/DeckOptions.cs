namespace NarrativeAssist.Domain.Decks;

/// <summary>How decks are timed. Defaults suit a formal Indonesian presentation read from a script.</summary>
public sealed record DeckOptions
{
    /// <summary>Speaking rate. Guides on presenting put a comfortable rate at 100–150 words a minute for English
    /// (Beebe 1991: 120–180 on average; presentations slower than conversation). Indonesian words are longer (more
    /// syllables a word, many affixes), and a unit head reading a formal script to evaluators speaks slowly, so the
    /// default takes the low end: 110. Teams that rehearse should set their measured rate.</summary>
    public int WordsPerMinute { get; init; } = 110;

    /// <summary>Changing slide and letting the audience look at it.</summary>
    public int SlideChangeSeconds { get; init; } = 3;

    /// <summary>Limit for the virtual interview: 20 minutes (seed 004).</summary>
    public int InterviewLimitSeconds { get; init; } = 20 * 60;

    /// <summary>Limit for the field-visit opening: 10 minutes, the upper end of its 7–10 minutes.</summary>
    public int FieldVisitLimitSeconds { get; init; } = 10 * 60;

    /// <summary>Shortest field-visit opening: 7 minutes, the lower end of its 7–10 minutes (a shorter one wastes the
    /// evaluators' one look at the unit before the tour).</summary>
    public int FieldVisitMinSeconds { get; init; } = 7 * 60;

    /// <summary>The shortest a deck of <paramref name="kind"/> should run (0: no minimum).</summary>
    public int MinimumFor(DeckKind kind) => kind == DeckKind.ObservasiLapangan ? Math.Min(FieldVisitMinSeconds, FieldVisitLimitSeconds) : 0;

    public int LimitFor(DeckKind kind) => kind == DeckKind.WawancaraVirtual ? InterviewLimitSeconds : FieldVisitLimitSeconds;

    /// <summary>These options with the limit of <paramref name="kind"/> set (a user's "--limit-minutes" or "limitMinutes").</summary>
    public DeckOptions WithLimit(DeckKind kind, int seconds) =>
        kind == DeckKind.WawancaraVirtual ? this with { InterviewLimitSeconds = seconds } : this with { FieldVisitLimitSeconds = seconds };

    /// <summary>Indonesian problems with the values, empty when valid (options may come from users).</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (WordsPerMinute is < 60 or > 250) errors.Add("kecepatan bicara harus 60–250 kata per menit");
        if (SlideChangeSeconds is < 0 or > 30) errors.Add("jeda pergantian salindia harus 0–30 detik");
        if (InterviewLimitSeconds is < 60 or > 7200) errors.Add("batas waktu wawancara harus 1–120 menit");
        if (FieldVisitLimitSeconds is < 60 or > 7200) errors.Add("batas waktu observasi harus 1–120 menit");
        return errors;
    }
}

namespace NarrativeAssist.Documents.Decks;

/// <summary>The smallest text size (hundredths of a point) each role may be fitted down to. Evaluators read slides on a
/// shared screen or from the back of a room: body text stays at 18 pt or more on the built-in templates and on any
/// template whose own body size is 18 pt or more; nothing anywhere goes under 14 pt. Titles stop at 28 pt on the
/// built-in templates, 20 pt elsewhere (or the template's own size when smaller, never under 14 pt); text that cannot
/// move to a continuation slide may go further, to <see cref="Last"/>.</summary>
internal readonly record struct Floors(bool BuiltIn)
{
    public const int Absolute = 1400;
    public const int Table = 1400;

    public int Body(int natural) => BuiltIn || natural >= 1800 ? 1800 : Absolute;

    public int Title(int natural) => Math.Max(Absolute, Math.Min(natural, BuiltIn ? 2800 : 2000));

    /// <summary>How far text that cannot move to a continuation slide (titles, subtitles) may go when its role's floor
    /// does not fit: the body floor of the built-in templates, the absolute floor elsewhere.</summary>
    public int Last => BuiltIn ? 1800 : Absolute;
}

/// <summary>A slide as composed: what went where (mapping report), whether every text body fits at the sizes written,
/// what fitting did (sizes, points moved), and the continuation slide to compose next when content did not fit.</summary>
internal sealed record ComposedSlide(IReadOnlyList<string> Placed, bool Fits, IReadOnlyList<string> FitActions, Domain.Decks.SlidePlan? Overflow);

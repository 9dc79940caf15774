using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Checking;

/// <summary>How a checklist element stands in a narrative, as an evaluator reads it.</summary>
public enum ElementState
{
    /// <summary>Stated as realised, with facts, with its qualifier (number, date …) where one is asked.</summary>
    Covered,
    /// <summary>Not mentioned at all.</summary>
    Missing,
    /// <summary>Mentioned only as a plan, work under way, a draft, or negated ("belum ada SK").</summary>
    NotRealised,
    /// <summary>Mentioned only through a quality claim with no fact in its sentence ("secara berkala").</summary>
    BareClaim,
    /// <summary>Mentioned as realised, but without the qualifier asked (an SK without number or date).</summary>
    Incomplete,
}

/// <summary>An element's state and the match it rests on (null when missing).</summary>
public readonly record struct ElementOutcome(ChecklistElement Element, ElementState State, Rules.PatternMatch? At);

/// <summary>Reads each checklist element: a mention counts only in an asserted, realised clause and only where facts
/// carry it, so "belum terintegrasi", "rancangan SK" and "secara berkala" tick nothing.</summary>
public static class ElementReading
{
    public static ElementOutcome Evaluate(ChecklistElement e, RuleContext ctx)
    {
        var hits = ctx.Matches(e.Any);
        if (hits.Count == 0) return new(e, ElementState.Missing, null);
        var reading = ctx.Reading;
        PatternMatch? firstRealised = null, firstProven = null;
        foreach (var h in hits)
        {
            if (!reading.IsRealisedAt(h.Start)) continue;
            firstRealised ??= h;
            if (reading.IsBareClaim(h.Start, h.Length)) continue;
            firstProven ??= h;
            if (e.With.IsEmpty || ctx.HasInSentence(e.With, h.Sentence)) return new(e, ElementState.Covered, h);
        }
        if (firstProven is { } p) return new(e, ElementState.Incomplete, p);
        if (firstRealised is { } r) return new(e, ElementState.BareClaim, r);
        return new(e, ElementState.NotRealised, hits[0]);
    }

    /// <summary>Why a mention does not count, in the words of an evaluator: "masih berupa rencana", "dinyatakan belum ada".</summary>
    public static string WhyNotRealised(NarrativeReading reading, int position)
    {
        var clause = reading.ClauseAt(position);
        if (clause.Realised) return "dinyatakan belum/tidak ada";
        return clause.Stage switch
        {
            ClauseStage.Planned => "masih berupa rencana",
            ClauseStage.InProgress => "masih dalam proses",
            _ => "masih berupa rancangan",
        };
    }
}

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
        PatternMatch? firstRealised = null, firstProven = null, firstUnrealised = null;
        foreach (var h in hits)
        {
            // "Tiga rekomendasi belum dapat dilaksanakan" beside "12 rekomendasi telah ditindaklanjuti": the remainder
            // is partial coverage, judged by the answer's quantifier; it neither shows nor negates the element.
            if (reading.IsCountedShortfall(reading.ClauseIndexAt(h.Start))) continue;
            if (!reading.IsRealisedAt(h.Start) && !AsksForState(reading, h)) { firstUnrealised ??= h; continue; }
            firstRealised ??= h;
            if (reading.IsBareClaim(h.Start, h.Length)) continue;
            firstProven ??= h;
            if (e.With.IsEmpty || ctx.HasInSentence(e.With, h.Sentence)) return new(e, ElementState.Covered, h);
        }
        if (firstProven is { } p) return new(e, ElementState.Incomplete, p);
        if (firstRealised is { } r) return new(e, ElementState.BareClaim, r);
        return firstUnrealised is { } u ? new(e, ElementState.NotRealised, u) : new(e, ElementState.Missing, null);
    }

    /// <summary>The element's own words carry the stage or negation that makes the clause unrealised: it asks for that
    /// state ("Status pengaduan yang sedang diproses": "2 pengaduan masih dalam proses"), which is then reported, not
    /// planned or denied.</summary>
    public static bool AsksForState(NarrativeReading reading, PatternMatch h)
    {
        var c = reading.ClauseAt(h.Start);
        var end = h.Start + h.Length;
        var stageInHit = c.Realised || c.MarkerStart >= h.Start && c.MarkerStart < end;
        var token = reading.Text.TokenIndexAt(h.Start);
        var negationInHit = !c.NegatesToken(token)
            || reading.Text.Tokens[c.NegationStart].Start >= h.Start && reading.Text.Tokens[c.NegationStart].Start < end;
        return stageInHit && negationInHit;
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

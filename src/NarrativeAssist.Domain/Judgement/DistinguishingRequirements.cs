using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>What sets each option apart from the option below it (Data/options key <c>pembeda</c>, linking options to
/// checklist elements): an evaluator gives answer A only when the narrative shows what A has and B lacks — the
/// involvement of pimpinan, the unit's own innovation, the users' assessment, the link to SIPPN. A narrative that shows
/// only the lower option's content supports the lower option. An element counts as shown only when it is covered
/// (stated as realised, with facts), so "secara berkala" or "inovasi terus dikembangkan" shows nothing.</summary>
internal static class DistinguishingRequirements
{
    /// <summary>The elements option <paramref name="option"/> needs (its own and those of every option below it) that
    /// the narrative does not show. Elements the checklist lacks (an inspectorate's own data) are not asked.</summary>
    public static List<ElementOutcome> Missing(QuestionCriteria q, int option, RuleContext ctx) =>
        Required(q, option, ctx).Where(o => !IsShown(o, ctx)).ToList();

    /// <summary>Covered (stated as realised, with facts, with its qualifier where the element asks one), or claimed in a
    /// sentence that introduces a list of facts ("… dalam seluruh tahapan: 1) rapat pagu indikatif 14 Februari …"):
    /// the list carries the claim.</summary>
    public static bool IsShown(ElementOutcome o, RuleContext ctx)
    {
        if (o.State == ElementState.Covered) return true;
        if (o.State != ElementState.BareClaim || o.At is not { } at) return false;
        var sentences = ctx.Text.Sentences;
        var s = sentences[at.Sentence];
        return at.Sentence + 1 < sentences.Count && ctx.Text.Text[s.Start..s.End].TrimEnd().EndsWith(':')
            && ctx.Reading.SentenceHasFact(at.Sentence + 1);
    }

    /// <summary>Elements that set apart only options above <paramref name="claimed"/>: the claimed option does not need them.</summary>
    public static IReadOnlySet<string> AskedOnlyAbove(QuestionCriteria q, int claimed)
    {
        if (claimed <= 0) return new HashSet<string>();
        var above = q.Options.Take(claimed).SelectMany(o => o.Distinguishing).ToHashSet(StringComparer.Ordinal);
        above.ExceptWith(q.Options.Skip(claimed).SelectMany(o => o.Distinguishing));
        return above;
    }

    /// <summary>The best option at or below <paramref name="from"/> whose distinguishing elements are all shown.</summary>
    public static int Supported(QuestionCriteria q, int from, RuleContext ctx)
    {
        for (var i = Math.Max(0, from); i < q.Options.Count; i++)
            if (Missing(q, i, ctx).Count == 0) return i;
        return q.Options.Count - 1;
    }

    /// <summary>Shown elements that speak for option <paramref name="option"/>: its distinguishing elements, or else
    /// the covered core elements (what the narrative is about).</summary>
    public static List<ElementOutcome> Shown(QuestionCriteria q, int option, RuleContext ctx)
    {
        var shown = Required(q, option, ctx).Where(o => IsShown(o, ctx)).ToList();
        if (shown.Count == 0)
            shown = ctx.Elements.Values.Where(o => o.Element.Core && o.State == ElementState.Covered).ToList();
        return shown;
    }

    private static IEnumerable<ElementOutcome> Required(QuestionCriteria q, int option, RuleContext ctx)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = option; i < q.Options.Count; i++)
            foreach (var id in q.Options[i].Distinguishing)
                if (seen.Add(id) && ctx.Elements.TryGetValue(id, out var outcome))
                    yield return outcome;
    }

    /// <summary>The element in the evaluator's words, with why a mention does not count.</summary>
    public static string Describe(ElementOutcome o)
    {
        var label = Lower(o.Element.Label);
        return o.State switch
        {
            ElementState.BareClaim => $"{label} (hanya dinyatakan, tanpa fakta yang menunjukkannya)",
            ElementState.NotRealised => $"{label} (disebut, tetapi belum terwujud)",
            ElementState.Incomplete => $"{label} (disebut tanpa rincian yang menunjukkannya)",
            _ => label,
        };
    }

    public static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    public static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join("; ", list.Take(list.Count - 1)) + " dan " + list[^1];
    }
}

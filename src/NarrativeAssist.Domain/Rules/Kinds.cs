using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Rules;

/// <summary>existence: each occurrence of <see cref="Tokens"/> is a finding, unless a pattern of
/// <see cref="Unless"/> occurs in the same sentence.</summary>
public sealed class ExistenceRule : NarrativeRule
{
    public required PatternSet Tokens { get; init; }
    public PatternSet Unless { get; init; } = PatternSet.Empty;
    /// <summary>Only behind the top answer (or none): "tidak berkala" is a defect only where the answer claims berkala.</summary>
    public bool OnlyTopAnswer { get; init; }

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        if (OnlyTopAnswer && !ctx.AnswerIsTopOrNone) return;
        findings.AddRange(ctx.Matches(Tokens)
            .Where(m => Unless.IsEmpty || !ctx.HasInSentence(Unless, m.Sentence))
            .Take(MaxFindingsPerRule)
            .Select(m => At(m, ctx)));
    }
}

/// <summary>occurrence: the number of matches of <see cref="Pattern"/> must lie in [Min, Max].</summary>
public sealed class OccurrenceRule : NarrativeRule
{
    public required PatternSet Pattern { get; init; }
    public int? Min { get; init; }
    public int? Max { get; init; }

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        var matches = ctx.Matches(Pattern);
        if (Min is { } min && matches.Count < min) findings.Add(Whole());
        if (Max is { } max && matches.Count > max) findings.Add(At(matches[max], ctx));
    }
}

/// <summary>conditional: where <see cref="If"/> occurs, at least <see cref="Min"/> matches of <see cref="Then"/>
/// must occur in the same sentence (scope kalimat) or anywhere in the narrative (scope narasi).</summary>
public sealed class ConditionalRule : NarrativeRule
{
    public required PatternSet If { get; init; }
    public required PatternSet Then { get; init; }
    public bool SameSentence { get; init; } = true;
    public int Min { get; init; } = 1;

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        var triggers = ctx.Matches(If);
        if (triggers.Count == 0) return;
        var then = ctx.Matches(Then);
        if (!SameSentence)
        {
            if (then.Count < Min) findings.Add(At(triggers[0], ctx));
            return;
        }
        findings.AddRange(triggers
            .Where(t => then.Count(m => m.Sentence == t.Sentence) < Min)
            .DistinctBy(t => t.Sentence)
            .Take(MaxFindingsPerRule)
            .Select(t => At(t, ctx)));
    }
}

/// <summary>metric: the narrative's word count must lie in [Min, Max]. With <see cref="OnlyWhenIncomplete"/> the
/// minimum speaks only when a core element is missing: a short narrative that says everything is complete
/// (a 37-word Ya/Tidak answer with its SK number and date).</summary>
public sealed class MetricRule : NarrativeRule
{
    public int? Min { get; init; }
    public int? Max { get; init; }
    public bool OnlyWhenIncomplete { get; init; }

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        if (OnlyWhenIncomplete && !ctx.CoreIncomplete) return;
        var words = ctx.Text.WordCount;
        var count = words.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Min is { } min && words < min) findings.Add(At(0, 0, count));
        if (Max is { } max && words > max) findings.Add(At(0, 0, count));
    }
}

/// <summary>evidence: with no <see cref="With"/>, the narrative must name some bukti dukung (the generic
/// vocabulary, the question's evidence list, or a document as officials name it: <see cref="Text.Reading.EvidenceNaming"/>). With <see cref="With"/>, a sentence naming evidence should also
/// carry one of those (number, date, link) so an evaluator can find the document.</summary>
public sealed class EvidenceRule : NarrativeRule
{
    public required PatternSet Tokens { get; init; }
    public PatternSet With { get; init; } = PatternSet.Empty;

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        if (ctx.AnswerIsLowest) return; // "Tidak" has nothing to prove
        var mentions = ctx.Matches(Tokens).Concat(ctx.Checklist.Evidence.SelectMany(e => ctx.Matches(e.Any))).ToList();
        if (With.IsEmpty)
        {
            if (mentions.Count > 0 || Text.Reading.EvidenceNaming.NamesDocument(ctx.Text, ctx.Evidence)) return;
            // Realised, dated work on something the question asks points the evaluator at its own records (the
            // evaluator opens the question's evidence folder anyway, EVALUATOR.md §4): naming the evidence still helps
            // the writer, but its absence is not what an evaluator marks — a suggestion. Without such work (bare claims,
            // plans, a figure with no period) nothing can be checked, and the missing evidence is marked.
            findings.Add(ImpliedByRealisedWork(ctx) ? Whole() with { Severity = Severity.Saran, Defect = null } : Whole());
            return;
        }
        if (mentions.Count > 0 && !mentions.Any(m => ctx.HasInSentence(With, m.Sentence)))
            findings.Add(At(mentions[0], ctx));
    }

    /// <summary>The narrative reports realised work with its date, year or period, and at least one checklist element of the
    /// question is shown by it.</summary>
    private static bool ImpliedByRealisedWork(RuleContext ctx) =>
        ctx.Reading.HasRealisedWorkWithTime && ctx.Checklist.Elements.Any(e => !ctx.UnmetElements.Contains(e));
}

/// <summary>answer: consistency of the chosen answer with the narrative. <c>when: top</c> — the best option,
/// where its penjelasan mentions <see cref="OptionMentions"/> (e.g. "seluruh"), needs the narrative to
/// show <see cref="Require"/>. <c>when: bottom</c> — the worst option with more than <see cref="MaxWords"/> words.</summary>
public sealed class AnswerRule : NarrativeRule
{
    public required bool Top { get; init; }
    public PatternSet OptionMentions { get; init; } = PatternSet.Empty;
    public PatternSet Require { get; init; } = PatternSet.Empty;
    public int? MaxWords { get; init; }

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        var options = ctx.Question.Options;
        if (ctx.Answer is null || options.Count == 0) return;
        var chosen = Top ? options[0] : options[^1];
        if (!chosen.Code.Equals(ctx.Answer, StringComparison.OrdinalIgnoreCase)) return;
        if (Top)
        {
            if (!OptionMentions.IsEmpty && !OptionMentionsIn(chosen.Penjelasan)) return;
            if (!Require.IsEmpty && !ctx.Has(Require)) findings.Add(At(0, 0, chosen.Code));
        }
        else if (MaxWords is { } max && ctx.Text.WordCount > max) findings.Add(At(0, 0, chosen.Code));
    }

    private readonly Dictionary<string, bool> _mentions = new(StringComparer.Ordinal);

    private bool OptionMentionsIn(string penjelasan)
    {
        lock (_mentions)
        {
            if (!_mentions.TryGetValue(penjelasan, out var hit))
                _mentions[penjelasan] = hit = OptionMentions.Find(Text.AnalyzedText.Analyze(penjelasan)).Count > 0;
            return hit;
        }
    }
}

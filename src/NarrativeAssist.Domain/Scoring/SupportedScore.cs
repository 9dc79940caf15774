using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>A question whose narrative supports less than its claimed answer, and the points the claim puts at risk.</summary>
public sealed record AtRisk(string QuestionId, string Claimed, string Supported, double Points);

/// <summary>The score the narratives support (issue #14 item 3): each claimed answer lowered to the answer its
/// narrative supports where that is lower. Beside the claimed score it shows the unit's risk in front of the evaluators;
/// <see cref="Strengthen"/> names the narratives to strengthen first (most points at risk first).</summary>
public sealed record SupportedScore(
    double Total,
    IReadOnlyList<NodeScore> Components,
    IReadOnlyList<NodeScore> Areas,
    IReadOnlyList<NodeScore> Levers,
    IReadOnlyList<PredicateResult> Predicates,
    IReadOnlyList<AtRisk> Strengthen)
{
    public bool EligibleFor(string predicate) => Predicates.Any(p => p.Id == predicate && p.Eligible);
}

public static class SupportedAnswers
{
    /// <summary>The answers the narratives support: a checked narrative whose inferred answer is worth less than the
    /// claimed one lowers it; every other claimed answer stands (a narrative that says too little is not guessed at).</summary>
    public static IReadOnlyDictionary<string, AnswerValue> From(LkeCatalog catalog, IReadOnlyDictionary<string, AnswerValue> claimed, IEnumerable<QuestionResult> results)
    {
        var supported = new Dictionary<string, AnswerValue>(claimed, StringComparer.Ordinal);
        foreach (var r in results)
        {
            if (r.InferredAnswer is not { } inferred || !claimed.TryGetValue(r.Id, out var claim) || catalog.FindQuestion(r.Id) is not { } q) continue;
            if (q.FindOption(inferred.Code) is not { } option || claim.Code is null) continue;
            if (option.Value < claim.ValueFor(q) - 1e-9) supported[r.Id] = new AnswerValue(option.Code, null, null);
        }
        return supported;
    }
}

using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>A node's score against its maximum (sub-area, area, part, lever or component).</summary>
public sealed record NodeScore(string Id, string Name, double Score, double Max)
{
    public double Percent => Max == 0 ? 0 : 100 * Score / Max;
}

/// <summary>One threshold of a predicate checked against the scores.</summary>
public sealed record ThresholdCheck(string Threshold, string Label, double Required, double Actual, bool Met, bool Verified, IReadOnlyList<string> Sources)
{
    public double Gap => Math.Max(0, Required - Actual);
}

public sealed record PredicateResult(string Id, string Name, bool Eligible, IReadOnlyList<ThresholdCheck> Checks)
{
    public IEnumerable<ThresholdCheck> Unmet => Checks.Where(c => !c.Met);
}

/// <summary>An answer change that raises the score, with the points it adds to the total.</summary>
public sealed record Improvement(string QuestionId, string? From, string To, double Gain);

public sealed record ScoreReport(
    double Total,
    IReadOnlyList<NodeScore> Components,
    NodeScore Pengungkit,
    IReadOnlyList<NodeScore> Areas,
    IReadOnlyList<NodeScore> Levers,
    IReadOnlyList<NodeScore> SubAreas,
    IReadOnlyList<PredicateResult> Predicates,
    string Target,
    AreaBasis AreaBasis,
    IReadOnlyList<Improvement> WhatIf,
    bool WhatIfReachesTarget,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<string> Notes)
{
    public PredicateResult TargetResult => Predicates.First(p => p.Id == Target);

    /// <summary>The score the narratives support, when the narratives were checked (null otherwise).</summary>
    public SupportedScore? Supported { get; init; }
}

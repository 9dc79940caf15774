using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Contracts;

// The `score` JSON contract shared by the CLI and the server. Names are fixed (issue #2); fields may be added.
public sealed record ScoreJson(
    double Total,
    IReadOnlyList<NodeJson> Components,
    IReadOnlyList<NodeJson> Areas,
    IReadOnlyDictionary<string, bool> Eligible,
    IReadOnlyList<GapJson> Gaps,
    IReadOnlyList<WhatIfJson> WhatIf,
    string Target,
    string AreaBasis,
    NodeJson Pengungkit,
    IReadOnlyList<NodeJson> Levers,
    IReadOnlyList<NodeJson> SubAreas,
    bool WhatIfReachesTarget,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<string> Notes,
    SupportedJson? Supported = null)
{
    public static ScoreJson From(ScoreReport r) => new(
        Round(r.Total),
        r.Components.Select(NodeJson.From).ToList(),
        r.Areas.Select(NodeJson.From).ToList(),
        r.Predicates.ToDictionary(p => p.Id, p => p.Eligible),
        r.TargetResult.Unmet.Select(GapJson.From).ToList(),
        r.WhatIf.Select(w => new WhatIfJson(w.QuestionId, w.From, w.To, Round(w.Gain))).ToList(),
        r.Target,
        AreaBasisName(r.AreaBasis),
        NodeJson.From(r.Pengungkit),
        r.Levers.Select(NodeJson.From).ToList(),
        r.SubAreas.Select(NodeJson.From).ToList(),
        r.WhatIfReachesTarget,
        r.Unanswered,
        r.Notes,
        SupportedJson.From(r));

    public static string AreaBasisName(AreaBasis b) => b switch
    {
        Catalog.AreaBasis.Gabungan => "gabungan",
        Catalog.AreaBasis.PerBagian => "per_bagian",
        _ => "keduanya",
    };

    internal static double Round(double v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);
}

public sealed record NodeJson(string Id, string Name, double Score, double Max, double Percent)
{
    public static NodeJson From(NodeScore n) => new(n.Id, n.Name, ScoreJson.Round(n.Score), n.Max, ScoreJson.Round(n.Percent));
}

public sealed record GapJson(string Threshold, string Label, double Required, double Actual, double Gap, bool Verified)
{
    public static GapJson From(ThresholdCheck c) =>
        new(c.Threshold, c.Label, ScoreJson.Round(c.Required), ScoreJson.Round(c.Actual), ScoreJson.Round(c.Gap), c.Verified);
}

public sealed record WhatIfJson(string QuestionId, string? From, string To, double Gain);

/// <summary>The score the narratives support beside the claimed one: total, per part, area and lever, eligibility of
/// each predicate, the gap to the claimed total, and the narratives to strengthen first.</summary>
public sealed record SupportedJson(
    double Total,
    double Gap,
    IReadOnlyList<NodeJson> Components,
    IReadOnlyList<NodeJson> Areas,
    IReadOnlyList<NodeJson> Levers,
    IReadOnlyDictionary<string, bool> Eligible,
    IReadOnlyList<AtRiskJson> Strengthen)
{
    public static SupportedJson? From(ScoreReport r) => r.Supported is not { } s ? null : new(
        ScoreJson.Round(s.Total),
        ScoreJson.Round(Math.Max(0, r.Total - s.Total)),
        s.Components.Select(NodeJson.From).ToList(),
        s.Areas.Select(NodeJson.From).ToList(),
        s.Levers.Select(NodeJson.From).ToList(),
        s.Predicates.ToDictionary(p => p.Id, p => p.Eligible),
        s.Strengthen.Select(a => new AtRiskJson(a.QuestionId, a.Claimed, a.Supported, ScoreJson.Round(a.Points))).ToList());
}

public sealed record AtRiskJson(string QuestionId, string Claimed, string Supported, double Points);

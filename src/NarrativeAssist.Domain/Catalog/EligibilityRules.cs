namespace NarrativeAssist.Domain.Catalog;

/// <summary>How the per-area minimum is read — the sources disagree (reference D8).</summary>
public enum AreaBasis
{
    /// <summary>Pemenuhan + Reform of the same lever together (max MP 8, TL 7, …).</summary>
    Gabungan,
    /// <summary>Each lever separately within Pemenuhan and within Reform.</summary>
    PerBagian,
    /// <summary>Both readings must hold (strictest).</summary>
    Keduanya,
}

public sealed record EligibilityRules(
    AreaBasis DefaultAreaBasis,
    IReadOnlyDictionary<AreaBasis, string> AreaBasisNotes,
    string Note,
    IReadOnlyList<PredicateRule> Predicates)
{
    public PredicateRule? Find(string id) =>
        Predicates.FirstOrDefault(p => p.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}

public sealed record PredicateRule(string Id, string Name, string? RequiresPredicate, IReadOnlyList<Threshold> Thresholds);

/// <summary>One minimum of a predicate. <see cref="Measure"/> lists the catalog node ids whose scores are summed;
/// an area-percent threshold instead applies <see cref="MinPercent"/> to every lever.</summary>
public sealed record Threshold(
    string Id,
    string Label,
    IReadOnlyList<string> Measure,
    double? Min,
    double? MinPercent,
    IReadOnlyList<string> Sources,
    bool Verified,
    string? Note)
{
    public bool IsAreaPercent => MinPercent is not null;
}

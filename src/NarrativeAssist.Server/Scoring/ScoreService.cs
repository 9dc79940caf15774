using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Server.Scoring;

/// <summary>Why a score request is refused: a stable code and an Indonesian sentence.</summary>
public sealed record ScoreRefusal(string Code, string Detail);

/// <summary>Scores with the deployment's area basis unless the request names one.</summary>
public sealed class ScoreService(ScoreCalculator calculator, ScoringSettings settings)
{
    public LkeCatalog Catalog => calculator.Catalog;

    /// <summary>The score, or why the request cannot be scored (an unknown target or area basis) as code and Indonesian detail.</summary>
    public (ScoreJson? Score, ScoreRefusal? Refusal) Score(AnswerSheet sheet, string? target, string? areaBasis)
    {
        AreaBasis? basis = settings.AreaBasis;
        if (!string.IsNullOrWhiteSpace(areaBasis))
        {
            basis = CatalogLoader.ParseAreaBasis(areaBasis);
            if (basis is null) return (null, new("invalid_area_basis", $"areaBasis \"{areaBasis}\" tidak dikenal; pilih gabungan, per_bagian atau keduanya."));
        }
        var t = string.IsNullOrWhiteSpace(target) ? "wbk" : target.Trim().ToLowerInvariant();
        if (Catalog.Eligibility.Find(t) is null)
            return (null, new("invalid_target", $"target \"{target}\" tidak dikenal; pilih {string.Join(" atau ", Catalog.Eligibility.Predicates.Select(p => p.Id))}."));
        return (ScoreJson.From(calculator.Score(sheet, t, basis)), null);
    }
}

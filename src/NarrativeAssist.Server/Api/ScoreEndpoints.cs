using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Server.Api;

public static class ScoreEndpoints
{
    public static void MapScoreEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/score", Score).WithTags("Penilaian").WithSummary("Perhitungan mandiri dari jawaban").RequireAuthorization();

    /// <summary>The body is the answers file as JSON (or YAML): parsed by the same parser as the CLI, so errors carry lines.</summary>
    public static async Task<Results<Ok<ScoreJson>, ProblemHttpResult>> Score(HttpRequest http, string? target, string? areaBasis, ScoreService scores,
        CancellationToken cancel)
    {
        using var reader = new StreamReader(http.Body, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)); // not UTF-8 → 400 (handler)
        var text = await reader.ReadToEndAsync(cancel);
        if (string.IsNullOrWhiteSpace(text)) return ApiProblems.BadRequest("invalid_input", "Kirim jawaban sebagai JSON: {\"P.MP.1.a\": \"Ya\", …}.");
        return scores.Score(AnswersFileParser.Parse(text, scores.Catalog), target, areaBasis);
    }
}

/// <summary>Scores with the deployment's area basis unless the request names one.</summary>
public sealed class ScoreService(ScoreCalculator calculator, ScoringSettings settings)
{
    public LkeCatalog Catalog => calculator.Catalog;

    public Results<Ok<ScoreJson>, ProblemHttpResult> Score(AnswerSheet sheet, string? target, string? areaBasis)
    {
        AreaBasis? basis = settings.AreaBasis;
        if (!string.IsNullOrWhiteSpace(areaBasis))
        {
            basis = CatalogLoader.ParseAreaBasis(areaBasis);
            if (basis is null) return ApiProblems.BadRequest("invalid_area_basis", $"areaBasis \"{areaBasis}\" tidak dikenal; pilih gabungan, per_bagian atau keduanya.");
        }
        var t = string.IsNullOrWhiteSpace(target) ? "wbk" : target.Trim().ToLowerInvariant();
        if (Catalog.Eligibility.Find(t) is null)
            return ApiProblems.BadRequest("invalid_target", $"target \"{target}\" tidak dikenal; pilih {string.Join(" atau ", Catalog.Eligibility.Predicates.Select(p => p.Id))}.");
        return TypedResults.Ok(ScoreJson.From(calculator.Score(sheet, t, basis)));
    }
}

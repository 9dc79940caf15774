using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Server.Scoring;

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
        return Answer(scores.Score(AnswersFileParser.Parse(text, scores.Catalog), target, areaBasis));
    }

    /// <summary>A score as 200, a refusal as 400 with its code.</summary>
    public static Results<Ok<ScoreJson>, ProblemHttpResult> Answer((ScoreJson? Score, ScoreRefusal? Refusal) outcome) =>
        outcome.Refusal is { } refused ? ApiProblems.BadRequest(refused.Code, refused.Detail) : TypedResults.Ok(outcome.Score!);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Narratives;
using NarrativeAssist.Server.Profiles;
using NarrativeAssist.Server.Scoring;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record AnswersRequest(Dictionary<string, string?>? Answers);

/// <summary>The unit's stored answers, by question id.</summary>
public sealed record AnswersJson(Dictionary<string, string?> Answers);
public sealed record AnswersSaved(int Saved);

/// <summary>The answers of the self-assessment and the score they give, with the score the narratives support.</summary>
public static class AnswerEndpoints
{
    public static void MapAnswerEndpoints(this RouteGroupBuilder unit)
    {
        unit.MapGet("/answers", List).RequireUnit(UnitPermission.Read).WithTags("Jawaban dan nilai").WithSummary("Jawaban tersimpan");
        unit.MapPut("/answers", Save).RequireUnit(UnitPermission.WriteNarrative).WithTags("Jawaban dan nilai").WithSummary("Simpan beberapa jawaban sekaligus");
        unit.MapGet("/score", Score).RequireUnit(UnitPermission.Read).WithTags("Jawaban dan nilai").WithSummary("Perhitungan mandiri dari jawaban tersimpan");
    }

    public static async Task<Ok<AnswersJson>> List(UnitContext unit, AppDbContext db, CancellationToken cancel)
    {
        var answers = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.UnitId && n.Answer != null)
            .Select(n => new { n.QuestionId, n.Answer }).ToListAsync(cancel);
        return TypedResults.Ok(new AnswersJson(answers.OrderBy(a => a.QuestionId, StringComparer.Ordinal).ToDictionary(a => a.QuestionId, a => a.Answer)));
    }

    public static async Task<Results<Ok<AnswersSaved>, ProblemHttpResult>> Save(UnitContext unit, AnswersRequest req, AppDbContext db,
        NarrativeStore store, LkeCatalog catalog, CancellationToken cancel)
    {
        if (req.Answers is not { Count: > 0 } answers) return ApiProblems.BadRequest("invalid_input", "Kirim {\"answers\": {\"P.MP.1.a\": \"Ya\", …}}.");
        var errors = new List<string>();
        var parsed = new List<(Question Q, string? Answer)>();
        foreach (var (id, raw) in answers)
        {
            var q = catalog.FindQuestion(id);
            if (q is null) { errors.Add($"{id}: pertanyaan tidak ada di LKE"); continue; }
            if (!unit.CanWrite(q)) { errors.Add($"{id}: Anda tidak ditugaskan di area {q.Area.Code}"); continue; }
            if (string.IsNullOrWhiteSpace(raw)) { parsed.Add((q, null)); continue; }
            if (AnswerParser.TryParse(q, raw, out var value, out var error)) parsed.Add((q, value.ToString()));
            else errors.Add(error);
        }
        if (errors.Count > 0)
            return ApiProblems.BadRequest("invalid_answer", "Jawaban tidak disimpan: " + string.Join("; ", errors.Take(10)) + ".",
                new Dictionary<string, object?> { ["errors"] = errors });
        foreach (var (q, answer) in parsed) await store.SetAnswerAsync(unit.UnitId, q, answer, unit.UserId, cancel);
        await db.SaveChangesAsync(cancel);
        return TypedResults.Ok(new AnswersSaved(parsed.Count));
    }

    public static async Task<Results<Ok<ScoreJson>, ProblemHttpResult>> Score(UnitContext unit, string? target, string? areaBasis, AppDbContext db,
        ScoreService scores, ProfileLoader profiles, NarrativeChecker checker, CancellationToken cancel)
    {
        var rows = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.UnitId && n.Answer != null)
            .Select(n => new { n.QuestionId, n.Answer, n.Text }).ToListAsync(cancel);
        rows = rows.Where(r => scores.Catalog.FindQuestion(r.QuestionId) is not null).ToList();
        var answers = rows.ToDictionary(r => r.QuestionId, r => AnswerParser.Parse(scores.Catalog.FindQuestion(r.QuestionId)!, r.Answer!));
        var profile = await profiles.ForUnitAsync(unit.UnitId, cancel);
        var held = profile?.Unit.PredikatSebelumnya.Select(p => p.Predikat.ToKey().ToLowerInvariant()).ToHashSet();
        // The score the narratives support: each stored narrative checked with its answer (~1 ms each).
        var checkedNarratives = rows.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => checker.Check(r.QuestionId, r.Text, r.Answer, profile));
        var sheet = new AnswerSheet(answers, held) { Supported = SupportedAnswers.From(scores.Catalog, answers, checkedNarratives) };
        return ScoreEndpoints.Answer(scores.Score(sheet, target ?? profile?.Unit.PredikatTarget.ToKey(), areaBasis));
    }
}

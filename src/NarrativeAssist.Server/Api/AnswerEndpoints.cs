using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record AnswersRequest(Dictionary<string, string?>? Answers);

public static class AnswerEndpoints
{
    public static void MapAnswerEndpoints(this RouteGroupBuilder api)
    {
        var unit = api.MapGroup("/units/{unitId:guid}").WithTags("Jawaban dan nilai").RequireAuthorization();

        unit.MapGet("/answers", async (Guid unitId, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            var answers = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unitId && n.Answer != null)
                .Select(n => new { n.QuestionId, n.Answer }).ToListAsync(cancel);
            return Results.Ok(new { answers = answers.OrderBy(a => a.QuestionId, StringComparer.Ordinal).ToDictionary(a => a.QuestionId, a => a.Answer) });
        }).WithSummary("Jawaban tersimpan");

        unit.MapPut("/answers", async (Guid unitId, AnswersRequest req, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            NarrativeStore store, LkeCatalog catalog, CancellationToken cancel) =>
        {
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.WriteNarrative, cancel);
            if (problem is not null) return problem;
            if (req.Answers is not { Count: > 0 } answers) return ApiProblems.BadRequest("invalid_input", "Kirim {\"answers\": {\"P.MP.1.a\": \"Ya\", …}}.");
            var errors = new List<string>();
            var parsed = new List<(Question Q, string? Answer)>();
            foreach (var (id, raw) in answers)
            {
                var q = catalog.FindQuestion(id);
                if (q is null) { errors.Add($"{id}: pertanyaan tidak ada di LKE"); continue; }
                if (!member!.CanWrite(q)) { errors.Add($"{id}: Anda tidak ditugaskan di area {q.Area.Code}"); continue; }
                if (string.IsNullOrWhiteSpace(raw)) { parsed.Add((q, null)); continue; }
                if (AnswerParser.TryParse(q, raw, out var value, out var error)) parsed.Add((q, value.ToString()));
                else errors.Add(error);
            }
            if (errors.Count > 0)
                return ApiProblems.BadRequest("invalid_answer", "Jawaban tidak disimpan: " + string.Join("; ", errors.Take(10)) + ".",
                    new Dictionary<string, object?> { ["errors"] = errors });
            foreach (var (q, answer) in parsed) await store.SetAnswerAsync(unitId, q, answer, member!.UserId, cancel);
            await db.SaveChangesAsync(cancel);
            return Results.Ok(new { saved = parsed.Count });
        }).WithSummary("Simpan beberapa jawaban sekaligus");

        unit.MapGet("/score", async (Guid unitId, string? target, string? areaBasis, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            ScoreService scores, ProfileLoader profiles, NarrativeChecker checker, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            var rows = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unitId && n.Answer != null)
                .Select(n => new { n.QuestionId, n.Answer, n.Text }).ToListAsync(cancel);
            rows = rows.Where(r => scores.Catalog.FindQuestion(r.QuestionId) is not null).ToList();
            var answers = rows.ToDictionary(r => r.QuestionId, r => AnswerParser.Parse(scores.Catalog.FindQuestion(r.QuestionId)!, r.Answer!));
            var profile = await profiles.ForUnitAsync(unitId, cancel);
            var held = profile?.Unit.PredikatSebelumnya.Select(p => p.Predikat.ToKey().ToLowerInvariant()).ToHashSet();
            // The score the narratives support: each stored narrative checked with its answer (~1 ms each).
            var checkedNarratives = rows.Where(r => !string.IsNullOrWhiteSpace(r.Text)).Select(r => checker.Check(r.QuestionId, r.Text, r.Answer, profile));
            var sheet = new AnswerSheet(answers, held) { Supported = SupportedAnswers.From(scores.Catalog, answers, checkedNarratives) };
            return scores.Score(sheet, target ?? profile?.Unit.PredikatTarget.ToKey(), areaBasis);
        }).WithSummary("Perhitungan mandiri dari jawaban tersimpan");
    }
}

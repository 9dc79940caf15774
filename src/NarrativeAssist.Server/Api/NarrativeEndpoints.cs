using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record SaveNarrativeRequest(string? Text, string? Answer);
public sealed record CommentRequest(string? Text);

public sealed record NarrativeJson(string QuestionId, string Text, string? Answer, int Version, string Status, int Score,
    DateTimeOffset? UpdatedAt, Guid? UpdatedBy, DateTimeOffset? ApprovedAt, QuestionJson? Result);

/// <summary>Stored narratives with optimistic concurrency: the ETag is the version; a save must name the version it
/// edits (If-Match), so two writers never silently overwrite each other — the second gets 412 and the current text.</summary>
public static class NarrativeEndpoints
{
    public const int MaxTextChars = 100_000;

    public static string ETagOf(int version) => $"\"v{version}\"";

    public static void MapNarrativeEndpoints(this RouteGroupBuilder api)
    {
        var narratives = api.MapGroup("/units/{unitId:guid}/narratives").WithTags("Narasi").RequireAuthorization();

        narratives.MapGet("/", async (Guid unitId, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            var rows = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unitId)
                .Select(n => new { n.QuestionId, n.Answer, n.Status, n.Score, n.Version, n.UpdatedAt, approved = n.ApprovedAt != null })
                .ToListAsync(cancel);
            return Results.Ok(rows.OrderBy(r => r.QuestionId, StringComparer.Ordinal));
        }).WithSummary("Ringkasan semua narasi unit");

        narratives.MapGet("/{questionId}", async (Guid unitId, string questionId, HttpResponse response, ClaimsPrincipal user, UnitAccess access,
            AppDbContext db, LkeCatalog catalog, NarrativeChecker checker, ProfileLoader profiles, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
            var row = await db.Narratives.AsNoTracking().FirstOrDefaultAsync(n => n.UnitId == unitId && n.QuestionId == questionId, cancel);
            if (row is null) return ApiProblems.NotFound($"Narasi {questionId} belum ditulis.");
            response.Headers.ETag = ETagOf(row.Version);
            return Results.Ok(Json(row, await CheckAsync(row, checker, profiles, cancel)));
        }).WithSummary("Satu narasi dengan ETag dan hasil pemeriksaannya");

        narratives.MapPut("/{questionId}", async (Guid unitId, string questionId, SaveNarrativeRequest req, HttpRequest http, HttpResponse response,
            ClaimsPrincipal user, UnitAccess access, NarrativeStore store, LkeCatalog catalog, CancellationToken cancel) =>
        {
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.WriteNarrative, cancel);
            if (problem is not null) return problem;
            var question = catalog.FindQuestion(questionId);
            if (question is null) return UnknownQuestion(questionId);
            if (!member!.CanWrite(question))
                return ApiProblems.Forbidden($"Anda tidak ditugaskan menulis area {question.Area.Code}; minta admin unit menambah area Anda.");
            var text = req.Text ?? "";
            if (text.Length > MaxTextChars) return ApiProblems.BadRequest("text_too_long", $"Narasi terlalu panjang ({text.Length:N0} karakter); batasnya {MaxTextChars:N0}.");
            if (!string.IsNullOrWhiteSpace(req.Answer) && !AnswerParser.TryParse(question, req.Answer, out _, out var answerError))
                return ApiProblems.BadRequest("invalid_answer", char.ToUpperInvariant(answerError[0]) + answerError[1..] + ".");

            var ifMatch = http.Headers.IfMatch.ToString();
            var outcome = await store.SaveAsync(unitId, question, text, req.Answer, ifMatch, member.UserId, cancel);
            switch (outcome.Kind)
            {
                case SaveKind.PreconditionRequired:
                    return ApiProblems.Problem(428, "precondition_required",
                        "Narasi ini sudah ada: sertakan header If-Match berisi ETag versi yang Anda ubah.", Current(outcome));
                case SaveKind.PreconditionFailed:
                    return ApiProblems.Problem(412, "precondition_failed",
                        "Narasi sudah diubah orang lain sejak Anda membukanya. Versi terkini disertakan; gabungkan perubahan Anda lalu simpan lagi.", Current(outcome));
                default:
                    response.Headers.ETag = ETagOf(outcome.Row!.Version);
                    var body = Json(outcome.Row, outcome.Result);
                    return outcome.Kind == SaveKind.Created ? Results.Created($"/api/units/{unitId}/narratives/{questionId}", body) : Results.Ok(body);
            }
        }).WithSummary("Simpan narasi (If-Match wajib bila sudah ada)");

        narratives.MapGet("/{questionId}/history", async (Guid unitId, string questionId, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            LkeCatalog catalog, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
            var history = await db.NarrativeRevisions.AsNoTracking().Where(r => r.UnitId == unitId && r.QuestionId == questionId)
                .OrderByDescending(r => r.Version).Take(200)
                .Select(r => new { r.Version, r.Text, r.Answer, r.SavedAt, r.SavedBy }).ToListAsync(cancel);
            return Results.Ok(history);
        }).WithSummary("Riwayat versi narasi");

        narratives.MapGet("/{questionId}/comments", async (Guid unitId, string questionId, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            LkeCatalog catalog, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
            var comments = await db.Comments.AsNoTracking().Where(c => c.UnitId == unitId && c.QuestionId == questionId)
                .OrderBy(c => c.Id).Select(c => new { c.Id, c.Text, c.CreatedAt, c.CreatedBy }).ToListAsync(cancel);
            return Results.Ok(comments);
        }).WithSummary("Komentar peninjau");

        narratives.MapPost("/{questionId}/comments", async (Guid unitId, string questionId, CommentRequest req, ClaimsPrincipal user, UnitAccess access,
            AppDbContext db, LkeCatalog catalog, TimeProvider time, CancellationToken cancel) =>
        {
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.Comment, cancel);
            if (problem is not null) return problem;
            if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
            var text = req.Text?.Trim();
            if (string.IsNullOrEmpty(text) || text.Length > 4000) return ApiProblems.BadRequest("invalid_input", "Komentar wajib diisi (paling panjang 4.000 karakter).");
            var c = new CommentEntity { UnitId = unitId, QuestionId = questionId, Text = text, CreatedAt = time.GetUtcNow(), CreatedBy = member!.UserId };
            db.Comments.Add(c);
            await db.SaveChangesAsync(cancel);
            return Results.Created($"/api/units/{unitId}/narratives/{questionId}/comments", new { c.Id, c.Text, c.CreatedAt, c.CreatedBy });
        }).WithSummary("Tambah komentar");

        // Approval names the version that was read (If-Match): a pimpinan approves what they saw, never a newer text
        // someone saved in between.
        narratives.MapPost("/{questionId}/approve", async (Guid unitId, string questionId, HttpRequest http, ClaimsPrincipal user, UnitAccess access,
            AppDbContext db, LkeCatalog catalog, TimeProvider time, CancellationToken cancel) =>
        {
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.Approve, cancel);
            if (problem is not null) return problem;
            if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
            var row = await db.Narratives.FirstOrDefaultAsync(n => n.UnitId == unitId && n.QuestionId == questionId, cancel);
            if (row is null) return ApiProblems.NotFound($"Narasi {questionId} belum ditulis.");
            var ifMatch = http.Headers.IfMatch.ToString();
            if (ifMatch.Length == 0)
                return ApiProblems.Problem(428, "precondition_required",
                    "Sertakan header If-Match berisi ETag versi narasi yang Anda baca dan setujui.", Current(new SaveOutcome(SaveKind.PreconditionRequired, row, null)));
            if (!ifMatch.Split(',').Select(t => t.Trim()).Contains(ETagOf(row.Version)))
                return Changed(row);
            row.ApprovedAt = time.GetUtcNow();
            row.ApprovedBy = member!.UserId;
            try { await db.SaveChangesAsync(cancel); } // Version is a concurrency token: a save racing this approval wins
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Changed(await db.Narratives.AsNoTracking().FirstAsync(n => n.UnitId == unitId && n.QuestionId == questionId, cancel));
            }
            return Results.Ok(new { row.QuestionId, row.Version, row.ApprovedAt, row.ApprovedBy });
        }).WithSummary("Setujui versi yang dibaca (If-Match wajib; pimpinan)");

        static IResult Changed(NarrativeEntity current) => ApiProblems.Problem(412, "precondition_failed",
            $"Narasi sudah diubah (kini versi {current.Version}) sejak Anda membacanya; baca versi terbaru sebelum menyetujui.",
            Current(new SaveOutcome(SaveKind.PreconditionFailed, current, null)));
    }

    private static IResult UnknownQuestion(string id) =>
        ApiProblems.Problem(404, "unknown_question", new UnknownQuestionException(id).Message);

    private static Dictionary<string, object?> Current(SaveOutcome o) =>
        new() { ["current"] = o.Row is null ? null : Json(o.Row, null), ["etag"] = o.Row is null ? null : ETagOf(o.Row.Version) };

    internal static NarrativeJson Json(NarrativeEntity n, QuestionJson? result) =>
        new(n.QuestionId, n.Text, n.Answer, n.Version, n.Status, n.Score, n.UpdatedAt, n.UpdatedBy, n.ApprovedAt, result);

    private static async Task<QuestionJson> CheckAsync(NarrativeEntity n, NarrativeChecker checker, ProfileLoader profiles, CancellationToken cancel) =>
        QuestionJson.From(checker.Check(n.QuestionId, n.Text, n.Answer, await profiles.ForUnitAsync(n.UnitId, cancel)));
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Narratives;
using NarrativeAssist.Server.Profiles;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record SaveNarrativeRequest(string? Text, string? Answer);
public sealed record CommentRequest(string? Text);

/// <param name="FiledEvidence">What the unit has filed for this question (register items and publications tied to
/// it), beside the evidence the narrative names (<see cref="QuestionJson"/>); given when the narrative is read.</param>
public sealed record NarrativeJson(string QuestionId, string Text, string? Answer, int Version, string Status, int Score,
    DateTimeOffset? UpdatedAt, Guid? UpdatedBy, DateTimeOffset? ApprovedAt, QuestionJson? Result, IReadOnlyList<string>? FiledEvidence = null);

/// <summary>One line of the unit's narrative overview (without the text).</summary>
public sealed record NarrativeSummary(string QuestionId, string? Answer, string Status, int Score, int Version, DateTimeOffset UpdatedAt, bool Approved);
public sealed record NarrativeRevisionJson(int Version, string Text, string? Answer, DateTimeOffset SavedAt, Guid SavedBy);
public sealed record CommentJson(long Id, string Text, DateTimeOffset CreatedAt, Guid CreatedBy);
public sealed record ApprovalJson(string QuestionId, int Version, DateTimeOffset? ApprovedAt, Guid? ApprovedBy);

/// <summary>Stored narratives with optimistic concurrency: the ETag is the version; a save must name the version it
/// edits (If-Match), so two writers never silently overwrite each other — the second gets 412 and the current text.</summary>
public static class NarrativeEndpoints
{
    public const int MaxTextChars = 100_000;

    public static string ETagOf(int version) => NarrativeStore.ETagOf(version);

    public static void MapNarrativeEndpoints(this RouteGroupBuilder unit)
    {
        var narratives = unit.MapGroup("/narratives").WithTags("Narasi");
        narratives.MapGet("/", List).RequireUnit(UnitPermission.Read).WithSummary("Ringkasan semua narasi unit");
        narratives.MapGet("/{questionId}", Read).RequireUnit(UnitPermission.Read).WithSummary("Satu narasi dengan ETag dan hasil pemeriksaannya");
        narratives.MapPut("/{questionId}", Save).RequireUnit(UnitPermission.WriteNarrative).WithSummary("Simpan narasi (If-Match wajib bila sudah ada)");
        narratives.MapGet("/{questionId}/history", History).RequireUnit(UnitPermission.Read).WithSummary("Riwayat versi narasi");
        narratives.MapGet("/{questionId}/comments", Comments).RequireUnit(UnitPermission.Read).WithSummary("Komentar peninjau");
        narratives.MapPost("/{questionId}/comments", Comment).RequireUnit(UnitPermission.Comment).WithSummary("Tambah komentar");
        narratives.MapPost("/{questionId}/approve", Approve).RequireUnit(UnitPermission.Approve).WithSummary("Setujui versi yang dibaca (If-Match wajib; pimpinan)");
    }

    public static async Task<Ok<List<NarrativeSummary>>> List(UnitContext unit, AppDbContext db, CancellationToken cancel)
    {
        var rows = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.UnitId)
            .Select(n => new NarrativeSummary(n.QuestionId, n.Answer, n.Status, n.Score, n.Version, n.UpdatedAt, n.ApprovedAt != null))
            .ToListAsync(cancel);
        return TypedResults.Ok(rows.OrderBy(r => r.QuestionId, StringComparer.Ordinal).ToList());
    }

    public static async Task<Results<Ok<NarrativeJson>, ProblemHttpResult>> Read(UnitContext unit, string questionId, HttpResponse response,
        AppDbContext db, LkeCatalog catalog, NarrativeChecker checker, ProfileLoader profiles, CancellationToken cancel)
    {
        if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
        var row = await db.Narratives.AsNoTracking().FirstOrDefaultAsync(n => n.UnitId == unit.UnitId && n.QuestionId == questionId, cancel);
        if (row is null) return ApiProblems.NotFound($"Narasi {questionId} belum ditulis.");
        response.Headers.ETag = ETagOf(row.Version);
        return TypedResults.Ok(Json(row, await CheckAsync(row, checker, profiles, cancel)) with
        {
            FiledEvidence = await Evidence.EvidenceRegister.FiledForAsync(db, unit.UnitId, questionId, cancel),
        });
    }

    public static async Task<Results<Ok<NarrativeJson>, Created<NarrativeJson>, ProblemHttpResult>> Save(UnitContext unit, string questionId,
        SaveNarrativeRequest req, HttpRequest http, HttpResponse response, NarrativeStore store, LkeCatalog catalog, CancellationToken cancel)
    {
        var question = catalog.FindQuestion(questionId);
        if (question is null) return UnknownQuestion(questionId);
        if (!unit.CanWrite(question))
            return ApiProblems.Forbidden($"Anda tidak ditugaskan menulis area {question.Area.Code}; minta admin unit menambah area Anda.");
        var text = req.Text ?? "";
        if (text.Length > MaxTextChars) return ApiProblems.BadRequest("text_too_long", $"Narasi terlalu panjang ({text.Length:N0} karakter); batasnya {MaxTextChars:N0}.");
        if (!string.IsNullOrWhiteSpace(req.Answer) && !AnswerParser.TryParse(question, req.Answer, out _, out var answerError))
            return ApiProblems.BadRequest("invalid_answer", char.ToUpperInvariant(answerError[0]) + answerError[1..] + ".");

        var ifMatch = http.Headers.IfMatch.ToString();
        var outcome = await store.SaveAsync(unit.UnitId, question, text, req.Answer, ifMatch, unit.UserId, cancel);
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
                return outcome.Kind == SaveKind.Created ? TypedResults.Created($"/api/units/{unit.UnitId}/narratives/{questionId}", body) : TypedResults.Ok(body);
        }
    }

    public static async Task<Results<Ok<List<NarrativeRevisionJson>>, ProblemHttpResult>> History(UnitContext unit, string questionId, AppDbContext db,
        LkeCatalog catalog, CancellationToken cancel)
    {
        if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
        return TypedResults.Ok(await db.NarrativeRevisions.AsNoTracking().Where(r => r.UnitId == unit.UnitId && r.QuestionId == questionId)
            .OrderByDescending(r => r.Version).Take(200)
            .Select(r => new NarrativeRevisionJson(r.Version, r.Text, r.Answer, r.SavedAt, r.SavedBy)).ToListAsync(cancel));
    }

    public static async Task<Results<Ok<List<CommentJson>>, ProblemHttpResult>> Comments(UnitContext unit, string questionId, AppDbContext db,
        LkeCatalog catalog, CancellationToken cancel)
    {
        if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
        return TypedResults.Ok(await db.Comments.AsNoTracking().Where(c => c.UnitId == unit.UnitId && c.QuestionId == questionId)
            .OrderBy(c => c.Id).Select(c => new CommentJson(c.Id, c.Text, c.CreatedAt, c.CreatedBy)).ToListAsync(cancel));
    }

    public static async Task<Results<Created<CommentJson>, ProblemHttpResult>> Comment(UnitContext unit, string questionId, CommentRequest req,
        AppDbContext db, LkeCatalog catalog, TimeProvider time, CancellationToken cancel)
    {
        if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
        var text = req.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 4000) return ApiProblems.BadRequest("invalid_input", "Komentar wajib diisi (paling panjang 4.000 karakter).");
        var c = new CommentEntity { UnitId = unit.UnitId, QuestionId = questionId, Text = text, CreatedAt = time.GetUtcNow(), CreatedBy = unit.UserId };
        db.Comments.Add(c);
        await db.SaveChangesAsync(cancel);
        return TypedResults.Created($"/api/units/{unit.UnitId}/narratives/{questionId}/comments", new CommentJson(c.Id, c.Text, c.CreatedAt, c.CreatedBy));
    }

    /// <summary>Approval names the version that was read (If-Match): a pimpinan approves what they saw, never a newer text
    /// someone saved in between.</summary>
    public static async Task<Results<Ok<ApprovalJson>, ProblemHttpResult>> Approve(UnitContext unit, string questionId, HttpRequest http,
        AppDbContext db, LkeCatalog catalog, TimeProvider time, CancellationToken cancel)
    {
        if (catalog.FindQuestion(questionId) is null) return UnknownQuestion(questionId);
        var row = await db.Narratives.FirstOrDefaultAsync(n => n.UnitId == unit.UnitId && n.QuestionId == questionId, cancel);
        if (row is null) return ApiProblems.NotFound($"Narasi {questionId} belum ditulis.");
        var ifMatch = http.Headers.IfMatch.ToString();
        if (ifMatch.Length == 0)
            return ApiProblems.Problem(428, "precondition_required",
                "Sertakan header If-Match berisi ETag versi narasi yang Anda baca dan setujui.", Current(new SaveOutcome(SaveKind.PreconditionRequired, row, null)));
        if (!ifMatch.Split(',').Select(t => t.Trim()).Contains(ETagOf(row.Version)))
            return Changed(row);
        row.ApprovedAt = time.GetUtcNow();
        row.ApprovedBy = unit.UserId;
        try { await db.SaveChangesAsync(cancel); } // Version is a concurrency token: a save racing this approval wins
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Changed(await db.Narratives.AsNoTracking().FirstAsync(n => n.UnitId == unit.UnitId && n.QuestionId == questionId, cancel));
        }
        return TypedResults.Ok(new ApprovalJson(row.QuestionId, row.Version, row.ApprovedAt, row.ApprovedBy));
    }

    private static ProblemHttpResult Changed(NarrativeEntity current) => ApiProblems.Problem(412, "precondition_failed",
        $"Narasi sudah diubah (kini versi {current.Version}) sejak Anda membacanya; baca versi terbaru sebelum menyetujui.",
        Current(new SaveOutcome(SaveKind.PreconditionFailed, current, null)));

    private static ProblemHttpResult UnknownQuestion(string id) =>
        ApiProblems.Problem(404, "unknown_question", new UnknownQuestionException(id).Message);

    private static Dictionary<string, object?> Current(SaveOutcome o) =>
        new() { ["current"] = o.Row is null ? null : Json(o.Row, null), ["etag"] = o.Row is null ? null : ETagOf(o.Row.Version) };

    internal static NarrativeJson Json(NarrativeEntity n, QuestionJson? result) =>
        new(n.QuestionId, n.Text, n.Answer, n.Version, n.Status, n.Score, n.UpdatedAt, n.UpdatedBy, n.ApprovedAt, result);

    private static async Task<QuestionJson> CheckAsync(NarrativeEntity n, NarrativeChecker checker, ProfileLoader profiles, CancellationToken cancel) =>
        QuestionJson.From(checker.Check(n.QuestionId, n.Text, n.Answer, await profiles.ForUnitAsync(n.UnitId, cancel)));
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record QaQuestionRequest(string? Area, string? Question);
public sealed record QaPracticeRequest(int? Seconds);

/// <summary>The Q&amp;A drill: the unit's question bank (a copy of the starter bank, editable and extendable),
/// practice records, and the unit's own narratives of an area as the reference answer.</summary>
public static class QaEndpoints
{
    public static void MapQaEndpoints(this RouteGroupBuilder api)
    {
        var qa = api.MapGroup("/units/{unitId:guid}/qa").WithTags("Latihan").RequireAuthorization();

        qa.MapGet("/", async (Guid unitId, string? area, ClaimsPrincipal user, UnitAccess access, AppDbContext db, LkeCatalog catalog,
            TimeProvider time, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            if (area is not null && AreaProblem(catalog, ref area) is { } bad) return bad;
            await SeedAsync(db, unitId, time, cancel);
            var query = db.QaQuestions.AsNoTracking().Where(q => q.UnitId == unitId);
            if (area is not null) query = query.Where(q => q.Area == area);
            var rows = await query.ToListAsync(cancel);
            var order = catalog.AreaCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
            return Results.Ok(new
            {
                items = rows.OrderBy(q => order.GetValueOrDefault(q.Area, 99)).ThenBy(q => q.BuiltInId is null).ThenBy(q => q.BuiltInId, StringComparer.Ordinal)
                    .ThenBy(q => q.CreatedAt.UtcTicks).Select(Json),
            });
        }).WithSummary("Bank pertanyaan unit (dimulai dari bank bawaan)");

        qa.MapPost("/", async (Guid unitId, QaQuestionRequest? req, ClaimsPrincipal user, UnitAccess access, AppDbContext db, LkeCatalog catalog,
            TimeProvider time, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Rehearse, cancel);
            if (problem is not null) return problem;
            var (area, text, invalid) = Validate(req, catalog);
            if (invalid is not null) return invalid;
            await SeedAsync(db, unitId, time, cancel);
            var row = new QaQuestionEntity { Id = Guid.NewGuid(), UnitId = unitId, Area = area!, Text = text!, CreatedAt = time.GetUtcNow() };
            db.QaQuestions.Add(row);
            await db.SaveChangesAsync(cancel);
            return Results.Created($"/api/units/{unitId}/qa/{row.Id}", Json(row));
        }).WithSummary("Tambah pertanyaan ke bank unit");

        qa.MapPut("/{id:guid}", async (Guid unitId, Guid id, QaQuestionRequest? req, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            LkeCatalog catalog, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Rehearse, cancel);
            if (problem is not null) return problem;
            var (area, text, invalid) = Validate(req, catalog);
            if (invalid is not null) return invalid;
            var row = await db.QaQuestions.FirstOrDefaultAsync(q => q.UnitId == unitId && q.Id == id, cancel);
            if (row is null) return ApiProblems.NotFound("Pertanyaan tidak ditemukan.");
            (row.Area, row.Text) = (area!, text!);
            await db.SaveChangesAsync(cancel);
            return Results.Ok(Json(row));
        }).WithSummary("Ubah pertanyaan");

        qa.MapDelete("/{id:guid}", async (Guid unitId, Guid id, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Rehearse, cancel);
            if (problem is not null) return problem;
            var deleted = await db.QaQuestions.Where(q => q.UnitId == unitId && q.Id == id).ExecuteDeleteAsync(cancel);
            return deleted == 0 ? ApiProblems.NotFound("Pertanyaan tidak ditemukan.") : Results.NoContent();
        }).WithSummary("Hapus pertanyaan dari bank unit");

        qa.MapPost("/{id:guid}/practice", async (Guid unitId, Guid id, QaPracticeRequest? req, ClaimsPrincipal user, UnitAccess access,
            AppDbContext db, TimeProvider time, CancellationToken cancel) =>
        {
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.Rehearse, cancel);
            if (problem is not null) return problem;
            if (req?.Seconds is not { } seconds || seconds is < 0 or > 3600)
                return ApiProblems.BadRequest("invalid_input", "seconds (lama menjawab, 0–3600 detik) wajib diisi.");
            var row = await db.QaQuestions.FirstOrDefaultAsync(q => q.UnitId == unitId && q.Id == id, cancel);
            if (row is null) return ApiProblems.NotFound("Pertanyaan tidak ditemukan.");
            var now = time.GetUtcNow();
            db.QaPractices.Add(new QaPracticeEntity { UnitId = unitId, QuestionId = id, Seconds = seconds, At = now, By = member!.UserId });
            row.Practised++;
            row.LastPractisedAt = now;
            await db.SaveChangesAsync(cancel);
            return Results.Created($"/api/units/{unitId}/qa/{id}", new { row.Id, practised = row.Practised, lastPractisedAt = row.LastPractisedAt, seconds });
        }).WithSummary("Catat satu latihan menjawab");

        qa.MapGet("/reference", async (Guid unitId, string? area, ClaimsPrincipal user, UnitAccess access, AppDbContext db, LkeCatalog catalog,
            CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            if (area is null) return ApiProblems.BadRequest("invalid_input", $"area wajib diisi: {string.Join(", ", catalog.AreaCodes)}.");
            if (AreaProblem(catalog, ref area) is { } bad) return bad;
            var ids = catalog.QuestionsOfArea(area).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            var rows = (await db.Narratives.AsNoTracking().Where(n => n.UnitId == unitId && n.Text != "").ToListAsync(cancel))
                .Where(n => ids.Contains(n.QuestionId)).OrderBy(n => n.QuestionId, StringComparer.Ordinal).ToList();
            return Results.Ok(new
            {
                area, name = catalog.AreaName(area),
                narratives = rows.Select(n => new { n.QuestionId, question = catalog.FindQuestion(n.QuestionId)!.Text, n.Text, n.Status }),
            });
        }).WithSummary("Narasi unit pada satu area sebagai jawaban acuan");
    }

    /// <summary>Copies the starter bank into the unit's bank the first time it is read. Deletions stay deleted.</summary>
    private static async Task SeedAsync(AppDbContext db, Guid unitId, TimeProvider time, CancellationToken cancel)
    {
        var unit = await db.Units.FirstAsync(u => u.Id == unitId, cancel);
        if (unit.QaSeededAt is not null) return;
        var now = time.GetUtcNow();
        unit.QaSeededAt = now;
        db.QaQuestions.AddRange(BuiltInData.QaBank.Select(q => new QaQuestionEntity
            { Id = Guid.NewGuid(), UnitId = unitId, BuiltInId = q.Id, Area = q.Area, Text = q.Text, CreatedAt = now }));
        try { await db.SaveChangesAsync(cancel); }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another request seeded it first (unique UnitId + BuiltInId): theirs stands.
            db.ChangeTracker.Clear();
        }
    }

    private static (string? Area, string? Text, IResult? Problem) Validate(QaQuestionRequest? req, LkeCatalog catalog)
    {
        var text = req?.Question?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 1000)
            return (null, null, ApiProblems.BadRequest("invalid_input", "question (teks pertanyaan, paling panjang 1.000 karakter) wajib diisi."));
        var area = req!.Area;
        if (area is null) return (null, null, ApiProblems.BadRequest("invalid_input", $"area wajib diisi: {string.Join(", ", catalog.AreaCodes)}."));
        if (AreaProblem(catalog, ref area) is { } bad) return (null, null, bad);
        return (area, text, null);
    }

    private static IResult? AreaProblem(LkeCatalog catalog, ref string area)
    {
        var code = area.Trim().ToUpperInvariant();
        if (!catalog.AreaCodes.Contains(code))
            return ApiProblems.BadRequest("invalid_area", $"Area \"{(area.Length > 20 ? area[..20] : area)}\" tidak dikenal; pilih {string.Join(", ", catalog.AreaCodes)}.");
        area = code;
        return null;
    }

    private static object Json(QaQuestionEntity q) => new
    {
        q.Id, q.Area, question = q.Text, source = q.BuiltInId is null ? "unit" : "bawaan", builtInId = q.BuiltInId,
        practised = q.Practised, lastPractisedAt = q.LastPractisedAt,
    };
}

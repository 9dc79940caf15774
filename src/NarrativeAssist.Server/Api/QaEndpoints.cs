using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record QaQuestionRequest(string? Area, string? Question);
public sealed record QaPracticeRequest(int? Seconds);

/// <summary>One question of the unit's bank; <c>source</c> is "bawaan" for a copy of the starter bank, else "unit".</summary>
public sealed record QaQuestionJson(Guid Id, string Area, string Question, string Source, string? BuiltInId, int Practised, DateTimeOffset? LastPractisedAt);
public sealed record QaBank(IReadOnlyList<QaQuestionJson> Items);
public sealed record QaPracticed(Guid Id, int Practised, DateTimeOffset? LastPractisedAt, int Seconds);
public sealed record QaReferenceNarrative(string QuestionId, string Question, string Text, string Status);
public sealed record QaReference(string Area, string Name, IReadOnlyList<QaReferenceNarrative> Narratives);

/// <summary>The Q&amp;A drill: the unit's question bank (a copy of the starter bank, editable and extendable),
/// practice records, and the unit's own narratives of an area as the reference answer.</summary>
public static class QaEndpoints
{
    public static void MapQaEndpoints(this RouteGroupBuilder unit)
    {
        var qa = unit.MapGroup("/qa").WithTags("Latihan");
        qa.MapGet("/", Bank).RequireUnit(UnitPermission.Read).WithSummary("Bank pertanyaan unit (dimulai dari bank bawaan)");
        qa.MapPost("/", Add).RequireUnit(UnitPermission.Rehearse).WithSummary("Tambah pertanyaan ke bank unit");
        qa.MapPut("/{id:guid}", Update).RequireUnit(UnitPermission.Rehearse).WithSummary("Ubah pertanyaan");
        qa.MapDelete("/{id:guid}", Delete).RequireUnit(UnitPermission.Rehearse).WithSummary("Hapus pertanyaan dari bank unit");
        qa.MapPost("/{id:guid}/practice", Practise).RequireUnit(UnitPermission.Rehearse).WithSummary("Catat satu latihan menjawab");
        qa.MapGet("/reference", Reference).RequireUnit(UnitPermission.Read).WithSummary("Narasi unit pada satu area sebagai jawaban acuan");
    }

    public static async Task<Results<Ok<QaBank>, ProblemHttpResult>> Bank(UnitContext unit, string? area, AppDbContext db, LkeCatalog catalog,
        TimeProvider time, CancellationToken cancel)
    {
        if (area is not null && AreaProblem(catalog, ref area) is { } bad) return bad;
        await SeedAsync(db, unit.UnitId, time, cancel);
        var query = db.QaQuestions.AsNoTracking().Where(q => q.UnitId == unit.UnitId);
        if (area is not null) query = query.Where(q => q.Area == area);
        var rows = await query.ToListAsync(cancel);
        var order = catalog.AreaCodes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        return TypedResults.Ok(new QaBank(rows.OrderBy(q => order.GetValueOrDefault(q.Area, 99)).ThenBy(q => q.BuiltInId is null)
            .ThenBy(q => q.BuiltInId, StringComparer.Ordinal).ThenBy(q => q.CreatedAt.UtcTicks).Select(Json).ToList()));
    }

    public static async Task<Results<Created<QaQuestionJson>, ProblemHttpResult>> Add(UnitContext unit, QaQuestionRequest? req, AppDbContext db,
        LkeCatalog catalog, TimeProvider time, CancellationToken cancel)
    {
        var (area, text, invalid) = Validate(req, catalog);
        if (invalid is not null) return invalid;
        await SeedAsync(db, unit.UnitId, time, cancel);
        var row = new QaQuestionEntity { Id = Guid.NewGuid(), UnitId = unit.UnitId, Area = area!, Text = text!, CreatedAt = time.GetUtcNow() };
        db.QaQuestions.Add(row);
        await db.SaveChangesAsync(cancel);
        return TypedResults.Created($"/api/units/{unit.UnitId}/qa/{row.Id}", Json(row));
    }

    public static async Task<Results<Ok<QaQuestionJson>, ProblemHttpResult>> Update(UnitContext unit, Guid id, QaQuestionRequest? req, AppDbContext db,
        LkeCatalog catalog, CancellationToken cancel)
    {
        var (area, text, invalid) = Validate(req, catalog);
        if (invalid is not null) return invalid;
        var row = await db.QaQuestions.FirstOrDefaultAsync(q => q.UnitId == unit.UnitId && q.Id == id, cancel);
        if (row is null) return ApiProblems.NotFound("Pertanyaan tidak ditemukan.");
        (row.Area, row.Text) = (area!, text!);
        await db.SaveChangesAsync(cancel);
        return TypedResults.Ok(Json(row));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(UnitContext unit, Guid id, AppDbContext db, CancellationToken cancel)
    {
        var deleted = await db.QaQuestions.Where(q => q.UnitId == unit.UnitId && q.Id == id).ExecuteDeleteAsync(cancel);
        return deleted == 0 ? ApiProblems.NotFound("Pertanyaan tidak ditemukan.") : TypedResults.NoContent();
    }

    public static async Task<Results<Created<QaPracticed>, ProblemHttpResult>> Practise(UnitContext unit, Guid id, QaPracticeRequest? req,
        AppDbContext db, TimeProvider time, CancellationToken cancel)
    {
        if (req?.Seconds is not { } seconds || seconds is < 0 or > 3600)
            return ApiProblems.BadRequest("invalid_input", "seconds (lama menjawab, 0–3600 detik) wajib diisi.");
        var row = await db.QaQuestions.FirstOrDefaultAsync(q => q.UnitId == unit.UnitId && q.Id == id, cancel);
        if (row is null) return ApiProblems.NotFound("Pertanyaan tidak ditemukan.");
        var now = time.GetUtcNow();
        db.QaPractices.Add(new QaPracticeEntity { UnitId = unit.UnitId, QuestionId = id, Seconds = seconds, At = now, By = unit.UserId });
        row.Practised++;
        row.LastPractisedAt = now;
        await db.SaveChangesAsync(cancel);
        return TypedResults.Created($"/api/units/{unit.UnitId}/qa/{id}", new QaPracticed(row.Id, row.Practised, row.LastPractisedAt, seconds));
    }

    public static async Task<Results<Ok<QaReference>, ProblemHttpResult>> Reference(UnitContext unit, string? area, AppDbContext db, LkeCatalog catalog,
        CancellationToken cancel)
    {
        if (area is null) return ApiProblems.BadRequest("invalid_input", $"area wajib diisi: {string.Join(", ", catalog.AreaCodes)}.");
        if (AreaProblem(catalog, ref area) is { } bad) return bad;
        var ids = catalog.QuestionsOfArea(area).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var rows = (await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.UnitId && n.Text != "").ToListAsync(cancel))
            .Where(n => ids.Contains(n.QuestionId)).OrderBy(n => n.QuestionId, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new QaReference(area, catalog.AreaName(area),
            rows.Select(n => new QaReferenceNarrative(n.QuestionId, catalog.FindQuestion(n.QuestionId)!.Text, n.Text, n.Status)).ToList()));
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

    private static (string? Area, string? Text, ProblemHttpResult? Problem) Validate(QaQuestionRequest? req, LkeCatalog catalog)
    {
        var text = req?.Question?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 1000)
            return (null, null, ApiProblems.BadRequest("invalid_input", "question (teks pertanyaan, paling panjang 1.000 karakter) wajib diisi."));
        var area = req!.Area;
        if (area is null) return (null, null, ApiProblems.BadRequest("invalid_input", $"area wajib diisi: {string.Join(", ", catalog.AreaCodes)}."));
        if (AreaProblem(catalog, ref area) is { } bad) return (null, null, bad);
        return (area, text, null);
    }

    private static ProblemHttpResult? AreaProblem(LkeCatalog catalog, ref string area)
    {
        var code = area.Trim().ToUpperInvariant();
        if (!catalog.AreaCodes.Contains(code))
            return ApiProblems.BadRequest("invalid_area", $"Area \"{(area.Length > 20 ? area[..20] : area)}\" tidak dikenal; pilih {string.Join(", ", catalog.AreaCodes)}.");
        area = code;
        return null;
    }

    private static QaQuestionJson Json(QaQuestionEntity q) =>
        new(q.Id, q.Area, q.Text, q.BuiltInId is null ? "unit" : "bawaan", q.BuiltInId, q.Practised, q.LastPractisedAt);
}

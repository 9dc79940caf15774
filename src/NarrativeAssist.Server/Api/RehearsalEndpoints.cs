using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record RehearsalSlide(int Number, string? Title, int Seconds);
public sealed record RehearsalRequest(string? Kind, int? LimitSeconds, IReadOnlyList<RehearsalSlide>? Slides);

/// <summary>One recorded run: seconds per slide, the total, and whether it fitted the time limit.</summary>
public sealed record RehearsalJson(Guid Id, string Kind, DateTimeOffset StartedAt, int TotalSeconds, int LimitSeconds, bool FitsLimit,
    IReadOnlyList<RehearsalSlide>? Slides, Guid By);

/// <summary>The unit's runs, newest first, and how many are expected before the day.</summary>
public sealed record RehearsalList(int Count, int Expected, IReadOnlyList<RehearsalJson> Items);

/// <summary>Timed practice runs of the presentations (seed 004: at least three before the day), kept per unit.</summary>
public static class RehearsalEndpoints
{
    public const int Expected = 3;

    public static void MapRehearsalEndpoints(this RouteGroupBuilder unit)
    {
        var runs = unit.MapGroup("/rehearsals").WithTags("Latihan");
        runs.MapGet("/", List).RequireUnit(UnitPermission.Read).WithSummary("Latihan paparan unit (terbaru dahulu)");
        runs.MapPost("/", Record).RequireUnit(UnitPermission.Rehearse).WithSummary("Catat satu latihan: detik per salindia");
    }

    public static async Task<Results<Ok<RehearsalList>, ProblemHttpResult>> List(UnitContext unit, string? kind, AppDbContext db, CancellationToken cancel)
    {
        DeckKind? filter = null;
        if (kind is not null)
        {
            if (!DeckKinds.TryParse(kind, out var k)) return ApiProblems.BadRequest("invalid_input", $"kind harus {string.Join(" atau ", DeckKinds.Keys)}.");
            filter = k;
        }
        var query = db.Rehearsals.AsNoTracking().Where(r => r.UnitId == unit.UnitId);
        if (filter is { } f) query = query.Where(r => r.Kind == f.ToKey());
        var rows = (await query.ToListAsync(cancel)).OrderByDescending(r => r.StartedAt).ToList();   // SQLite cannot order DateTimeOffset
        return TypedResults.Ok(new RehearsalList(rows.Count, Expected, rows.Select(Json).ToList()));
    }

    public static async Task<Results<Created<RehearsalJson>, ProblemHttpResult>> Record(UnitContext unit, RehearsalRequest? req, AppDbContext db,
        TimeProvider time, CancellationToken cancel)
    {
        if (req is null || !DeckKinds.TryParse(req.Kind, out var kind))
            return ApiProblems.BadRequest("invalid_input", $"kind harus {string.Join(" atau ", DeckKinds.Keys)}.");
        if (req.Slides is not { Count: > 0 and <= 300 } slides || slides.Any(s => s is null || s.Seconds < 0 || s.Seconds > 3600 || s.Number < 1))
            return ApiProblems.BadRequest("invalid_input", "slides wajib berisi 1–300 salindia {number, title, seconds} dengan detik 0–3600.");
        var limit = req.LimitSeconds ?? new DeckOptions().LimitFor(kind);
        if (limit is < 60 or > 7200) return ApiProblems.BadRequest("invalid_input", "limitSeconds harus 60–7200 detik.");
        var clean = slides.Select(s => new RehearsalSlide(s.Number, Cut(s.Title?.Trim() ?? "", 300), s.Seconds)).ToList();
        var row = new RehearsalEntity
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, Kind = kind.ToKey(), StartedAt = time.GetUtcNow(), LimitSeconds = limit,
            TotalSeconds = clean.Sum(s => s.Seconds), Slides = JsonSerializer.Serialize(clean, ServerJson.Options), By = unit.UserId,
        };
        db.Rehearsals.Add(row);
        await db.SaveChangesAsync(cancel);
        return TypedResults.Created($"/api/units/{unit.UnitId}/rehearsals/{row.Id}", Json(row));
    }

    private static RehearsalJson Json(RehearsalEntity r) =>
        new(r.Id, r.Kind, r.StartedAt, r.TotalSeconds, r.LimitSeconds, r.TotalSeconds <= r.LimitSeconds,
            JsonSerializer.Deserialize<List<RehearsalSlide>>(r.Slides, ServerJson.Options), r.By);

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}

using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record RehearsalSlide(int Number, string? Title, int Seconds);
public sealed record RehearsalRequest(string? Kind, int? LimitSeconds, IReadOnlyList<RehearsalSlide>? Slides);

/// <summary>Timed practice runs of the presentations (seed 004: at least three before the day), kept per unit.</summary>
public static class RehearsalEndpoints
{
    public const int Expected = 3;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static void MapRehearsalEndpoints(this RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/units/{unitId:guid}/rehearsals").WithTags("Latihan").RequireAuthorization();

        runs.MapGet("/", async (Guid unitId, string? kind, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            DeckKind? filter = null;
            if (kind is not null)
            {
                if (!DeckKinds.TryParse(kind, out var k)) return ApiProblems.BadRequest("invalid_input", $"kind harus {string.Join(" atau ", DeckKinds.Keys)}.");
                filter = k;
            }
            var query = db.Rehearsals.AsNoTracking().Where(r => r.UnitId == unitId);
            if (filter is { } f) query = query.Where(r => r.Kind == f.ToKey());
            var rows = (await query.ToListAsync(cancel)).OrderByDescending(r => r.StartedAt).ToList();   // SQLite cannot order DateTimeOffset
            return Results.Ok(new { count = rows.Count, expected = Expected, items = rows.Select(Json) });
        }).WithSummary("Latihan paparan unit (terbaru dahulu)");

        runs.MapPost("/", async (Guid unitId, RehearsalRequest? req, ClaimsPrincipal user, UnitAccess access, AppDbContext db, TimeProvider time, CancellationToken cancel) =>
        {
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.Rehearse, cancel);
            if (problem is not null) return problem;
            if (req is null || !DeckKinds.TryParse(req.Kind, out var kind))
                return ApiProblems.BadRequest("invalid_input", $"kind harus {string.Join(" atau ", DeckKinds.Keys)}.");
            if (req.Slides is not { Count: > 0 and <= 300 } slides || slides.Any(s => s is null || s.Seconds < 0 || s.Seconds > 3600 || s.Number < 1))
                return ApiProblems.BadRequest("invalid_input", "slides wajib berisi 1–300 salindia {number, title, seconds} dengan detik 0–3600.");
            var limit = req.LimitSeconds ?? new DeckOptions().LimitFor(kind);
            if (limit is < 60 or > 7200) return ApiProblems.BadRequest("invalid_input", "limitSeconds harus 60–7200 detik.");
            var clean = slides.Select(s => new RehearsalSlide(s.Number, Cut(s.Title?.Trim() ?? "", 300), s.Seconds)).ToList();
            var row = new RehearsalEntity
            {
                Id = Guid.NewGuid(), UnitId = unitId, Kind = kind.ToKey(), StartedAt = time.GetUtcNow(), LimitSeconds = limit,
                TotalSeconds = clean.Sum(s => s.Seconds), Slides = JsonSerializer.Serialize(clean, Web), By = member!.UserId,
            };
            db.Rehearsals.Add(row);
            await db.SaveChangesAsync(cancel);
            return Results.Created($"/api/units/{unitId}/rehearsals/{row.Id}", Json(row));
        }).WithSummary("Catat satu latihan: detik per salindia");
    }

    private static object Json(RehearsalEntity r) => new
    {
        r.Id, r.Kind, r.StartedAt, r.TotalSeconds, r.LimitSeconds, fitsLimit = r.TotalSeconds <= r.LimitSeconds,
        slides = JsonSerializer.Deserialize<List<RehearsalSlide>>(r.Slides, Web), by = r.By,
    };

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}

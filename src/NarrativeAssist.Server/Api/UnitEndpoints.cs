using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record CreateUnitRequest(string? Nama, string? Instansi);
/// <summary>A unit's new name; <c>instansi</c> left out keeps the current one, an empty one clears it.</summary>
public sealed record RenameUnitRequest(string? Nama, string? Instansi);
public sealed record UnitJson(Guid Id, string Nama, string? Instansi, string Role, IReadOnlyList<string> Areas);

/// <summary>Units: the list a person belongs to, creating one (server admins), and one unit's data.</summary>
public static class UnitEndpoints
{
    public static void MapUnitEndpoints(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Unit").RequireAuthorization();
        units.MapPost("/", Create).WithSummary("Buat unit kerja baru");
        units.MapGet("/", Mine).WithSummary("Unit yang Anda ikuti");
        // The unit's own address: a route group cannot map its prefix without a trailing slash, so this endpoint takes
        // the unit door (filter and declared permission) directly.
        units.MapGet("/{unitId:guid}", Read).AddEndpointFilter<UnitAccessFilter>().RequireUnit(UnitPermission.Read).WithSummary("Data satu unit");
        units.MapPut("/{unitId:guid}", Rename).AddEndpointFilter<UnitAccessFilter>().RequireUnit(UnitPermission.ManageUnit)
            .WithSummary("Ganti nama unit (dan instansinya): admin unit atau admin server");
    }

    public static async Task<Results<Created<UnitJson>, ProblemHttpResult>> Create(CreateUnitRequest req, ClaimsPrincipal user, UnitAccess access,
        AppDbContext db, TimeProvider time, CancellationToken cancel)
    {
        if (!await access.IsServerAdminAsync(user, cancel)) return ApiProblems.Forbidden("Hanya admin server yang dapat membuat unit.");
        var nama = req.Nama?.Trim();
        if (UnitNames.Problem(nama) is { } problem) return ApiProblems.BadRequest("invalid_input", problem);
        var unit = new UnitEntity { Id = Guid.NewGuid(), Nama = nama!, Instansi = req.Instansi?.Trim(), CreatedAt = time.GetUtcNow() };
        db.Units.Add(unit);
        db.Memberships.Add(new MembershipEntity { UnitId = unit.Id, UserId = UnitAccess.UserId(user), Role = Roles.Admin });
        await db.SaveChangesAsync(cancel);
        return TypedResults.Created($"/api/units/{unit.Id}", new UnitJson(unit.Id, unit.Nama, unit.Instansi, Roles.Admin, []));
    }

    public static async Task<Ok<List<UnitJson>>> Mine(ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel)
    {
        var id = UnitAccess.UserId(user);
        var mine = await db.Memberships.AsNoTracking().Where(m => m.UserId == id)
            .Select(m => new { m.UnitId, m.Unit!.Nama, m.Unit.Instansi, m.Role, m.Areas }).ToListAsync(cancel);
        var list = mine.Select(m => new UnitJson(m.UnitId, m.Nama, m.Instansi, m.Role, Roles.SplitAreas(m.Areas))).ToList();
        if (await access.IsServerAdminAsync(user, cancel))
        {
            var ids = list.Select(u => u.Id).ToList();
            list.AddRange(await db.Units.AsNoTracking().Where(u => !ids.Contains(u.Id))
                .Select(u => new UnitJson(u.Id, u.Nama, u.Instansi, Roles.Admin, new List<string>())).ToListAsync(cancel));
        }
        return TypedResults.Ok(list.OrderBy(u => u.Nama, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>Renames the unit. The name is what every member sees in the unit picker and what file names are made
    /// of, so it must be present, printable and not another unit's name.</summary>
    public static async Task<Results<Ok<UnitJson>, ProblemHttpResult>> Rename(RenameUnitRequest? req, UnitContext unit, AppDbContext db,
        CancellationToken cancel)
    {
        var nama = req?.Nama?.Trim();
        if (UnitNames.Problem(nama) is { } problem) return ApiProblems.BadRequest("invalid_name", problem);
        var instansi = req!.Instansi?.Trim();   // lengths of both fields are held by FieldLimits on the /api group
        var others = await db.Units.AsNoTracking().Where(u => u.Id != unit.UnitId).Select(u => u.Nama).ToListAsync(cancel);
        if (others.Any(o => string.Equals(o.Trim(), nama, StringComparison.OrdinalIgnoreCase)))
            return ApiProblems.Problem(409, "name_taken", $"Nama \"{nama}\" sudah dipakai unit lain; pilih nama yang berbeda.");
        var row = await db.Units.FirstAsync(u => u.Id == unit.UnitId, cancel);
        row.Nama = nama!;
        if (instansi is not null) row.Instansi = instansi.Length == 0 ? null : instansi;
        await db.SaveChangesAsync(cancel);
        return TypedResults.Ok(new UnitJson(row.Id, row.Nama, row.Instansi, unit.Role, unit.Areas));
    }

    public static async Task<Ok<UnitJson>> Read(UnitContext unit, AppDbContext db, CancellationToken cancel)
    {
        var row = await db.Units.AsNoTracking().FirstAsync(u => u.Id == unit.UnitId, cancel);
        return TypedResults.Ok(new UnitJson(row.Id, row.Nama, row.Instansi, unit.Role, unit.Areas));
    }
}

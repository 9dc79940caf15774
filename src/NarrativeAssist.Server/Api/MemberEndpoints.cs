using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record AddMemberRequest(string? Email, string? Role, IReadOnlyList<string>? Areas, string? DisplayName, string? Password);
public sealed record UpdateMemberRequest(string? Role, IReadOnlyList<string>? Areas);
public sealed record MemberJson(Guid UserId, string? Email, string? DisplayName, string Role, IReadOnlyList<string> Areas);

/// <summary>A unit's members, their roles and areas (admin of the unit only, except reading).</summary>
public static class MemberEndpoints
{
    public static void MapMemberEndpoints(this RouteGroupBuilder unit)
    {
        var members = unit.MapGroup("/members").WithTags("Anggota");
        members.MapGet("/", List).RequireUnit(UnitPermission.Read).WithSummary("Anggota unit dan peran/areanya");
        members.MapPost("/", Add).RequireUnit(UnitPermission.ManageMembers).WithSummary("Tambah anggota (akun dibuat bila belum ada)");
        members.MapPut("/{userId:guid}", Update).RequireUnit(UnitPermission.ManageMembers).WithSummary("Ubah peran atau area anggota");
        members.MapDelete("/{userId:guid}", Remove).RequireUnit(UnitPermission.ManageMembers).WithSummary("Keluarkan anggota");
    }

    public static async Task<Ok<List<MemberJson>>> List(UnitContext unit, AppDbContext db, CancellationToken cancel)
    {
        var list = await db.Memberships.AsNoTracking().Where(m => m.UnitId == unit.UnitId)
            .Select(m => new { m.UserId, m.User!.Email, m.User.DisplayName, m.Role, m.Areas }).ToListAsync(cancel);
        return TypedResults.Ok(list.Select(m => new MemberJson(m.UserId, m.Email, m.DisplayName, m.Role, Roles.SplitAreas(m.Areas))).OrderBy(m => m.Email).ToList());
    }

    public static async Task<Results<Created<MemberJson>, ProblemHttpResult>> Add(UnitContext unit, AddMemberRequest req, AppDbContext db,
        UserManager<AppUser> users, LkeCatalog catalog, CancellationToken cancel)
    {
        if (Validate(req.Role, req.Areas, catalog) is { } invalid) return invalid;
        var email = req.Email?.Trim();
        if (string.IsNullOrEmpty(email)) return ApiProblems.BadRequest("invalid_input", "email wajib diisi.");
        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            if (string.IsNullOrEmpty(req.Password))
                return ApiProblems.BadRequest("invalid_input", "Akun baru memerlukan password awal (minimal 12 karakter).");
            account = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = req.DisplayName?.Trim(), EmailConfirmed = true };
            var created = await users.CreateAsync(account, req.Password);
            if (!created.Succeeded)
                return ApiProblems.BadRequest("invalid_account", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        if (await db.Memberships.AnyAsync(m => m.UnitId == unit.UnitId && m.UserId == account.Id, cancel))
            return ApiProblems.Problem(409, "already_member", $"{email} sudah menjadi anggota unit ini.");
        var areas = Normalize(req.Areas);
        db.Memberships.Add(new MembershipEntity { UnitId = unit.UnitId, UserId = account.Id, Role = req.Role!, Areas = string.Join(",", areas) });
        await db.SaveChangesAsync(cancel);
        return TypedResults.Created($"/api/units/{unit.UnitId}/members/{account.Id}", new MemberJson(account.Id, account.Email, account.DisplayName, req.Role!, areas));
    }

    public static async Task<Results<Ok<MemberJson>, ProblemHttpResult>> Update(UnitContext unit, Guid userId, UpdateMemberRequest req, AppDbContext db,
        LkeCatalog catalog, CancellationToken cancel)
    {
        if (Validate(req.Role, req.Areas, catalog) is { } invalid) return invalid;
        var m = await db.Memberships.Include(x => x.User).FirstOrDefaultAsync(x => x.UnitId == unit.UnitId && x.UserId == userId, cancel);
        if (m is null) return ApiProblems.NotFound("Anggota tidak ditemukan di unit ini.");
        m.Role = req.Role!;
        m.Areas = string.Join(",", Normalize(req.Areas));
        await db.SaveChangesAsync(cancel);
        return TypedResults.Ok(new MemberJson(m.UserId, m.User?.Email, m.User?.DisplayName, m.Role, Roles.SplitAreas(m.Areas)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Remove(UnitContext unit, Guid userId, AppDbContext db, CancellationToken cancel)
    {
        var m = await db.Memberships.FirstOrDefaultAsync(x => x.UnitId == unit.UnitId && x.UserId == userId, cancel);
        if (m is null) return ApiProblems.NotFound("Anggota tidak ditemukan di unit ini.");
        db.Memberships.Remove(m);
        await db.SaveChangesAsync(cancel);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult? Validate(string? role, IReadOnlyList<string>? areas, LkeCatalog catalog)
    {
        if (role is null || !Roles.All.Contains(role))
            return ApiProblems.BadRequest("invalid_role", $"role harus salah satu dari {string.Join(", ", Roles.All)}.");
        var known = catalog.AreaCodes.Append("H").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = (areas ?? []).Where(a => !known.Contains(a)).ToList();
        return unknown.Count > 0
            ? ApiProblems.BadRequest("invalid_area", $"Kode area tidak dikenal: {string.Join(", ", unknown)}; pilih {string.Join(", ", known)}.")
            : null;
    }

    private static List<string> Normalize(IReadOnlyList<string>? areas) =>
        (areas ?? []).Select(a => a.Trim().ToUpperInvariant()).Distinct().ToList();
}

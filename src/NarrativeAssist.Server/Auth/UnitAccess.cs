using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

/// <summary>A signed-in person's standing in one unit. Server administrators act as unit admins everywhere.</summary>
public sealed record UnitMember(Guid UserId, Guid UnitId, string Role, IReadOnlyList<string> Areas, bool ServerAdmin)
{
    public bool Can(UnitPermission p) => Roles.Allows(Role, p);

    /// <summary>A penulis writes the questions of their assigned levers (MP…PP, or H for Hasil) only.</summary>
    public bool CanWrite(Question q) =>
        Can(UnitPermission.WriteNarrative) && (Role != Roles.Penulis || Areas.Contains(q.Part.Id == "H" ? "H" : q.Area.Code, StringComparer.OrdinalIgnoreCase));
}

/// <summary>The tenant check every unit endpoint goes through: a non-member gets 404 (a unit's existence is not
/// disclosed), a member without the permission 403.</summary>
public sealed class UnitAccess(AppDbContext db)
{
    public static Guid UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public async Task<(UnitMember? Member, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> RequireAsync(ClaimsPrincipal user, Guid unitId, UnitPermission permission, CancellationToken cancel)
    {
        var member = await FindAsync(user, unitId, cancel);
        if (member is null) return (null, ApiProblems.NotFound("Unit tidak ditemukan, atau Anda bukan anggotanya."));
        if (!member.Can(permission)) return (null, ApiProblems.Forbidden());
        return (member, null);
    }

    /// <summary>A server administrator is checked first: whatever membership a unit admin gave them (peninjau, say),
    /// they keep full control of every unit.</summary>
    public async Task<UnitMember?> FindAsync(ClaimsPrincipal user, Guid unitId, CancellationToken cancel)
    {
        var userId = UserId(user);
        if (userId == Guid.Empty) return null;
        if (await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.IsAdmin, cancel))
            return await db.Units.AsNoTracking().AnyAsync(u => u.Id == unitId, cancel) ? new UnitMember(userId, unitId, Roles.Admin, [], true) : null;
        var m = await db.Memberships.AsNoTracking().FirstOrDefaultAsync(x => x.UnitId == unitId && x.UserId == userId, cancel);
        return m is null ? null : new UnitMember(userId, unitId, m.Role, Roles.SplitAreas(m.Areas), false);
    }

    public async Task<bool> IsServerAdminAsync(ClaimsPrincipal user, CancellationToken cancel)
    {
        var userId = UserId(user);
        return await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.IsAdmin, cancel);
    }
}

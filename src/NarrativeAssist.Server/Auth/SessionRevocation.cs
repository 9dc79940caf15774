using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

/// <summary>Makes bearer tokens revocable before they expire. Every token carries the account's security stamp;
/// signing out, a password change or an administrator's reset rotates the stamp (and reusing a spent refresh token
/// revokes its sign-in's family), and from then on every token issued
/// before it is refused (401) on every instance, because the stamp is read from the shared database on each request.
/// The bearer handler itself has no hook after it has read a ticket, hence a middleware right after authentication.</summary>
public static class SessionRevocation
{
    public static IApplicationBuilder UseSessionRevocation(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(http))
            http.User = new ClaimsPrincipal(new ClaimsIdentity()); // anonymous: authorization then answers 401
        await next(http);
    });

    private static async Task<bool> IsCurrentAsync(HttpContext http)
    {
        var claimType = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = http.User.FindFirstValue(claimType);
        var id = UnitAccess.UserId(http.User);
        if (stamp is null || id == Guid.Empty) return false;
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        // A token of a refresh family revoked for reuse (see RefreshFamilies) is refused too.
        var family = RefreshFamilies.FamilyOf(http.User) ?? Guid.Empty;
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, Revoked = db.RefreshFamilies.Any(f => f.Id == family && f.RevokedAt != null) })
            .FirstOrDefaultAsync(http.RequestAborted);
        return current is not null && !current.Revoked && string.Equals(current.SecurityStamp, stamp, StringComparison.Ordinal);
    }
}

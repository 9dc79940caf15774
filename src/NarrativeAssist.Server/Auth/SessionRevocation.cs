using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

/// <summary>Makes bearer tokens revocable before they expire. Every token carries the account's security stamp;
/// signing out, a password change or an administrator's reset rotates the stamp, and from then on every token issued
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
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(http.RequestAborted);
        return string.Equals(current, stamp, StringComparison.Ordinal);
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

/// <summary>Refresh-token rotation with reuse detection. Every sign-in starts a family; its tokens (access and refresh
/// alike) carry the family and the refresh token's id as claims. Redeeming the current refresh token moves the family
/// on to a new id; redeeming any other (a spent token that was copied or replayed) revokes the whole family, so both the
/// thief's and the owner's tokens of that sign-in stop working and the owner signs in again.</summary>
public sealed class RefreshFamilies(AppDbContext db, TimeProvider time)
{
    public const string FamilyClaim = "na_fam";
    public const string TokenClaim = "na_rt";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>A new family for a sign-in; the principal gets its claims.</summary>
    public async Task StartAsync(ClaimsPrincipal principal, Guid userId, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        // Families of this account that have expired are no longer needed (compared here: SQLite cannot compare
        // DateTimeOffset columns in SQL).
        var families = await db.RefreshFamilies.AsNoTracking().Where(f => f.UserId == userId).Select(f => new { f.Id, f.ExpiresAt }).ToListAsync(cancel);
        var expired = families.Where(f => f.ExpiresAt < now).Select(f => f.Id).ToList();
        if (expired.Count > 0) await db.RefreshFamilies.Where(f => expired.Contains(f.Id)).ExecuteDeleteAsync(cancel);
        var family = new RefreshFamilyEntity { Id = Guid.NewGuid(), UserId = userId, CurrentTokenId = Guid.NewGuid(), CreatedAt = now, ExpiresAt = now + Lifetime };
        db.RefreshFamilies.Add(family);
        await db.SaveChangesAsync(cancel);
        Stamp(principal, family.Id, family.CurrentTokenId);
    }

    /// <summary>Rotates the family of a redeemed refresh token onto <paramref name="next"/>; false (and the family
    /// revoked) when the token was not the current one. The token's own expiry has been checked by the caller.</summary>
    public async Task<bool> RotateAsync(ClaimsPrincipal redeemed, Guid userId, ClaimsPrincipal next, CancellationToken cancel)
    {
        if (!Guid.TryParse(redeemed.FindFirstValue(FamilyClaim), out var familyId)
            || !Guid.TryParse(redeemed.FindFirstValue(TokenClaim), out var tokenId)) return false;
        var now = time.GetUtcNow();
        var newTokenId = Guid.NewGuid();
        // One conditional UPDATE: of two requests redeeming the same token at once, only one can win.
        var moved = await db.RefreshFamilies
            .Where(f => f.Id == familyId && f.UserId == userId && f.CurrentTokenId == tokenId && f.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.CurrentTokenId, newTokenId).SetProperty(f => f.ExpiresAt, now + Lifetime), cancel);
        if (moved == 0)
        {
            await db.RefreshFamilies.Where(f => f.Id == familyId && f.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.RevokedAt, now), cancel);
            return false;
        }
        Stamp(next, familyId, newTokenId);
        return true;
    }

    public static Guid? FamilyOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(FamilyClaim), out var id) ? id : null;

    private static void Stamp(ClaimsPrincipal principal, Guid familyId, Guid tokenId)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(FamilyClaim, familyId.ToString()));
        identity.AddClaim(new Claim(TokenClaim, tokenId.ToString()));
    }
}

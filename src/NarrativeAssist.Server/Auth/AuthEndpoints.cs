using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

public sealed record LoginRequest(string Email, string Password);
public sealed record RefreshRequest(string RefreshToken);

/// <summary>Sign-in for the panes and the web app. Identity's own API endpoints are not mapped whole:
/// accounts are created by administrators, never by self-registration.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Akun");

        auth.MapPost("/login", async (LoginRequest req, SignInManager<AppUser> signIn) =>
        {
            if (string.IsNullOrWhiteSpace(req.Email) || string.IsNullOrEmpty(req.Password))
                return ApiProblems.BadRequest("invalid_input", "Surel dan kata sandi wajib diisi.");
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(req.Email.Trim(), req.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.IsLockedOut)
                return ApiProblems.Problem(401, "locked_out", "Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi 15 menit lagi.");
            if (!result.Succeeded)
                return ApiProblems.Problem(401, "invalid_credentials", "Surel atau kata sandi salah.");
            return Results.Empty; // the bearer handler has written {tokenType, accessToken, expiresIn, refreshToken}
        }).AllowAnonymous();

        auth.MapPost("/refresh", async (RefreshRequest req, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider time) =>
        {
            var ticket = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(req.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
                return ApiProblems.Problem(401, "invalid_token", "Sesi sudah berakhir; silakan masuk lagi.");
            var principal = await signIn.CreateUserPrincipalAsync(user);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        }).AllowAnonymous();

        // Signing out ends every session of the account (Word, PowerPoint and the web app): a token copied from a shared
        // computer stops working at once instead of at its expiry.
        auth.MapPost("/logout", async (ClaimsPrincipal me, UserManager<AppUser> users) =>
        {
            var user = await users.GetUserAsync(me);
            if (user is null) return ApiProblems.Problem(401, "unauthorized", "Silakan masuk terlebih dahulu.");
            await users.UpdateSecurityStampAsync(user);
            return Results.NoContent();
        }).RequireAuthorization().WithSummary("Keluar dari semua sesi akun ini");

        auth.MapGet("/me", async (ClaimsPrincipal me, AppDbContext db, CancellationToken cancel) =>
        {
            var id = UnitAccess.UserId(me);
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancel);
            if (user is null) return ApiProblems.Problem(401, "unauthorized", "Silakan masuk terlebih dahulu.");
            var units = await db.Memberships.AsNoTracking().Where(m => m.UserId == id)
                .Select(m => new { id = m.UnitId, nama = m.Unit!.Nama, role = m.Role, areas = m.Areas }).ToListAsync(cancel);
            if (user.IsAdmin)
            {
                var others = await db.Units.AsNoTracking().Where(u => !units.Select(x => x.id).Contains(u.Id))
                    .Select(u => new { id = u.Id, nama = u.Nama, role = Roles.Admin, areas = "" }).ToListAsync(cancel);
                units.AddRange(others);
            }
            return Results.Ok(new
            {
                id = user.Id, email = user.Email, displayName = user.DisplayName, isAdmin = user.IsAdmin,
                units = units.Select(u => new { u.id, u.nama, u.role, areas = Roles.SplitAreas(u.areas) }),
            });
        }).RequireAuthorization();
    }
}

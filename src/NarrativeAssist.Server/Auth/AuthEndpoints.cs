using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

public sealed record LoginRequest(string Email, string Password);
public sealed record RefreshRequest(string RefreshToken);

/// <summary>A unit the signed-in person belongs to (a server admin: every unit, as admin).</summary>
public sealed record MyUnit(Guid Id, string Nama, string Role, IReadOnlyList<string> Areas);

/// <summary>Who is signed in, and their units.</summary>
public sealed record Me(Guid Id, string? Email, string? DisplayName, bool IsAdmin, IReadOnlyList<MyUnit> Units);

/// <summary>Sign-in for the panes and the web app. Identity's own API endpoints are not mapped whole:
/// accounts are created by administrators, never by self-registration.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Akun");
        // SignIn writes Identity's bearer token response ({tokenType, accessToken, expiresIn, refreshToken}).
        auth.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(SignInRateLimit.Policy).Produces<AccessTokenResponse>();
        auth.MapPost("/refresh", Refresh).AllowAnonymous().Produces<AccessTokenResponse>();
        // Signing out ends every session of the account (Word, PowerPoint and the web app): a token copied from a shared
        // computer stops working at once instead of at its expiry.
        auth.MapPost("/logout", Logout).RequireAuthorization().WithSummary("Keluar dari semua sesi akun ini");
        auth.MapGet("/me", Who).RequireAuthorization();
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(LoginRequest req, HttpContext http, CredentialCheck credentials,
        SignInManager<AppUser> signIn, RefreshFamilies families, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(req.Email) || string.IsNullOrEmpty(req.Password))
            return ApiProblems.BadRequest("invalid_input", "Surel dan kata sandi wajib diisi.");
        var outcome = await credentials.CheckAsync(req.Email, req.Password, http.Connection.RemoteIpAddress);
        if (Refusal(outcome, http) is { } refused) return refused;
        var user = outcome.User!;
        if (user.MustChangePassword) return MustChange();
        var principal = await signIn.CreateUserPrincipalAsync(user);
        await families.StartAsync(principal, user.Id, cancel);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(RefreshRequest req, SignInManager<AppUser> signIn,
        RefreshFamilies families, IOptionsMonitor<BearerTokenOptions> options, TimeProvider time, CancellationToken cancel)
    {
        var ticket = string.IsNullOrEmpty(req.RefreshToken) ? null : options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(req.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user || user.MustChangePassword)
            return InvalidToken();
        var principal = await signIn.CreateUserPrincipalAsync(user);
        if (!await families.RotateAsync(ticket.Principal, user.Id, principal, cancel)) return InvalidToken();
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Logout(ClaimsPrincipal me, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(me);
        if (user is null) return ApiProblems.Problem(401, "unauthorized", "Silakan masuk terlebih dahulu.");
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<Me>, ProblemHttpResult>> Who(ClaimsPrincipal me, AppDbContext db, CancellationToken cancel)
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
        return TypedResults.Ok(new Me(user.Id, user.Email, user.DisplayName, user.IsAdmin,
            units.Select(u => new MyUnit(u.id, u.nama, u.role, Roles.SplitAreas(u.areas))).ToList()));
    }

    /// <summary>The answer to a refused or throttled attempt: the same for an unknown account and a wrong password.</summary>
    internal static ProblemHttpResult? Refusal(CredentialOutcome outcome, HttpContext http)
    {
        if (outcome.Verdict == CredentialVerdict.Throttled)
        {
            var seconds = (int)Math.Ceiling(outcome.Wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ApiProblems.Problem(429, "too_many_attempts",
                $"Terlalu banyak percobaan yang gagal untuk surel ini dari alamat Anda. Coba lagi dalam {Waktu(seconds)}.");
        }
        return outcome.Verdict == CredentialVerdict.Refused ? ApiProblems.Problem(401, "invalid_credentials", "Surel atau kata sandi salah.") : null;
    }

    internal static ProblemHttpResult MustChange() => ApiProblems.Problem(403, "password_change_required",
        "Kata sandi ini diberikan atau diatur ulang oleh admin: buat kata sandi baru Anda sendiri sebelum melanjutkan.");

    private static ProblemHttpResult InvalidToken() => ApiProblems.Problem(401, "invalid_token", "Sesi sudah berakhir; silakan masuk lagi.");

    private static string Waktu(int seconds) => seconds < 60 ? $"{seconds} detik" : $"{(seconds + 59) / 60} menit";
}

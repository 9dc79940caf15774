using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Auth;

/// <param name="Email">Needed only when not signed in (the change a reset forces, before sign-in is allowed).</param>
public sealed record ChangePasswordRequest(string? Email, string? CurrentPassword, string? NewPassword);

/// <summary>The temporary password a reset gives; shown once to the admin who hands it over.</summary>
public sealed record PasswordReset(Guid UserId, string TemporaryPassword, bool MustChangePassword);

/// <summary>Every person changes their own password; a unit admin resets the password of a member of their unit (a server
/// admin anyone's), which forces a change at the next sign-in. Both end every session of the account.</summary>
public static class PasswordEndpoints
{
    public static void MapPasswordEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/password", ChangeAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit.Policy).WithTags("Akun")
            .WithSummary("Ubah kata sandi sendiri (semua sesi berakhir; masuk lagi dengan kata sandi baru)");
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync(ChangePasswordRequest req, HttpContext http, ClaimsPrincipal me,
        UserManager<AppUser> users, CredentialCheck credentials)
    {
        var signedIn = me.Identity?.IsAuthenticated == true ? await users.GetUserAsync(me) : null;
        var email = signedIn?.Email ?? req.Email?.Trim();
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(req.CurrentPassword) || string.IsNullOrEmpty(req.NewPassword))
            return ApiProblems.BadRequest("invalid_input", "Surel, kata sandi lama dan kata sandi baru wajib diisi.");
        var outcome = await credentials.CheckAsync(email, req.CurrentPassword, http.Connection.RemoteIpAddress);
        if (AuthEndpoints.Refusal(outcome, http) is { } refused) return refused;
        var user = outcome.User!;
        if (req.NewPassword == req.CurrentPassword)
            return ApiProblems.BadRequest("same_password", "Kata sandi baru harus berbeda dari kata sandi lama.");
        user.MustChangePassword = false;
        var changed = await users.ChangePasswordAsync(user, req.CurrentPassword, req.NewPassword); // rotates the security stamp
        return changed.Succeeded
            ? TypedResults.NoContent()
            : ApiProblems.BadRequest("weak_password", string.Join(" ", changed.Errors.Select(e => e.Description)));
    }

    /// <summary>On the unit group (<see cref="UnitRouteGroup.MapUnitGroup"/>), beside the members it resets.</summary>
    public static void MapPasswordResetEndpoint(this RouteGroupBuilder unit) =>
        unit.MapPost("/members/{userId:guid}/password-reset", ResetAsync).RequireUnit(UnitPermission.ManageMembers).WithTags("Anggota")
            .WithSummary("Atur ulang kata sandi anggota: kata sandi sementara, wajib diganti saat masuk");

    public static async Task<Results<Ok<PasswordReset>, ProblemHttpResult>> ResetAsync(UnitContext unit, Guid userId, AppDbContext db,
        UserManager<AppUser> users, CancellationToken cancel)
    {
        var member = unit.Member;
        if (!await db.Memberships.AnyAsync(m => m.UnitId == unit.UnitId && m.UserId == userId, cancel))
            return ApiProblems.NotFound("Anggota tidak ditemukan di unit ini.");
        if (userId == member.UserId)
            return ApiProblems.BadRequest("own_account", "Untuk akun Anda sendiri, gunakan Ubah kata sandi.");
        var target = await users.FindByIdAsync(userId.ToString());
        if (target is null) return ApiProblems.NotFound("Anggota tidak ditemukan di unit ini.");
        if (!member.ServerAdmin && await ReachesBeyondAsync(db, member.UserId, target, cancel) is { } beyond) return beyond;

        var temporary = TemporaryPassword.Create();
        target.MustChangePassword = true;
        var removed = await users.RemovePasswordAsync(target);
        var added = removed.Succeeded ? await users.AddPasswordAsync(target, temporary) : removed; // both rotate the security stamp
        if (!added.Succeeded) return ApiProblems.Problem(409, "reset_failed", "Kata sandi tidak dapat diatur ulang: " + string.Join(" ", added.Errors.Select(e => e.Description)));
        return TypedResults.Ok(new PasswordReset(userId, temporary, true));
    }

    /// <summary>A unit admin's reset must not reach past their own units: not a server admin, and not an account that
    /// is also a member of a unit where the caller is not admin (that would hand them the other unit's access).</summary>
    private static async Task<ProblemHttpResult?> ReachesBeyondAsync(AppDbContext db, Guid callerId, AppUser target, CancellationToken cancel)
    {
        if (target.IsAdmin) return ApiProblems.Forbidden("Kata sandi admin server hanya dapat diatur ulang oleh admin server (perintah reset-admin).");
        var callerAdminOf = db.Memberships.Where(m => m.UserId == callerId && m.Role == Roles.Admin).Select(m => m.UnitId);
        var elsewhere = await db.Memberships.AnyAsync(m => m.UserId == target.Id && !callerAdminOf.Contains(m.UnitId), cancel);
        return elsewhere
            ? ApiProblems.Forbidden("Akun ini juga anggota unit lain; minta admin server untuk mengatur ulang kata sandinya.")
            : null;
    }
}

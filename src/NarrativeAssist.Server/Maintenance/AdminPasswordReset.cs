using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Security;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Maintenance;

/// <summary><c>reset-admin</c>: the way back in when the server admin's password is lost. Sets a new random password
/// for a server admin, ends their sessions and forces a change at the next sign-in. Works on SQLite and PostgreSQL,
/// through the server's own storage and account setup (same settings sources).</summary>
internal static class AdminPasswordReset
{
    public static async Task RunAsync(string? email, string[] settings, TextWriter stdout)
    {
        var builder = WebApplication.CreateBuilder(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStorage();
        builder.Services.AddDataProtectionKeys(builder.Configuration);
        builder.Services.AddAccounts(builder.Configuration);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await StorageSetup.MigrateAsync(db, CancellationToken.None); // a database older than this build gets its columns first

        var admins = await db.Users.Where(u => u.IsAdmin).Select(u => u.Email).ToListAsync();
        if (admins.Count == 0) throw new MaintenanceRefusedException("Belum ada admin server di basis data ini; jalankan server sekali untuk membuatnya.");
        if (string.IsNullOrWhiteSpace(email))
        {
            if (admins.Count > 1)
                throw new CommandUsageException($"Ada {admins.Count} admin server: sebutkan salah satunya dengan --email ({string.Join(", ", admins)}).");
            email = admins[0];
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email!.Trim());
        if (user is null || !user.IsAdmin)
            throw new MaintenanceRefusedException($"\"{email}\" bukan admin server. Admin server: {string.Join(", ", admins)}.");

        var password = TemporaryPassword.Create();
        user.MustChangePassword = true;
        var removed = await users.RemovePasswordAsync(user);
        var added = removed.Succeeded ? await users.AddPasswordAsync(user, password) : removed; // rotates the security stamp: sessions end
        if (!added.Succeeded) throw new MaintenanceRefusedException("Kata sandi tidak dapat diatur ulang: " + string.Join(" ", added.Errors.Select(e => e.Description)));

        await stdout.WriteLineAsync($"Kata sandi admin server {user.Email} diatur ulang; semua sesinya berakhir.");
        await stdout.WriteLineAsync($"Kata sandi sementara: {password}");
        await stdout.WriteLineAsync("Saat masuk dengan kata sandi ini, admin wajib membuat kata sandi baru.");
    }
}

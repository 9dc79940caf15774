using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Narratives;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Server.Storage;

/// <summary>First start: applies migrations, creates the first administrator (Admin:Email / Admin:Password, or a
/// generated password printed once) and, unless Storage:SeedSample is false, the sample unit with its narratives.
/// Instances starting together on one PostgreSQL database take turns (<see cref="StartupLock"/>): the first does the
/// work, the others find it done.</summary>
public sealed class Seeder(AppDbContext db, UserManager<AppUser> users, IOptions<AdminOptions> admin, IOptions<StorageOptions> storage,
    NarrativeStore narratives, LkeCatalog catalog, IDataProtectionProvider dataProtection, TimeProvider time, ILogger<Seeder> log)
{
    public async Task SeedAsync(CancellationToken cancel)
    {
        await using var turn = await StartupLock.AcquireAsync(db, log, cancel);
        await StorageSetup.MigrateAsync(db, cancel);
        EnsureDataProtectionKey();
        var adminUser = await EnsureAdminAsync();
        if (storage.Value.SeedSample && adminUser is not null && !await db.Units.AnyAsync(cancel))
            await SeedSampleUnitAsync(adminUser, cancel);
    }

    /// <summary>Loads the key ring from the database, creating its first key if there is none, while holding the turn:
    /// otherwise the first sign-ins on two fresh instances could each create a key the other has not loaded yet, and a
    /// token issued by one would be refused by the other until its next key-ring refresh (up to 24 hours).</summary>
    private void EnsureDataProtectionKey() => dataProtection.CreateProtector("NarrativeAssist.Startup").Protect([1]);

    private async Task<AppUser?> EnsureAdminAsync()
    {
        var email = admin.Value.Email.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null) return existing;
        if (await db.Users.AnyAsync(u => u.IsAdmin)) return null;
        var password = admin.Value.Password;
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = TemporaryPassword.Create();
        // A generated password was shown on a console: the operator must replace it at the first sign-in.
        var user = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, IsAdmin = true, DisplayName = "Administrator",
            MustChangePassword = generated };
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded)
            throw new InvalidOperationException("Admin:Password ditolak: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        if (generated)
        {
            // Printed once on the console only, never logged: the operator notes it and changes it.
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine(" Akun admin pertama dibuat. Catat sekarang; kata sandi tidak ditampilkan lagi.");
            Console.WriteLine($"   Surel      : {email}");
            Console.WriteLine($"   Kata sandi : {password}");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
        log.LogInformation("First administrator account created");
        return user;
    }

    private async Task SeedSampleUnitAsync(AppUser adminUser, CancellationToken cancel)
    {
        var unit = new UnitEntity
        {
            Id = Guid.NewGuid(), Nama = "KPPN Contoh", Instansi = "Kementerian Keuangan", CreatedAt = time.GetUtcNow(),
            ProfileText = Samples.Resource("contoh.yaml"), ProfileUpdatedAt = time.GetUtcNow(),
        };
        db.Units.Add(unit);
        db.Memberships.Add(new MembershipEntity { UnitId = unit.Id, UserId = adminUser.Id, Role = Roles.Admin });
        await db.SaveChangesAsync(cancel);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(Samples.Resource("narasi-contoh.yaml")));
        foreach (YamlMappingNode n in (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["narasi"])
        {
            var q = catalog.FindQuestion(n["id"].ToString())!;
            var answer = n.Children.TryGetValue("jawaban", out var a) ? a.ToString() : null;
            await narratives.SaveAsync(unit.Id, q, n["teks"].ToString().Trim(), answer, "", adminUser.Id, cancel);
        }
        log.LogInformation("Sample unit seeded");
    }
}

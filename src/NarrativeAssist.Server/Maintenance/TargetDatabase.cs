using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Maintenance;

/// <summary>The database the server would use with these settings, resolved by the server's own storage setup
/// (same configuration sources, same default file under the content root), and the migrations this build knows.</summary>
internal sealed record TargetDatabase(StorageSetup.ResolvedStorage Storage, IReadOnlyList<string> KnownMigrations)
{
    public static async Task<TargetDatabase> ResolveAsync(string[] settings)
    {
        var builder = WebApplication.CreateBuilder(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddStorage();
        await using var app = builder.Build();
        StorageSetup.ResolvedStorage storage;
        try { storage = app.Services.GetRequiredService<StorageSetup.ResolvedStorage>(); }
        catch (InvalidOperationException e) { throw new MaintenanceRefusedException("Pengaturan penyimpanan tidak valid: " + e.Message); }
        using var scope = app.Services.CreateScope();
        var migrations = scope.ServiceProvider.GetRequiredService<SqliteAppDbContext>().Database.GetMigrations().ToList();
        return new TargetDatabase(storage, migrations);
    }

    /// <summary>The SQLite file's full path; PostgreSQL and in-memory databases are refused with the right tool named.</summary>
    public string SqlitePath(string command)
    {
        if (Storage.IsPostgres)
            throw new MaintenanceRefusedException(command == "backup"
                ? "Server memakai PostgreSQL: perintah ini hanya untuk SQLite. Cadangkan dengan pg_dump, mis. " +
                  "pg_dump -Fc -h HOST -U PENGGUNA -d NAMA_BASIS_DATA -f narrativeassist.dump (lihat docs/operasi.md)."
                : "Server memakai PostgreSQL: perintah ini hanya untuk SQLite. Pulihkan dengan pg_restore ke basis data baru, mis. " +
                  "createdb -T template0 -E UTF8 NAMA_BARU lalu pg_restore --no-owner --exit-on-error -d NAMA_BARU narrativeassist.dump (lihat docs/operasi.md).");
        var source = new SqliteConnectionStringBuilder(Storage.Connection).DataSource;
        if (string.IsNullOrWhiteSpace(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            throw new MaintenanceRefusedException($"Basis data SQLite \"{source}\" bukan berkas biasa; cadangan dan pemulihan memerlukan berkas (Data Source=/jalur/narrativeassist.db).");
        return Path.GetFullPath(source);
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NarrativeAssist.Server.Storage;

public static class StorageSetup
{
    /// <summary>Registers both providers' contexts and <see cref="AppDbContext"/> resolving to the configured one.
    /// Configuration is read when the services are resolved, not while registering them, so settings layered on
    /// later (environment, command line, test hosts) are honoured.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddSingleton(Resolve); // read once, after the host's configuration is complete
        services.AddDbContext<SqliteAppDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<ResolvedStorage>().Connection)
            .AddInterceptors(BusyTimeout));
        services.AddDbContext<PostgresAppDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<ResolvedStorage>().Connection));
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<ResolvedStorage>().IsPostgres
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());
        return services;
    }

    private static readonly SqliteBusyTimeout BusyTimeout = new();

    internal sealed record ResolvedStorage(bool IsPostgres, string Connection);

    private static ResolvedStorage Resolve(IServiceProvider sp)
    {
        var config = sp.GetRequiredService<IConfiguration>();
        var options = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var connection = config.GetConnectionString("NarrativeAssist");
        return options.Provider.ToLowerInvariant() switch
        {
            "postgres" or "postgresql" or "npgsql" => string.IsNullOrWhiteSpace(connection)
                ? throw new InvalidOperationException("Storage:Provider = Postgres memerlukan ConnectionStrings:NarrativeAssist.")
                : new ResolvedStorage(true, connection),
            "sqlite" => new ResolvedStorage(false, SqliteConnection(connection, options, sp.GetRequiredService<IHostEnvironment>())),
            _ => throw new InvalidOperationException($"Storage:Provider '{options.Provider}' tidak dikenal (Sqlite | Postgres)."),
        };
    }

    private static string SqliteConnection(string? configured, StorageOptions options, IHostEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var dir = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.DataDirectory));
        Directory.CreateDirectory(dir);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "narrativeassist.db"), Pooling = true }.ToString();
    }

    /// <summary>Applies migrations; on SQLite also turns on WAL (readers never block the writer; stored in the file).
    /// synchronous stays at SQLite's default FULL on every connection: an acknowledged save is on disk before the answer
    /// goes out, so it survives power loss as well as a crash (docs/operasi.md).</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken cancel = default)
    {
        await db.Database.MigrateAsync(cancel);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancel);
    }
}

// Design-time factories for `dotnet ef migrations add … --context SqliteAppDbContext|PostgresAppDbContext`.
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

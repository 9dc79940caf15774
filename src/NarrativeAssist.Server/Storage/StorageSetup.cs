using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NarrativeAssist.Server.Storage;

public static class StorageSetup
{
    /// <summary>Registers the provider's context (and <see cref="AppDbContext"/> resolving to it) from configuration.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var options = config.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var connection = config.GetConnectionString("NarrativeAssist");
        switch (options.Provider.ToLowerInvariant())
        {
            case "postgres" or "postgresql" or "npgsql":
                if (string.IsNullOrWhiteSpace(connection))
                    throw new InvalidOperationException("Storage:Provider = Postgres memerlukan ConnectionStrings:NarrativeAssist.");
                services.AddDbContext<PostgresAppDbContext>(o => o.UseNpgsql(connection));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                break;
            case "sqlite":
                connection = SqliteConnection(connection, options, env);
                services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(connection));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{options.Provider}' tidak dikenal (Sqlite | Postgres).");
        }
        return services;
    }

    private static string SqliteConnection(string? configured, StorageOptions options, IHostEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var dir = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.DataDirectory));
        Directory.CreateDirectory(dir);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "narrativeassist.db"), Pooling = true }.ToString();
    }

    /// <summary>Applies migrations; on SQLite also turns on WAL (readers never block the writer) and a busy timeout.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken cancel = default)
    {
        await db.Database.MigrateAsync(cancel);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancel);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancel);
        }
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

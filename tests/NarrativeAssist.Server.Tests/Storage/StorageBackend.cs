using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NarrativeAssist.Server.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Storage;

/// <summary>One fresh database of a provider ("Sqlite": a file in a folder of its own; "Postgres": a database
/// <c>na_test_&lt;guid&gt;</c> on the NA_TEST_POSTGRES server). Every <see cref="Start"/> is a server on that same
/// database, so disposing one factory and starting another is a restart.</summary>
public sealed class StorageBackend : IAsyncDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>Theory data: every storage test runs on both providers.</summary>
    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    private readonly Dictionary<string, string?> _settings;
    private readonly string? _sqliteDirectory;
    private readonly PostgresDatabase? _postgres;

    public string Provider { get; }

    private StorageBackend(string provider, Dictionary<string, string?> settings, string? sqliteDirectory, PostgresDatabase? postgres)
    {
        Provider = provider;
        _settings = settings;
        _sqliteDirectory = sqliteDirectory;
        _postgres = postgres;
    }

    public static async Task<StorageBackend> CreateAsync(string provider)
    {
        switch (provider)
        {
            case Sqlite:
                var dir = Path.Combine(Path.GetTempPath(), "na-storage-tests", Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(dir);
                return new StorageBackend(provider, new()
                {
                    ["Storage:Provider"] = "Sqlite",
                    ["ConnectionStrings:NarrativeAssist"] = $"Data Source={Path.Combine(dir, "narrativeassist.db")}",
                }, dir, null);
            case Postgres:
                var db = await Support.Postgres.CreateDatabaseAsync();
                return new StorageBackend(provider, Support.Postgres.Settings(db.ConnectionString), null, db);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite | Postgres");
        }
    }

    /// <summary>A server on this database. The caller disposes it (a restart is dispose, then another Start).</summary>
    public ServerFactory Start(bool seedSample = true)
    {
        var factory = new ServerFactory(seedSample, _settings);
        try
        {
            // The provider really in use, not the default: a misread setting would silently test SQLite twice.
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Database.ProviderName.Should().Be(Provider == Sqlite ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL");
            return factory;
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        if (_sqliteDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

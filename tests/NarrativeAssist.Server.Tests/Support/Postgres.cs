using Npgsql;

namespace NarrativeAssist.Server.Tests.Support;

/// <summary>The PostgreSQL server the tests run against, named by the environment variable NA_TEST_POSTGRES
/// (<c>Host=127.0.0.1;Port=5432;Username=…;Password=…;Database=…</c>; the role must be allowed to create databases).
/// <c>bash .ci/run</c> installs, starts and names one. Without it, or when it cannot be reached, every PostgreSQL test
/// fails with <see cref="UnavailableMessage"/>: PostgreSQL is required, never skipped.</summary>
public static class Postgres
{
    public const string EnvironmentVariable = "NA_TEST_POSTGRES";

    public const string UnavailableMessage =
        "PostgreSQL tidak tersedia: set NA_TEST_POSTGRES (mis. \"Host=127.0.0.1;Port=5432;Username=na_test;Password=…;Database=na_test\", " +
        "peran yang boleh CREATE DATABASE) ke server PostgreSQL yang berjalan (bash .ci/run memasang dan menjalankannya: apt-get install postgresql).";

    private static readonly Lazy<Task<string>> Server = new(CheckServerAsync);

    /// <summary>A fresh, empty database on the test server, dropped when disposed.</summary>
    public static async Task<PostgresDatabase> CreateDatabaseAsync()
    {
        var server = await Server.Value;
        var name = $"na_test_{Guid.NewGuid():N}";
        // UTF-8 and one locale whatever the cluster was created with (a cluster made under LANG=C would be SQL_ASCII).
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new PostgresDatabase(name, connection, server);
    }

    /// <summary>A server factory on its own fresh database (dropped with the factory).</summary>
    public static async Task<PostgresServerFactory> FactoryAsync(bool seedSample = true, IDictionary<string, string?>? overrides = null)
    {
        var db = await CreateDatabaseAsync();
        return new PostgresServerFactory(db, seedSample, overrides);
    }

    /// <summary>The settings that point a <see cref="ServerFactory"/> at <paramref name="connectionString"/>.</summary>
    public static Dictionary<string, string?> Settings(string connectionString, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:NarrativeAssist"] = connectionString,
        };
        foreach (var (k, v) in more ?? new Dictionary<string, string?>()) settings.TryAdd(k, v);
        return settings;
    }

    private static async Task<string> CheckServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(configured)) throw new PostgresUnavailableException(UnavailableMessage + " (variabel tidak diset)");
        NpgsqlConnectionStringBuilder builder;
        try { builder = new NpgsqlConnectionStringBuilder(configured); }
        catch (ArgumentException e) { throw new PostgresUnavailableException($"{UnavailableMessage} (NA_TEST_POSTGRES tidak valid: {e.Message})"); }
        if (string.IsNullOrEmpty(builder.Database)) builder.Database = "postgres";
        try
        {
            // A single unpooled try with a short timeout; the server under test then uses the string as configured.
            var probe = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Timeout = 10, Pooling = false };
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            throw new PostgresUnavailableException($"{UnavailableMessage} (tidak dapat terhubung ke {builder.Host}:{builder.Port}: {e.Message})");
        }
        return builder.ConnectionString;
    }

    /// <summary>Whether a database of that name exists on the test server.</summary>
    public static async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(await Server.Value);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        return await command.ExecuteScalarAsync() is not null;
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A <see cref="ServerFactory"/> on a fresh PostgreSQL database of its own, dropped when the factory is disposed.</summary>
public sealed class PostgresServerFactory(PostgresDatabase db, bool seedSample, IDictionary<string, string?>? overrides)
    : ServerFactory(seedSample, Postgres.Settings(db.ConnectionString, overrides))
{
    public PostgresDatabase Database => db;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) db.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>One test database (<c>na_test_&lt;guid&gt;</c>): the server factories started on it share its data;
/// disposing it drops it, closing any connection still open.</summary>
public sealed class PostgresDatabase(string name, string connectionString, string server) : IAsyncDisposable
{
    private int _dropped;
    public string Name { get; } = name;
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _dropped, 1) == 1) return;
        await using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
        // FORCE cannot end an autovacuum worker that the fresh database's first writes may have started (42501 for a
        // role without pg_signal_backend): it finishes within moments, so try again briefly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Postgres.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }
}

public sealed class PostgresUnavailableException(string message) : Exception(message);

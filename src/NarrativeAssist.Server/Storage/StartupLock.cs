using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NarrativeAssist.Server.Storage;

/// <summary>Serialises the first-start work (migrations, seeding, the first Data Protection key) among server instances
/// sharing one PostgreSQL database: a session-level advisory lock on a connection of its own, released when that
/// connection closes — also when the holder dies. Without it two instances starting together both run the same
/// migration (and crash on "column already exists") and both create the first administrator and the sample unit.
/// SQLite serves one process only; it needs no lock.</summary>
public static class StartupLock
{
    /// <summary>Any fixed number, the same in every instance ("NAstart").</summary>
    public const long Key = 0x4E_41_73_74_61_72_74;

    public static async Task<IAsyncDisposable> AcquireAsync(AppDbContext db, ILogger log, CancellationToken cancel)
    {
        if (!db.Database.IsNpgsql()) return NoLock.Instance;
        // Unpooled: a pooled connection would keep the session, and the lock, alive after Dispose.
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancel);
            await using (var tryLock = Command(connection, "SELECT pg_try_advisory_lock($1)"))
                if (await tryLock.ExecuteScalarAsync(cancel) is true) return connection;
            log.LogInformation("Another instance is preparing the database; waiting for it");
            await using (var waitLock = Command(connection, "SELECT pg_advisory_lock($1)"))
                await waitLock.ExecuteNonQueryAsync(cancel);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) =>
        new(sql, connection) { Parameters = { new() { Value = Key } } };

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

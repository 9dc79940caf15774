using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NarrativeAssist.Server.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary>The SQLite settings the crash-safety promise rests on (docs/operasi.md): WAL, and synchronous FULL on every
/// connection the server uses — not only on the one that happened to run a PRAGMA (synchronous is per connection).</summary>
public class DurabilitySettingsTests
{
    [Fact]
    public async Task Every_SQLite_connection_of_the_server_runs_in_WAL_with_synchronous_FULL_and_a_busy_timeout()
    {
        using var factory = new ServerFactory(seedSample: false);
        var scopes = Enumerable.Range(0, 4).Select(_ => factory.Services.CreateScope()).ToList();
        try
        {
            var contexts = scopes.Select(s => s.ServiceProvider.GetRequiredService<AppDbContext>()).ToList();
            foreach (var db in contexts) await db.Database.OpenConnectionAsync(); // several at once: distinct pooled connections
            foreach (var db in contexts)
            {
                (await Scalar(db, "PRAGMA journal_mode")).Should().Be("wal");
                (await Scalar(db, "PRAGMA synchronous")).Should().Be("2", "2 = FULL: the WAL is synced before a save is acknowledged");
                (await Scalar(db, "PRAGMA busy_timeout")).Should().Be("5000", "a writer waits for the lock inside SQLite, not in 150 ms driver sleeps");
            }
        }
        finally
        {
            foreach (var s in scopes) s.Dispose();
        }
    }

    private static async Task<string> Scalar(AppDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

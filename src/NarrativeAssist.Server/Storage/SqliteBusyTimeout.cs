using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NarrativeAssist.Server.Storage;

/// <summary>Sets SQLite's own busy timeout on every connection the pool hands out. Without it a writer that finds the
/// write lock taken gets SQLITE_BUSY at once and Microsoft.Data.Sqlite retries after a fixed 150 ms sleep, so two saves
/// landing together cost the second one 150 ms or more (seen as the load test's tail). SQLite's busy handler instead
/// retries within a few milliseconds of the lock being released. The command timeout still bounds the whole wait.</summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 5000;
    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NarrativeAssist.Server.Storage;

public static class DbErrors
{
    /// <summary>The insert lost a race for a primary key or unique index (another request or another instance wrote
    /// the row first), on either provider. Other failures are not races and must not be swallowed.</summary>
    public static bool IsUniqueViolation(this DbUpdateException e) => e.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKeyViolation or SqliteUniqueViolation,
        _ => false,
    };

    private const int SqlitePrimaryKeyViolation = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY
    private const int SqliteUniqueViolation = 2067;     // SQLITE_CONSTRAINT_UNIQUE
}

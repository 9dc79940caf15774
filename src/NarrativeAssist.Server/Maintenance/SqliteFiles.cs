using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NarrativeAssist.Server.Maintenance;

/// <summary>Small facts about SQLite files on disk: connections that leave nothing open, the sidecar files, whether
/// another process (a running server) has the database open, sizes in Indonesian notation.</summary>
internal static class SqliteFiles
{
    public static readonly string[] Sidecars = ["-wal", "-shm", "-journal"];

    /// <summary>Unpooled, so the file is really closed when the connection is disposed; never creates a missing file.</summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWrite)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static bool HasSqliteHeader(string path)
    {
        var magic = "SQLite format 3\0"u8;
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[16];
        return file.ReadAtLeast(head, 16, throwOnEndOfStream: false) == 16 && head.SequenceEqual(magic);
    }

    /// <summary>Whether another process has the database open. The server keeps pooled WAL connections open, each
    /// holding a shared lock on the WAL index; a connection in exclusive locking mode cannot begin a transaction
    /// until they are all closed. (Opening here checkpoints and removes a left-over WAL: nothing is lost.)</summary>
    public static bool InUse(string path)
    {
        try
        {
            using var connection = Open(path);
            Execute(connection, "PRAGMA locking_mode=EXCLUSIVE;");
            Execute(connection, "BEGIN EXCLUSIVE; ROLLBACK;", timeoutSeconds: 2);
            return false;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            return true;
        }
        catch (SqliteException)
        {
            return false; // unreadable or not a database: no server can be using it either
        }
    }

    public static void Execute(SqliteConnection connection, string sql, int timeoutSeconds = 30)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds; // Microsoft.Data.Sqlite retries SQLITE_BUSY until this runs out
        command.ExecuteNonQuery();
    }

    public static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }

    public static long Count(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Flushes a finished file to the disk before it is given its final name.</summary>
    public static void Flush(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        file.Flush(flushToDisk: true);
    }

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',') + " KB"
        : (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',') + " MB";

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0#", CultureInfo.InvariantCulture).Replace('.', ',') + " s";

    public static string Stamp(DateTimeOffset t) => t.ToLocalTime().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

    /// <summary><paramref name="path"/> itself, or with "-2", "-3", … before nothing else exists under it (nor its sidecars).</summary>
    public static string Unused(string path)
    {
        var candidate = path;
        for (var n = 2; Exists(candidate); n++) candidate = path + "-" + n.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || Sidecars.Any(s => File.Exists(path + s));

    /// <summary>"1.234 narasi": Indonesian thousands separator; nouns do not change with the count.</summary>
    public static string Counted(long n, string noun) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " " + noun;
}

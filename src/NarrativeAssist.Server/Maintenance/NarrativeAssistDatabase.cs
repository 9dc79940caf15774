using Microsoft.Data.Sqlite;

namespace NarrativeAssist.Server.Maintenance;

/// <summary>What a backup holds, as far as an operator needs to see it.</summary>
internal sealed record DatabaseSummary(long Bytes, long Units, long Narratives, long Revisions, long Users, string LastMigration)
{
    public string Contents =>
        $"{SqliteFiles.Counted(Units, "unit")}, {SqliteFiles.Counted(Narratives, "narasi")}, {SqliteFiles.Counted(Revisions, "versi narasi")}, {SqliteFiles.Counted(Users, "akun")}";
}

/// <summary>Checks that a file is a sound NarrativeAssist SQLite database this build can run on: SQLite's own
/// integrity check, the core tables, and a migration history with nothing newer than this build knows.</summary>
internal static class NarrativeAssistDatabase
{
    private static readonly string[] CoreTables = ["__EFMigrationsHistory", "AspNetUsers", "Units", "Memberships", "Narratives", "NarrativeRevisions"];

    /// <param name="name">How the file is named in messages ("Cadangan X").</param>
    /// <param name="knownMigrations">This build's migrations; a newer database is refused (its schema would be unknown).</param>
    public static DatabaseSummary Verify(string path, string name, IReadOnlyCollection<string>? knownMigrations)
    {
        if (!SqliteFiles.HasSqliteHeader(path)) throw new MaintenanceRefusedException($"{name} bukan basis data SQLite.");
        try
        {
            using var db = SqliteFiles.Open(path);
            var problems = SqliteFiles.Strings(db, "PRAGMA integrity_check(20)");
            if (problems is not ["ok"])
                throw new MaintenanceRefusedException($"{name} rusak: pemeriksaan integritas SQLite menemukan {problems.Count} masalah, mis. \"{problems.FirstOrDefault()}\".");

            var tables = SqliteFiles.Strings(db, "SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
            var missing = CoreTables.Where(t => !tables.Contains(t)).ToList();
            if (tables.Count == 0) // typically a file copied from under a running server, its data still in the -wal beside it
                throw new MaintenanceRefusedException($"{name} kosong (tanpa tabel). Salinan berkas dari server yang sedang berjalan tidak memuat " +
                    "isi berkas -wal; buat cadangan dengan perintah backup.");
            if (missing.Count > 0)
                throw new MaintenanceRefusedException($"{name} bukan basis data NarrativeAssist (tabel {string.Join(", ", missing)} tidak ada).");

            var applied = SqliteFiles.Strings(db, "SELECT MigrationId FROM \"__EFMigrationsHistory\" ORDER BY MigrationId");
            if (applied.Count == 0) throw new MaintenanceRefusedException($"{name} bukan basis data NarrativeAssist (riwayat migrasi kosong).");
            var unknown = knownMigrations is null ? [] : applied.Where(m => !knownMigrations.Contains(m)).ToList();
            if (unknown.Count > 0)
                throw new MaintenanceRefusedException(
                    $"{name} dibuat oleh versi NarrativeAssist yang lebih baru (migrasi {string.Join(", ", unknown)} tidak dikenal versi ini). Perbarui NarrativeAssist lebih dulu.");

            return new DatabaseSummary(new FileInfo(path).Length, SqliteFiles.Count(db, "Units"), SqliteFiles.Count(db, "Narratives"),
                SqliteFiles.Count(db, "NarrativeRevisions"), SqliteFiles.Count(db, "AspNetUsers"), applied[^1]);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26) // SQLITE_CORRUPT, SQLITE_NOTADB
        {
            throw new MaintenanceRefusedException($"{name} rusak dan tidak dapat dibaca sebagai basis data SQLite ({e.Message}).");
        }
    }
}

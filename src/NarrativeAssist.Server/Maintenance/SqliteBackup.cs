using Microsoft.Data.Sqlite;

namespace NarrativeAssist.Server.Maintenance;

/// <summary>Online backup through SQLite's backup API: one consistent snapshot taken inside a read transaction, which in
/// WAL mode blocks no writer, so the server keeps serving. The copy is written under a temporary name, turned into a
/// single self-contained file (rollback journal, no WAL), integrity-checked, flushed, and only then given its name:
/// an interrupted run never leaves a half backup that looks finished.</summary>
internal static class SqliteBackup
{
    public static BackupResult Run(string databasePath, string output, TimeProvider time)
    {
        var started = time.GetTimestamp();
        if (!File.Exists(databasePath))
            throw new MaintenanceRefusedException($"Basis data {databasePath} tidak ditemukan. Periksa ConnectionStrings:NarrativeAssist atau Storage:DataDirectory.");
        var target = Path.GetFullPath(output);
        if (Directory.Exists(target)) target = Path.Combine(target, $"narrativeassist-{SqliteFiles.Stamp(time.GetUtcNow())}.db");
        if (File.Exists(target)) throw new MaintenanceRefusedException($"Berkas {target} sudah ada dan tidak ditimpa. Pilih nama lain atau sebutkan folder.");
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder)) throw new MaintenanceRefusedException($"Folder {folder} tidak ada.");

        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.sebagian");
        try
        {
            using (var source = SqliteFiles.Open(databasePath))
            using (var copy = SqliteFiles.Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);
                SqliteFiles.Execute(copy, "PRAGMA journal_mode=DELETE;");
            }
            var summary = NarrativeAssistDatabase.Verify(partial, $"Salinan {databasePath}", knownMigrations: null);
            SqliteFiles.Flush(partial);
            File.Move(partial, target, overwrite: false);
            return new BackupResult(databasePath, target, summary, time.GetElapsedTime(started));
        }
        finally
        {
            foreach (var f in SqliteFiles.Sidecars.Select(s => partial + s).Prepend(partial))
                if (File.Exists(f)) File.Delete(f);
        }
    }
}

internal sealed record BackupResult(string Source, string Output, DatabaseSummary Summary, TimeSpan Took)
{
    public void Print(TextWriter o)
    {
        o.WriteLine($"Cadangan selesai: {Output}");
        o.WriteLine($"  sumber     : {Source} (server boleh tetap berjalan)");
        o.WriteLine($"  isi        : {Summary.Contents}");
        o.WriteLine($"  ukuran     : {SqliteFiles.Size(Summary.Bytes)}");
        o.WriteLine($"  migrasi    : {Summary.LastMigration}");
        o.WriteLine("  integritas : ok (PRAGMA integrity_check)");
        o.WriteLine($"  waktu      : {SqliteFiles.Seconds(Took)}");
    }
}

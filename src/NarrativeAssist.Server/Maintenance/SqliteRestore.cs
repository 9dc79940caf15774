namespace NarrativeAssist.Server.Maintenance;

/// <summary>Puts a backup in place of the server's SQLite file. The backup is first copied beside the target and the
/// copy is what gets checked and installed, so nothing can change between the check and the use. The old database is
/// never deleted: it (and its WAL, if any) is renamed aside. Refused, with nothing changed, when the backup is unusable
/// or a server has the database open.</summary>
internal static class SqliteRestore
{
    public static RestoreResult Run(string backup, string databasePath, IReadOnlyCollection<string> knownMigrations, TimeProvider time)
    {
        var from = Path.GetFullPath(backup);
        if (!File.Exists(from)) throw new MaintenanceRefusedException($"Berkas cadangan {from} tidak ditemukan.");
        if (from == databasePath) throw new MaintenanceRefusedException($"Berkas cadangan {from} adalah basis data server itu sendiri.");
        var folder = Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(folder);

        var staged = Path.Combine(folder, $".{Path.GetFileName(databasePath)}.{Guid.NewGuid():N}.pemulihan");
        try
        {
            File.Copy(from, staged);
            var summary = NarrativeAssistDatabase.Verify(staged, $"Cadangan {from}", knownMigrations);
            if (File.Exists(databasePath) && SqliteFiles.InUse(databasePath))
                throw new MaintenanceRefusedException(
                    $"Basis data {databasePath} sedang dipakai (server masih berjalan?). Hentikan server lalu ulangi; tidak ada yang diubah.");
            SqliteFiles.Flush(staged);

            string? aside = null;
            if (File.Exists(databasePath) || SqliteFiles.Sidecars.Any(s => File.Exists(databasePath + s)))
            {
                aside = SqliteFiles.Unused($"{databasePath}.sebelum-pemulihan-{SqliteFiles.Stamp(time.GetUtcNow())}");
                // Sidecars first: a WAL left under the target's name would be replayed onto the restored file.
                foreach (var s in SqliteFiles.Sidecars)
                    if (File.Exists(databasePath + s)) File.Move(databasePath + s, aside + s);
                if (File.Exists(databasePath)) File.Move(databasePath, aside);
            }
            File.Move(staged, databasePath);
            return new RestoreResult(from, databasePath, aside, summary);
        }
        finally
        {
            foreach (var f in SqliteFiles.Sidecars.Select(s => staged + s).Prepend(staged))
                if (File.Exists(f)) File.Delete(f);
        }
    }
}

internal sealed record RestoreResult(string From, string DatabasePath, string? Aside, DatabaseSummary Summary)
{
    public void Print(TextWriter o)
    {
        o.WriteLine($"Pemulihan selesai: {DatabasePath}");
        o.WriteLine($"  dari       : {From}");
        o.WriteLine($"  isi        : {Summary.Contents}");
        o.WriteLine($"  migrasi    : {Summary.LastMigration}");
        o.WriteLine("  integritas : ok (PRAGMA integrity_check)");
        o.WriteLine(Aside is null ? "  data lama  : tidak ada" : $"  data lama  : dipindah ke {Aside} (tidak dihapus)");
        o.WriteLine("Jalankan server seperti biasa; migrasi yang lebih baru dari cadangan diterapkan otomatis saat server mulai.");
    }
}

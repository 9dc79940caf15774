using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Maintenance;

/// <summary>Server subcommands that run instead of the web host: <c>backup</c> and <c>restore</c> of the database the
/// server is configured with, and <c>reset-admin</c> (a new password for a server admin who lost theirs). The settings are read exactly as the server reads them (appsettings, environment,
/// <c>--Key=value</c> on the command line), so the command always acts on the server's own database.
/// Exit codes: 0 done, 1 failed while working, 2 refused (usage, PostgreSQL, an unusable backup, the database in use).</summary>
public static class MaintenanceCommands
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Refused = 2;

    private static readonly Dictionary<string, CommandSpec> Commands = new(StringComparer.Ordinal)
    {
        ["backup"] = new(["output"], """
            Pemakaian: NarrativeAssist.Server backup --output BERKAS.db|FOLDER [--Kunci=nilai …]
              Cadangan daring basis data SQLite server (API backup SQLite): server boleh tetap berjalan dan melayani.
              Salinan diperiksa (PRAGMA integrity_check) sebelum diberi nama akhirnya; berkas yang sudah ada tidak ditimpa.
              FOLDER: nama berkas dibuat otomatis (narrativeassist-TTTTBBHH-JJMMDD.db).
              PostgreSQL: gunakan pg_dump -Fc (lihat docs/operasi.md).
            Pengaturan sama dengan server, mis. --ConnectionStrings:NarrativeAssist="Data Source=/var/lib/na/narrativeassist.db".

            """),
        ["restore"] = new(["from"], """
            Pemakaian: NarrativeAssist.Server restore --from CADANGAN.db [--Kunci=nilai …]
              Memulihkan basis data SQLite server dari cadangan. Hentikan server lebih dulu (ditolak bila basis data sedang dipakai).
              Cadangan diperiksa dulu: integritas, tabel dan riwayat migrasi NarrativeAssist. Berkas lama tidak dihapus:
              dipindah ke samping dengan akhiran .sebelum-pemulihan-WAKTU.
              PostgreSQL: gunakan pg_restore (lihat docs/operasi.md).

            """),
        ["reset-admin"] = new(["email"], """
            Pemakaian: NarrativeAssist.Server reset-admin [--email SUREL_ADMIN] [--Kunci=nilai …]
              Membuat kata sandi acak baru untuk admin server (bila kata sandinya hilang) dan mencetaknya sekali.
              Semua sesi admin itu berakhir; saat masuk dengan kata sandi sementara, admin wajib membuat kata sandi baru.
              --email boleh dilewati bila hanya ada satu admin server. SQLite dan PostgreSQL.

            """),
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var spec = Commands[args[0]];
        try
        {
            var line = CommandLine.Parse(args.AsSpan(1), spec.Options);
            if (line.Help) { await stdout.WriteAsync(spec.Usage); return Ok; }
            if (args[0] == "reset-admin")
            {
                await AdminPasswordReset.RunAsync(line.Optional("email"), line.Settings, stdout);
                return Ok;
            }
            var file = line.Require(spec.Options[0]); // before resolving: a usage error must not touch the data folder
            var target = await TargetDatabase.ResolveAsync(line.Settings);
            if (args[0] == "backup")
                SqliteBackup.Run(target.SqlitePath("backup"), file, TimeProvider.System).Print(stdout);
            else
                SqliteRestore.Run(file, target.SqlitePath("restore"), target.KnownMigrations, TimeProvider.System).Print(stdout);
            return Ok;
        }
        catch (CommandUsageException e) { return Write(stderr, e.Message + "\n\n" + spec.Usage, Refused); }
        catch (MaintenanceRefusedException e) { return Write(stderr, e.Message, Refused); }
        catch (Microsoft.Data.Sqlite.SqliteException e) { return Write(stderr, "Gagal membaca atau menulis basis data: " + e.Message, Failed); }
        catch (UnauthorizedAccessException) { return Write(stderr, "Tidak ada izin membaca atau menulis berkas tersebut.", Failed); }
        catch (IOException e) { return Write(stderr, "Gagal membaca atau menulis berkas: " + e.Message, Failed); }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e) { return Write(stderr, "Gagal menulis ke basis data: " + e.Message, Failed); }
        catch (Npgsql.NpgsqlException e) { return Write(stderr, "Gagal menghubungi PostgreSQL: " + e.Message, Failed); }
    }

    private static int Write(TextWriter stderr, string message, int code)
    {
        stderr.WriteLine(message);
        return code;
    }

    private sealed record CommandSpec(string[] Options, string Usage);
}

/// <summary>Wrong use of a command; Indonesian message, exit code 2.</summary>
public sealed class CommandUsageException(string message) : Exception(message);

/// <summary>The command will not do what was asked (and has changed nothing); Indonesian message, exit code 2.</summary>
public sealed class MaintenanceRefusedException(string message) : Exception(message);

using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using NarrativeAssist.Server.Maintenance;

namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary><c>backup</c> and <c>restore</c> in-process: what they refuse (exit code 2, one Indonesian message, nothing
/// written or moved) and the backup into a folder. The run under a live server is in <see cref="BackupRestoreTests"/>.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class MaintenanceCommandTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("na-maint-");

    private string Target => Path.Combine(_dir.FullName, "data", "narrativeassist.db");

    [Theory]
    [InlineData("bukan-sqlite", "bukan basis data SQLite")]
    [InlineData("rusak", "rusak")]
    [InlineData("terpotong", "rusak")]
    [InlineData("basis-data-lain", "bukan basis data NarrativeAssist")]
    [InlineData("kosong", "kosong (tanpa tabel)")]
    [InlineData("versi-lebih-baru", "dibuat oleh versi NarrativeAssist yang lebih baru")]
    public async Task Restore_refuses_an_unusable_backup_and_leaves_the_database_untouched(string kind, string expected)
    {
        template.CopyTo(Target);
        var backup = MakeBackup(kind, Path.Combine(_dir.FullName, $"cadangan-{kind}.db"));
        var before = Snapshot();

        var (exit, stdout, stderr) = await RunAsync("restore", "--from", backup);

        exit.Should().Be(MaintenanceCommands.Refused);
        stdout.Should().BeEmpty();
        stderr.Should().Contain(expected).And.Contain(backup).And.NotContain("Exception").And.NotContain("   at ");
        Snapshot().Should().Equal(before, "nothing is overwritten, moved aside or left behind");
    }

    [Fact]
    public async Task Backup_into_a_folder_names_the_file_and_the_copy_is_a_sound_database()
    {
        template.CopyTo(Target);
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "cadangan")).FullName;

        var (exit, stdout, stderr) = await RunAsync("backup", "--output", folder);

        exit.Should().Be(MaintenanceCommands.Ok, stderr);
        var file = Directory.GetFiles(folder).Should().ContainSingle().Subject;
        Path.GetFileName(file).Should().MatchRegex(@"^narrativeassist-\d{8}-\d{6}\.db$");
        stdout.Should().Contain($"Cadangan selesai: {file}").And.Contain("1 unit, 10 narasi, 10 versi narasi, 1 akun").And.Contain("integritas : ok");
        CrashSafetyTests.IntegrityCheck(file).Should().Equal("ok");
        JournalMode(file).Should().Be("delete", "a backup is one self-contained file, no WAL beside it");
    }

    [Fact]
    public async Task Backup_refuses_to_overwrite_a_file_or_to_create_a_missing_database()
    {
        template.CopyTo(Target);
        var existing = Path.Combine(_dir.FullName, "lama.db");
        File.WriteAllText(existing, "cadangan kemarin");
        var (exit, _, stderr) = await RunAsync("backup", "--output", existing);
        exit.Should().Be(MaintenanceCommands.Refused);
        stderr.Should().Contain("sudah ada dan tidak ditimpa");
        File.ReadAllText(existing).Should().Be("cadangan kemarin");

        File.Delete(Target);

        (exit, _, stderr) = await RunAsync("backup", "--output", Path.Combine(_dir.FullName, "baru.db"));
        exit.Should().Be(MaintenanceCommands.Refused);
        stderr.Should().Contain("tidak ditemukan");
        File.Exists(Target).Should().BeFalse("a backup never creates an empty database where the server's should be");
        File.Exists(Path.Combine(_dir.FullName, "baru.db")).Should().BeFalse();
    }

    [Theory]
    [InlineData("backup", "--output", "pg_dump -Fc")]
    [InlineData("restore", "--from", "pg_restore")]
    public async Task On_PostgreSQL_the_commands_refuse_and_name_the_PostgreSQL_tool(string command, string option, string tool)
    {
        var file = Path.Combine(_dir.FullName, "narrativeassist.dump");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await MaintenanceCommands.RunAsync(
            [command, option, file, "--Storage:Provider=Postgres", "--ConnectionStrings:NarrativeAssist=Host=127.0.0.1;Database=zi"], stdout, stderr);
        exit.Should().Be(MaintenanceCommands.Refused);
        stderr.ToString().Should().Contain("PostgreSQL").And.Contain(tool).And.Contain("docs/operasi.md");
        File.Exists(file).Should().BeFalse();
    }

    [Fact]
    public async Task A_missing_or_unknown_option_prints_the_usage_in_Indonesian()
    {
        var (exit, _, stderr) = await RunAsync("restore");
        exit.Should().Be(MaintenanceCommands.Refused);
        stderr.Should().Contain("Opsi --from wajib diisi.").And.Contain("Pemakaian: NarrativeAssist.Server restore --from CADANGAN.db");

        (exit, _, stderr) = await RunAsync("backup", "-x", "cadangan.db");
        exit.Should().Be(MaintenanceCommands.Refused);
        stderr.Should().Contain("Opsi \"-x\" tidak dikenal.").And.Contain("Pemakaian: NarrativeAssist.Server backup --output");
        Directory.Exists(Path.GetDirectoryName(Target)).Should().BeFalse("a usage error touches nothing");
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await MaintenanceCommands.RunAsync([.. args, $"--ConnectionStrings:NarrativeAssist=Data Source={Target}"], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string MakeBackup(string kind, string path)
    {
        switch (kind)
        {
            case "bukan-sqlite":
                File.WriteAllText(path, "Ini catatan rapat, bukan basis data.");
                break;
            case "rusak": // pages in the middle overwritten, the header intact
                var bytes = File.ReadAllBytes(template.Path);
                new Random(7).NextBytes(bytes.AsSpan(10 * 4096, 8 * 4096));
                File.WriteAllBytes(path, bytes);
                break;
            case "terpotong":
                var all = File.ReadAllBytes(template.Path);
                File.WriteAllBytes(path, all[..(all.Length * 2 / 5)]);
                break;
            case "basis-data-lain":
                Sql(path, "CREATE TABLE catatan (id INTEGER PRIMARY KEY, isi TEXT); INSERT INTO catatan (isi) VALUES ('milik aplikasi lain');");
                break;
            case "kosong":
                Sql(path, "PRAGMA user_version = 1;");
                break;
            case "versi-lebih-baru":
                template.CopyTo(path);
                Sql(path, "INSERT INTO \"__EFMigrationsHistory\" (MigrationId, ProductVersion) VALUES ('29991231000000_DariMasaDepan', '99.0.0');");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
        return path;
    }

    private static void Sql(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string JournalMode(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Every file under the test folder with a hash of its bytes.</summary>
    private List<string> Snapshot() => Directory.GetFiles(_dir.FullName, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(_dir.FullName, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}").ToList();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }
}

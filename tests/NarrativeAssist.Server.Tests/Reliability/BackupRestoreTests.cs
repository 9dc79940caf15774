using System.Net;
using Microsoft.Data.Sqlite;
using NarrativeAssist.Server.Tests.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary>The server's <c>backup</c> and <c>restore</c> commands, run as a user runs them (child processes of the
/// built server): a backup taken while saves are running restores into a fresh location that a server then serves;
/// restoring over a database keeps the old one aside; restoring under a running server is refused.</summary>
[Collection(ReliabilityCollection.Name)]
public class BackupRestoreTests
{
    private static readonly string[] Questions = ["P.MP.1.a", "P.MP.1.b", "P.MP.2.a", "P.TL.1.a", "P.SDM.1.a", "P.PW.1.a"];

    [Fact]
    public async Task Backup_taken_during_saves_restores_into_a_fresh_location_and_the_server_serves_the_saved_narratives()
    {
        var dir = Directory.CreateTempSubdirectory("na-backup-");
        try
        {
            var live = ServerChild.Sqlite(Path.Combine(dir.FullName, "live", "narrativeassist.db"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "live"));
            var backupFile = Path.Combine(dir.FullName, "cadangan.db");
            var restoredDb = Path.Combine(dir.FullName, "baru", "data", "narrativeassist.db"); // folders do not exist yet
            var restored = ServerChild.Sqlite(restoredDb);

            Guid unit;
            IReadOnlyCollection<AckedSave> beforeBackup;
            await using (var server = await ServerChild.StartAsync(live))
            {
                using var http = await server.SignInAsync();
                unit = await http.CreateUnit("Unit Uji Cadangan");
                var burst = SaveBurst.Start(http, unit, Questions, writers: 4);
                await burst.WaitForAsync(40, TimeSpan.FromSeconds(60));
                beforeBackup = burst.Acked.ToList();

                var backup = await ServerChild.RunCommandAsync(["backup", "--output", backupFile], live);
                var duringBackup = burst.Acked.Count - beforeBackup.Count;
                backup.Exit.Should().Be(0, backup.Err);
                backup.Out.Should().Contain($"Cadangan selesai: {backupFile}").And.Contain("integritas : ok").And.Contain("1 unit");
                duringBackup.Should().BePositive("the server kept acknowledging saves while the backup ran");

                // Under the running server a restore is refused and changes nothing.
                var refused = await ServerChild.RunCommandAsync(["restore", "--from", backupFile], live);
                refused.Exit.Should().Be(2);
                refused.Err.Should().Contain("sedang dipakai");
                Directory.GetFiles(Path.Combine(dir.FullName, "live")).Should().NotContain(f => f.Contains("sebelum-pemulihan"));

                await burst.StopAsync();
                burst.Unexpected.Should().BeEmpty();
                await http.ShouldAllBePresentAsync(unit, burst.Acked.ToList()); // the live database lost nothing either
            }

            var restore = await ServerChild.RunCommandAsync(["restore", "--from", backupFile], restored);
            restore.Exit.Should().Be(0, restore.Err);
            restore.Out.Should().Contain($"Pemulihan selesai: {restoredDb}").And.Contain("data lama  : tidak ada");
            CrashSafetyTests.IntegrityCheck(restoredDb).Should().Equal("ok");

            const string laterText = "Narasi yang ditulis sesudah pemulihan, sebelum pemulihan kedua.";
            await using (var server = await ServerChild.StartAsync(restored))
            {
                using var http = await server.SignInAsync();
                await http.ShouldAllBePresentAsync(unit, beforeBackup);
                var (_, etag) = await http.Current(unit, Questions[0]);
                (await http.Save(unit, Questions[0], laterText, etag)).StatusCode.Should().Be(HttpStatusCode.OK);
                await server.KillHardAsync(); // even after a crash, with the save still in the WAL, the old data is kept aside
            }

            var again = await ServerChild.RunCommandAsync(["restore", "--from", backupFile], restored);
            again.Exit.Should().Be(0, again.Err);
            var aside = Directory.GetFiles(Path.GetDirectoryName(restoredDb)!, "narrativeassist.db.sebelum-pemulihan-*")
                .Where(f => !f.EndsWith("-wal") && !f.EndsWith("-shm")).Should().ContainSingle().Subject;
            again.Out.Should().Contain($"dipindah ke {aside}");
            CrashSafetyTests.IntegrityCheck(aside).Should().Equal("ok");
            NarrativeTexts(aside).Should().Contain(laterText, "the replaced database is kept, with its last save");
            NarrativeTexts(restoredDb).Should().NotContain(laterText, "the backup is what is in place now");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    private static List<string> NarrativeTexts(string dbPath)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Text FROM Narratives";
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read()) texts.Add(reader.GetString(0));
        return texts;
    }
}

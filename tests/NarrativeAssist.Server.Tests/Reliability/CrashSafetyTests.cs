using Xunit.Abstractions;
using System.Net;
using Microsoft.Data.Sqlite;
using NarrativeAssist.Server.Tests.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary>kill -9 of the real server process in the middle of a burst of saves, then a restart on the same database:
/// every acknowledged save is there, SQLite's integrity check passes, and the server serves as before.</summary>
[Collection(ReliabilityCollection.Name)]
public class CrashSafetyTests(ITestOutputHelper output)
{
    private static readonly string[] Questions =
        ["P.MP.1.a", "P.MP.1.b", "P.MP.2.a", "P.MP.2.b", "P.MP.3.a", "P.TL.1.a", "P.TL.2.a", "P.SDM.1.a", "P.AK.1.a", "P.PW.1.a", "P.PP.2.a", "P.MP.4.a"];

    private const int Writers = 6;
    private const int AckedBeforeKill = 150;

    [Fact]
    public async Task Sqlite_keeps_every_acknowledged_save_after_kill_9_and_passes_the_integrity_check()
    {
        var dir = Directory.CreateTempSubdirectory("na-crash-");
        try
        {
            var db = Path.Combine(dir.FullName, "narrativeassist.db");
            var settings = ServerChild.Sqlite(db);
            var (unit, acked) = await BurstThenKillAsync(settings);

            File.Exists(db + "-wal").Should().BeTrue("a kill leaves the WAL unmerged: the restart must recover from it");
            new FileInfo(db + "-wal").Length.Should().BePositive();

            await using var after = await ServerChild.StartAsync(settings);
            using var http = await after.SignInAsync();
            await http.ShouldAllBePresentAsync(unit, acked);
            IntegrityCheck(db).Should().Equal("ok");
            await ServesNormallyAsync(http, unit);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_keeps_every_acknowledged_save_after_kill_9()
    {
        await using var db = await Postgres.CreateDatabaseAsync();
        var settings = ServerChild.Settings("Postgres", db.ConnectionString);
        var (unit, acked) = await BurstThenKillAsync(settings);

        await using var after = await ServerChild.StartAsync(settings);
        using var http = await after.SignInAsync();
        await http.ShouldAllBePresentAsync(unit, acked);
        await ServesNormallyAsync(http, unit);
    }

    /// <summary>Starts the server, runs the burst, SIGKILLs the server while the writers are still saving.</summary>
    private async Task<(Guid Unit, IReadOnlyCollection<AckedSave> Acked)> BurstThenKillAsync(Dictionary<string, string> settings)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var server = await ServerChild.StartAsync(settings);
        output.WriteLine($"server up: {clock.Elapsed.TotalSeconds:0.0} s");
        using var http = await server.SignInAsync();
        var unit = await http.CreateUnit("Unit Uji Ketahanan");
        var burst = SaveBurst.Start(http, unit, Questions, Writers);
        await burst.WaitForAsync(AckedBeforeKill, TimeSpan.FromSeconds(60));

        var pid = server.ServerPid();
        await server.KillHardAsync();
        await burst.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        output.WriteLine($"killed at {clock.Elapsed.TotalSeconds:0.0} s after {burst.Acked.Count} acknowledged saves, {burst.Conflicts} conflicts");

        server.ExitCode.Should().Be(128 + 9, "the server died of SIGKILL (timeout passes its child's signal on)");
        Directory.Exists($"/proc/{pid}").Should().BeFalse("the server process is gone");
        server.Log.Should().Contain("Application started").And.NotContain("Application is shutting down", "no graceful shutdown ran");
        burst.Unexpected.Should().BeEmpty();
        burst.Conflicts.Should().BePositive("two writers per question race on versions");
        return (unit, burst.Acked.ToList());
    }

    private static async Task ServesNormallyAsync(HttpClient http, Guid unit)
    {
        (await http.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        var (_, etag) = await http.Current(unit, Questions[0]);
        var saved = await http.Save(unit, Questions[0], NarrativeHttp.Narrative("sesudah dimulai ulang"), etag);
        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        (await http.Current(unit, Questions[0])).Should().Be((NarrativeHttp.Narrative("sesudah dimulai ulang"), saved.ETag()));
    }

    internal static List<string> IntegrityCheck(string dbPath)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}

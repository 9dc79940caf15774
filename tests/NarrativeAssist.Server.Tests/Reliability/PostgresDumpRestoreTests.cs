using System.Diagnostics;
using System.Net;
using Npgsql;
using NarrativeAssist.Server.Tests.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary>The PostgreSQL backup path documented in docs/operasi.md, as written there: <c>pg_dump -Fc</c> while the
/// server runs, <c>pg_restore --no-owner --exit-on-error</c> into a new database, a server on it.</summary>
[Collection(ReliabilityCollection.Name)]
public class PostgresDumpRestoreTests
{
    [Fact]
    public async Task Pg_dump_while_serving_then_pg_restore_into_a_new_database_serves_the_saved_narratives()
    {
        await using var source = await Postgres.CreateDatabaseAsync();
        await using var target = await Postgres.CreateDatabaseAsync(); // createdb -T template0 -E UTF8
        var dump = Path.Combine(Path.GetTempPath(), $"na-pgdump-{Guid.NewGuid():N}.dump");
        const string q = "P.MP.3.a";
        try
        {
            Guid unit;
            string etag;
            using (var server = new ServerFactory(seedSample: true, Postgres.Settings(source.ConnectionString)))
            {
                var admin = await server.ClientAsync();
                unit = await admin.SampleUnitId();
                var saved = await admin.Save(unit, q, NarrativeHttp.Narrative("sebelum pg_dump"));
                saved.StatusCode.Should().Be(HttpStatusCode.Created);
                etag = saved.ETag();
                await PgToolAsync("pg_dump", source.ConnectionString, "-Fc", "-f", dump);
            }
            await PgToolAsync("pg_restore", target.ConnectionString, "--no-owner", "--exit-on-error", dump);

            using var restored = new ServerFactory(seedSample: true, Postgres.Settings(target.ConnectionString));
            var again = await restored.ClientAsync(); // the account came back with the dump
            (await again.SampleUnitId()).Should().Be(unit, "the restored unit, not a freshly seeded one");
            (await (await again.GetAsync("/api/units")).Json()).GetArrayLength().Should().Be(1);
            (await again.Current(unit, q)).Should().Be((NarrativeHttp.Narrative("sebelum pg_dump"), etag));
            (await again.Save(unit, q, NarrativeHttp.Narrative("sesudah pg_restore"), etag)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    /// <summary>Runs a PostgreSQL client tool against the database of <paramref name="connectionString"/>.</summary>
    private static async Task PgToolAsync(string tool, string connectionString, params string[] args)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-h", c.Host!, "-p", c.Port.ToString(), "-U", c.Username!, "-d", c.Database! }.Concat(args)) psi.ArgumentList.Add(a);
        psi.Environment["PGPASSWORD"] = c.Password;
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cts.Token);
        process.ExitCode.Should().Be(0, $"{tool} {string.Join(' ', args)}: {await stderr}{await stdout}");
    }
}

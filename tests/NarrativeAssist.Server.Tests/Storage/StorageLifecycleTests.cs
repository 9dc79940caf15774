using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NarrativeAssist.Server.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Storage;

/// <summary>A fresh database on each provider: migrations and the seed at first start, and the data after a restart.</summary>
public class StorageLifecycleTests
{
    private static readonly string[] SampleQuestions =
        ["H.2.a", "P.MP.1.a", "P.MP.1.b", "P.MP.2.a", "P.MP.2.c", "P.MP.3.b", "P.MP.4.a", "P.PP.1.a", "P.PP.4.a", "R.PW.2.a"];

    [Theory, MemberData(nameof(StorageBackend.Providers), MemberType = typeof(StorageBackend))]
    public async Task Migrations_apply_on_a_fresh_database_and_the_sample_unit_is_seeded(string provider)
    {
        await using var backend = await StorageBackend.CreateAsync(provider);
        using var factory = backend.Start();

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations()).And.NotBeEmpty();
            (await db.Units.CountAsync()).Should().Be(1);
            (await db.NarrativeRevisions.CountAsync()).Should().Be(SampleQuestions.Length);
        }

        var admin = await factory.ClientAsync();
        var unit = await admin.SampleUnitId();
        var list = await (await admin.GetAsync($"/api/units/{unit}/narratives")).Json();
        list.EnumerateArray().Select(n => n.GetProperty("questionId").GetString()).Should().Equal(SampleQuestions);
        list.EnumerateArray().Should().OnlyContain(n => n.GetProperty("version").GetInt32() == 1);

        var first = await admin.GetAsync(NarrativeHttp.Url(unit, "P.MP.1.a"));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.ETag().Should().Be("\"v1\"");
        var json = await first.Json();
        json.GetProperty("text").GetString().Should().StartWith("Kepala KPPN Contoh telah membentuk Tim Kerja Pembangunan Zona Integritas");
        json.GetProperty("answer").GetString().Should().Be("Ya");
    }

    [Theory, MemberData(nameof(StorageBackend.Providers), MemberType = typeof(StorageBackend))]
    public async Task Data_and_sign_ins_survive_a_restart_on_the_same_database(string provider)
    {
        await using var backend = await StorageBackend.CreateAsync(provider);
        var file = Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256)).ToArray();
        Guid unit;
        AuthenticationHeaderValue token;
        string etag;
        using (var before = backend.Start())
        {
            var admin = await before.ClientAsync();
            token = admin.DefaultRequestHeaders.Authorization!;
            unit = await admin.SampleUnitId();
            var created = await admin.Save(unit, "P.MP.2.b", NarrativeHttp.Narrative("sebelum"));
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            var updated = await admin.Save(unit, "P.MP.2.b", NarrativeHttp.Narrative("sebelum dimulai ulang"), created.ETag());
            updated.StatusCode.Should().Be(HttpStatusCode.OK);
            etag = updated.ETag();
            (await admin.UploadEvidence(unit, "Notulen rapat", file, "P.MP.2.b")).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var after = backend.Start();
        var again = await after.ClientAsync();
        (await (await again.GetAsync("/api/units")).Json()).EnumerateArray().Should().ContainSingle("the sample unit is seeded once, not again");
        (await again.SampleUnitId()).Should().Be(unit);
        var list = await (await again.GetAsync($"/api/units/{unit}/narratives")).Json();
        list.EnumerateArray().Select(n => n.GetProperty("questionId").GetString()).Should().HaveCount(SampleQuestions.Length + 1).And.Contain("P.MP.2.b");
        (await again.Current(unit, "P.MP.2.b")).Should().Be((NarrativeHttp.Narrative("sebelum dimulai ulang"), etag));
        (await again.History(unit, "P.MP.2.b")).Select(h => h.Version).Should().Equal(2, 1);
        (await again.Current(unit, "P.MP.1.a")).Text.Should().StartWith("Kepala KPPN Contoh telah membentuk");

        var evidence = (await (await again.GetAsync($"/api/units/{unit}/evidence")).Json()).EnumerateArray().Single();
        (await again.GetByteArrayAsync(evidence.GetProperty("file").GetString())).Should().Equal(file);

        // The token issued before the restart still works: Data Protection keys live in the database.
        var old = after.CreateClient();
        old.DefaultRequestHeaders.Authorization = token;
        (await old.GetAsync($"/api/units/{unit}/narratives")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_Postgres_factory_has_a_database_of_its_own_dropped_with_it()
    {
        string name;
        using (var factory = await Support.Postgres.FactoryAsync())
        {
            name = factory.Database.Name;
            name.Should().StartWith("na_test_");
            var admin = await factory.ClientAsync();
            (await admin.SampleUnitId()).Should().NotBeEmpty();
            (await Support.Postgres.DatabaseExistsAsync(name)).Should().BeTrue();
        }
        (await Support.Postgres.DatabaseExistsAsync(name)).Should().BeFalse("the factory drops its database when disposed");
    }
}

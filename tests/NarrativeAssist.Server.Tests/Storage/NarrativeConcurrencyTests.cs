using System.Net;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Storage;

/// <summary>Stored narratives on each provider: versions, preconditions and two writers racing on the same version.
/// Each test has a fresh database of its own.</summary>
public class NarrativeConcurrencyTests
{
    [Theory, MemberData(nameof(StorageBackend.Providers), MemberType = typeof(StorageBackend))]
    public async Task Create_update_history_and_preconditions(string provider)
    {
        await using var backend = await StorageBackend.CreateAsync(provider);
        using var factory = backend.Start();
        var admin = await factory.ClientAsync();
        var unit = await admin.SampleUnitId();
        var penulis = await factory.Member(admin, unit, "penulis", "MP");
        const string q = "P.MP.3.a"; // not among the sample narratives

        var created = await penulis.Save(unit, q, NarrativeHttp.Narrative("pertama"));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.ETag().Should().Be("\"v1\"");

        var updated = await penulis.Save(unit, q, NarrativeHttp.Narrative("kedua"), created.ETag());
        updated.StatusCode.Should().Be(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
        updated.ETag().Should().Be("\"v2\"");
        (await updated.Json()).GetProperty("version").GetInt32().Should().Be(2);

        var (text, etag) = await penulis.Current(unit, q);
        text.Should().Be(NarrativeHttp.Narrative("kedua"));
        etag.Should().Be("\"v2\"");

        (await penulis.History(unit, q)).Should().Equal((2, NarrativeHttp.Narrative("kedua")), (1, NarrativeHttp.Narrative("pertama")));

        await (await penulis.Save(unit, q, NarrativeHttp.Narrative("tanpa If-Match")))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired, "precondition_required");

        var stale = await (await penulis.Save(unit, q, NarrativeHttp.Narrative("basi"), created.ETag()))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed, "precondition_failed");
        stale.GetProperty("current").GetProperty("text").GetString().Should().Be(NarrativeHttp.Narrative("kedua"));
        stale.GetProperty("etag").GetString().Should().Be("\"v2\"");

        // Refused saves leave no trace.
        (await penulis.History(unit, q)).Should().HaveCount(2);
        (await penulis.Current(unit, q)).Should().Be((NarrativeHttp.Narrative("kedua"), "\"v2\""));
    }

    [Theory, MemberData(nameof(StorageBackend.Providers), MemberType = typeof(StorageBackend))]
    public async Task Two_concurrent_saves_of_the_same_version_one_wins_the_other_gets_412_and_nothing_is_lost(string provider)
    {
        const int rounds = 20;
        await using var backend = await StorageBackend.CreateAsync(provider);
        using var factory = backend.Start();
        var admin = await factory.ClientAsync();
        var unit = await admin.SampleUnitId();
        var writers = new[] { await factory.Member(admin, unit, "penulis", "MP"), await factory.Member(admin, unit, "penulis", "MP") };
        const string q = "P.MP.3.c";

        var first = await writers[0].Save(unit, q, NarrativeHttp.Narrative("awal"));
        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var acknowledged = new List<string> { NarrativeHttp.Narrative("awal") }; // every text a writer was told is saved, in order

        for (var round = 1; round <= rounds; round++)
        {
            var (_, etag) = await writers[0].Current(unit, q);
            var texts = new[] { NarrativeHttp.Narrative($"putaran {round} penulis A"), NarrativeHttp.Narrative($"putaran {round} penulis B") };
            var responses = await Task.WhenAll(writers[0].Save(unit, q, texts[0], etag), writers[1].Save(unit, q, texts[1], etag));

            var statuses = responses.Select(r => r.StatusCode).ToList();
            statuses.Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed],
                $"round {round}: {string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())))}");
            var winner = statuses.IndexOf(HttpStatusCode.OK);
            var winnerText = texts[winner];
            var loser = await responses[1 - winner].ShouldBeProblem(HttpStatusCode.PreconditionFailed, "precondition_failed");
            loser.GetProperty("current").GetProperty("text").GetString().Should().Be(winnerText, $"round {round}: the 412 carries the winner's text");
            loser.GetProperty("etag").GetString().Should().Be(responses[winner].ETag());
            responses[winner].ETag().Should().Be($"\"v{round + 1}\"");
            acknowledged.Add(winnerText);

            (await writers[1].Current(unit, q)).Text.Should().Be(winnerText, $"round {round}: the stored text is the winner's");
        }

        // Nothing lost: the history holds every acknowledged save, newest first, and nothing else.
        var history = await admin.History(unit, q);
        history.Should().HaveCount(acknowledged.Count);
        history.Select(h => h.Text).Should().Equal(Enumerable.Reverse(acknowledged));
        history.Select(h => h.Version).Should().Equal(Enumerable.Range(1, rounds + 1).Reverse());
        (await admin.Current(unit, q)).Should().Be((acknowledged[^1], $"\"v{rounds + 1}\""));
    }

    /// <summary>Two writers both start a narrative that does not exist yet (no If-Match). One creates it. The other gets
    /// 428 with the winner's text whatever the timing: whether the database's key refused its insert or it arrived after
    /// the first had committed, it named no version of a narrative that now exists.</summary>
    [Theory, MemberData(nameof(StorageBackend.Providers), MemberType = typeof(StorageBackend))]
    public async Task Two_concurrent_first_saves_one_creates_the_other_is_refused_with_the_winners_text(string provider)
    {
        await using var backend = await StorageBackend.CreateAsync(provider);
        using var factory = backend.Start();
        var admin = await factory.ClientAsync();
        var unit = await admin.SampleUnitId();
        var writers = new[] { await factory.Member(admin, unit, "penulis", "MP"), await factory.Member(admin, unit, "penulis", "MP") };

        foreach (var q in new[] { "P.MP.2.b", "P.MP.3.a", "P.MP.3.c", "P.MP.4.b", "P.MP.4.c", "P.MP.4.d" }) // none among the sample narratives
        {
            var texts = new[] { NarrativeHttp.Narrative($"{q} penulis A"), NarrativeHttp.Narrative($"{q} penulis B") };
            var responses = await Task.WhenAll(writers[0].Save(unit, q, texts[0]), writers[1].Save(unit, q, texts[1]));
            var bodies = string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())));

            var statuses = responses.Select(r => r.StatusCode).ToList();
            statuses.Should().ContainSingle(s => s == HttpStatusCode.Created, $"{q}: {bodies}");
            var winner = statuses.IndexOf(HttpStatusCode.Created);
            responses[winner].ETag().Should().Be("\"v1\"");
            var loser = responses[1 - winner];
            var problem = await loser.ShouldBeProblem(HttpStatusCode.PreconditionRequired, "precondition_required");
            problem.GetProperty("current").GetProperty("text").GetString().Should().Be(texts[winner], $"{q}: the refusal carries the winner's text");
            problem.GetProperty("etag").GetString().Should().Be("\"v1\"");

            (await admin.Current(unit, q)).Should().Be((texts[winner], "\"v1\""));
            (await admin.History(unit, q)).Should().Equal((1, texts[winner]));
        }
    }
}

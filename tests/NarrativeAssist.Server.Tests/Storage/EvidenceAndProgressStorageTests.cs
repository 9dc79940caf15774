using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NarrativeAssist.Server.Progress;
using NarrativeAssist.Server.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Storage;

internal static class EvidenceHttp
{
    /// <summary>POST a multipart evidence entry with an uploaded file.</summary>
    public static Task<HttpResponseMessage> UploadEvidence(this HttpClient client, Guid unitId, string title, byte[] content, params string[] questionIds)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(title), "title" },
            { new StringContent("KEP-12/KPN.1201/2024"), "number" },
            { new StringContent("2024-01-05"), "date" },
            { new StringContent(string.Join(",", questionIds)), "questionIds" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "notulen rapat.pdf");
        return client.PostAsync($"/api/units/{unitId}/evidence", form);
    }

    public static async Task<List<string>> Missing(this HttpClient client, Guid unitId)
    {
        var r = await client.GetAsync($"/api/units/{unitId}/evidence/missing");
        r.EnsureSuccessStatusCode();
        return (await r.Json()).GetProperty("questionIds").EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}

/// <summary>The evidence register (with uploaded files) and the weekly progress snapshots on each provider.</summary>
public class EvidenceAndProgressStorageTests
{
    [Theory, MemberData(nameof(StorageBackend.Providers), MemberType = typeof(StorageBackend))]
    public async Task Evidence_register_round_trip_with_an_uploaded_file(string provider)
    {
        await using var backend = await StorageBackend.CreateAsync(provider);
        using var factory = backend.Start();
        var admin = await factory.ClientAsync();
        var unit = await admin.SampleUnitId();
        var penulis = await factory.Member(admin, unit, "penulis", "MP");

        var missingBefore = await penulis.Missing(unit);
        missingBefore.Should().Contain(["P.MP.1.a", "P.MP.1.b", "P.MP.2.a"]);

        // Every byte value, zeros and a PDF-like header: stored as a blob/bytea and given back unchanged.
        var content = "%PDF-1.4\n"u8.ToArray().Concat(Enumerable.Range(0, 256).Select(i => (byte)i)).Concat(new byte[1024])
            .Concat(Enumerable.Range(0, 30_000).Select(i => (byte)(i * 7919 % 251))).ToArray();
        var created = await penulis.UploadEvidence(unit, "SK Tim Kerja ZI", content, "P.MP.1.a", "P.MP.1.b");
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Json()).GetProperty("id").GetGuid();

        var linked = await penulis.PostAsJsonAsync($"/api/units/{unit}/evidence",
            new { title = "Rencana kerja ZI 2024", link = "https://s.id/renja-zi", date = "10/01/2024", questionIds = new[] { "P.MP.2.a" } });
        linked.StatusCode.Should().Be(HttpStatusCode.Created, await linked.Content.ReadAsStringAsync());

        var register = (await (await penulis.GetAsync($"/api/units/{unit}/evidence")).Json()).EnumerateArray().ToList();
        register.Should().HaveCount(2);
        var sk = register.Single(e => e.GetProperty("id").GetGuid() == id);
        sk.GetProperty("title").GetString().Should().Be("SK Tim Kerja ZI");
        sk.GetProperty("number").GetString().Should().Be("KEP-12/KPN.1201/2024");
        sk.GetProperty("date").GetString().Should().Be("2024-01-05");
        sk.GetProperty("fileName").GetString().Should().Be("notulen rapat.pdf");
        sk.GetProperty("questionIds").EnumerateArray().Select(q => q.GetString()).Should().Equal("P.MP.1.a", "P.MP.1.b");
        var renja = register.Single(e => e.GetProperty("id").GetGuid() != id);
        renja.GetProperty("link").GetString().Should().Be("https://s.id/renja-zi");
        renja.GetProperty("date").GetString().Should().Be("2024-01-10");
        (!renja.TryGetProperty("file", out var noFile) || noFile.ValueKind == System.Text.Json.JsonValueKind.Null).Should().BeTrue("a link-only entry has no file");

        var download = await penulis.GetAsync(sk.GetProperty("file").GetString());
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(content);

        var missingAfter = await penulis.Missing(unit);
        missingAfter.Should().HaveCount(missingBefore.Count - 3).And.NotContain(["P.MP.1.a", "P.MP.1.b", "P.MP.2.a"]);
        missingBefore.Except(["P.MP.1.a", "P.MP.1.b", "P.MP.2.a"]).Should().Equal(missingAfter);

        // Removing an entry gives its questions back to the missing list.
        (await admin.DeleteAsync($"/api/units/{unit}/evidence/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await penulis.Missing(unit)).Should().HaveCount(missingBefore.Count - 1).And.Contain(["P.MP.1.a", "P.MP.1.b"]);
    }

    [Theory, MemberData(nameof(StorageBackend.Providers), MemberType = typeof(StorageBackend))]
    public async Task Progress_keeps_one_snapshot_per_ISO_week_overwritten_during_the_week(string provider)
    {
        await using var backend = await StorageBackend.CreateAsync(provider);
        using var factory = backend.Start();
        var admin = await factory.ClientAsync();
        var unit = await admin.SampleUnitId();
        var weekBefore = ProgressService.IsoWeek(DateTimeOffset.UtcNow);

        var first = await admin.GetAsync($"/api/units/{unit}/progress");
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var answeredBefore = (await first.Json()).GetProperty("now").GetProperty("answered").GetInt32();

        (await admin.Save(unit, "P.MP.3.a", NarrativeHttp.Narrative("minggu ini"))).StatusCode.Should().Be(HttpStatusCode.Created);

        var second = await (await admin.GetAsync($"/api/units/{unit}/progress")).Json();
        var weeks = second.GetProperty("history").EnumerateArray().ToList();
        weeks.Should().ContainSingle("two calls in the same week keep one snapshot");
        weeks[0].GetProperty("week").GetString().Should().BeOneOf(weekBefore, ProgressService.IsoWeek(DateTimeOffset.UtcNow));
        second.GetProperty("now").GetProperty("answered").GetInt32().Should().Be(answeredBefore + 1);
        weeks[0].GetProperty("answered").GetInt32().Should().Be(answeredBefore + 1, "the week's snapshot is overwritten with the latest counts");

        // Several at once (the weekly meeting opens the dashboard together): all succeed, still one row.
        var together = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.GetAsync($"/api/units/{unit}/progress")));
        together.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.OK,
            string.Join(" | ", await Task.WhenAll(together.Select(r => r.Content.ReadAsStringAsync()))));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.ProgressSnapshots.AsNoTracking().Where(s => s.UnitId == unit).ToListAsync();
        rows.Should().ContainSingle().Which.Week.Should().Be(weeks[0].GetProperty("week").GetString());

        // Reading again with nothing changed is a read: the row is not rewritten (it would compete with saves for the lock).
        (await admin.GetAsync($"/api/units/{unit}/progress")).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await db.ProgressSnapshots.AsNoTracking().SingleAsync(s => s.UnitId == unit);
        again.TakenAt.Should().Be(rows[0].TakenAt);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Progress;
using NarrativeAssist.Server.Tests.Storage;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.ScaleOut;

/// <summary>Two stateless instances behind one load balancer: whatever one of them did, the other sees — sign-ins,
/// narratives with their ETags, uploads, library decks and the weekly snapshot — because all of it lives in the
/// shared PostgreSQL database. Each request below goes to the instance a load balancer could have picked.</summary>
public sealed class TwoInstanceTests(TwoInstances servers) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task Starting_together_on_an_empty_database_migrates_and_seeds_once()
    {
        var start = servers.AfterStart;
        start.AppliedMigrations.Should().NotBeEmpty().And.Equal(start.KnownMigrations);
        start.Administrators.Should().Be(1);
        start.SampleUnits.Should().Be(1);
        start.DataProtectionKeys.Should().Be(1, "the first key is made once, under the start-up lock, and loaded by both instances");
        (servers.A.Count("First administrator account created") + servers.B.Count("First administrator account created")).Should().Be(1);
        (servers.A.Count("Sample unit seeded") + servers.B.Count("Sample unit seeded")).Should().Be(1);
        foreach (var server in new[] { servers.A, servers.B })
            (await server.Client().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK, server.Log);
    }

    [Fact]
    public async Task A_token_issued_by_one_instance_is_accepted_by_the_other()
    {
        var onA = servers.A.Client();
        var tokens = await onA.SignInAsync(ServerFactory.AdminEmail, ServerFactory.AdminPassword);
        var onB = servers.B.Client();
        (await onB.GetAsync("/api/units")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;
        (await onB.GetAsync("/api/units")).StatusCode.Should().Be(HttpStatusCode.OK);

        // The refresh token too: issued by A, exchanged at B, and B's new access token works at A.
        var refreshed = await servers.B.Client().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.RefreshToken });
        refreshed.StatusCode.Should().Be(HttpStatusCode.OK, await refreshed.Content.ReadAsStringAsync());
        var fromB = (await refreshed.Content.ReadFromJsonAsync<ServerFactory.TokenResponse>())!.AccessToken;
        var backOnA = servers.A.Client();
        backOnA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fromB);
        (await backOnA.GetAsync("/api/units")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_on_one_instance_revokes_the_token_on_the_other()
    {
        var (adminOnA, _) = await SignedInAsync();
        var unit = await adminOnA.SampleUnitId();
        var email = $"peninjau-{Guid.NewGuid():N}@test.local";
        (await adminOnA.PostAsJsonAsync($"/api/units/{unit}/members", new { email, role = "peninjau", areas = Array.Empty<string>(), password = "Sandi-Anggota-123" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var onA = servers.A.Client();
        await onA.SignInAsync(email, "Sandi-Anggota-123");
        var onB = servers.B.Client();
        onB.DefaultRequestHeaders.Authorization = onA.DefaultRequestHeaders.Authorization;
        (await onA.GetAsync("/api/units")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await onB.PostAsync("/api/auth/logout", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await onA.GetAsync("/api/units")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the stamp rotated on B is read from the shared database by A");
    }

    [Fact]
    public async Task The_ETag_rule_holds_across_instances()
    {
        var (a, b) = await SignedInAsync();
        var unit = await a.SampleUnitId();
        const string q = "P.MP.3.a";

        var created = await a.Save(unit, q, NarrativeHttp.Narrative("ditulis di A"));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await b.Current(unit, q)).Should().Be((NarrativeHttp.Narrative("ditulis di A"), created.ETag()));

        var updated = await a.Save(unit, q, NarrativeHttp.Narrative("diubah di A"), created.ETag());
        updated.StatusCode.Should().Be(HttpStatusCode.OK);

        // B saves over the version it last read, which A has since replaced: refused, with A's text.
        var stale = await (await b.Save(unit, q, NarrativeHttp.Narrative("basi dari B"), created.ETag()))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed, "precondition_failed");
        stale.GetProperty("current").GetProperty("text").GetString().Should().Be(NarrativeHttp.Narrative("diubah di A"));
        stale.GetProperty("etag").GetString().Should().Be(updated.ETag());

        var fromB = await b.Save(unit, q, NarrativeHttp.Narrative("ditulis di B"), updated.ETag());
        fromB.StatusCode.Should().Be(HttpStatusCode.OK);
        (await a.Current(unit, q)).Should().Be((NarrativeHttp.Narrative("ditulis di B"), fromB.ETag()));
        (await a.History(unit, q)).Select(h => h.Version).Should().Equal(3, 2, 1);
    }

    [Fact]
    public async Task An_evidence_file_uploaded_on_one_instance_is_downloaded_from_the_other()
    {
        var (a, b) = await SignedInAsync();
        var unit = await a.SampleUnitId();
        var content = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7919 % 251)).ToArray();

        var created = await a.UploadEvidence(unit, "SK Tim Kerja ZI (instans A)", content, "P.MP.1.b");
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Json()).GetProperty("id").GetGuid();

        var listed = (await (await b.GetAsync($"/api/units/{unit}/evidence")).Json()).EnumerateArray()
            .Single(e => e.GetProperty("id").GetGuid() == id);
        listed.GetProperty("fileName").GetString().Should().Be("notulen rapat.pdf");
        (await b.GetByteArrayAsync(listed.GetProperty("file").GetString())).Should().Equal(content);
        (await b.Missing(unit)).Should().NotContain("P.MP.1.b");
    }

    [Fact]
    public async Task A_deck_published_to_the_library_on_one_instance_is_a_template_on_the_other()
    {
        var (a, b) = await SignedInAsync();
        var unit = await a.SampleUnitId();
        var drafted = await a.PostAsJsonAsync("/api/library/drafts", new { unitId = unit, kind = "presentasi", deckKind = "wawancara-virtual", templateId = "kontras-tinggi" });
        drafted.StatusCode.Should().Be(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        var draft = await drafted.Json();
        var id = draft.GetProperty("id").GetString()!;
        var confirmed = await a.PostAsJsonAsync($"/api/library/drafts/{id}/confirm", new { reviewHash = draft.GetProperty("reviewHash").GetString() });
        confirmed.StatusCode.Should().Be(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());
        var pptxOnA = await a.GetByteArrayAsync($"/api/library/{id}/pptx");

        (await (await b.GetAsync("/api/decks/templates")).Json()).EnumerateArray().Select(t => t.GetProperty("id").GetString()).Should().Contain(id);
        (await b.GetByteArrayAsync($"/api/library/{id}/pptx")).Should().Equal(pptxOnA);
        var deck = await b.PostAsJsonAsync("/api/decks", new { kind = "wawancara-virtual", unitId = unit, templateId = id });
        deck.StatusCode.Should().Be(HttpStatusCode.OK, await deck.Content.ReadAsStringAsync());
        Pptx.Read(await deck.Content.ReadAsByteArrayAsync()).Titles.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Both_instances_snapshotting_at_once_leave_one_row_per_unit_and_week()
    {
        var (a, b) = await SignedInAsync();
        var sample = await a.SampleUnitId();
        var units = new List<Guid>();
        for (var i = 0; i < 8; i++) units.Add(await a.CreateUnit($"Unit balapan {i}"));

        // The dashboard opened on both instances at the same moment, three times over: every call snapshots the week.
        var calls = units.SelectMany(u => Enumerable.Range(0, 3).SelectMany(_ => new[] { a, b }).Select(c => c.GetAsync($"/api/units/{u}/progress")));
        var responses = await Task.WhenAll(calls);
        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.OK,
            string.Join(" | ", await Task.WhenAll(responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.Content.ReadAsStringAsync()))));

        await using var db = servers.Database();
        var rows = await db.ProgressSnapshots.AsNoTracking().Where(s => units.Contains(s.UnitId) || s.UnitId == sample).ToListAsync();
        rows.GroupBy(r => (r.UnitId, r.Week)).Should().OnlyContain(g => g.Count() == 1);
        rows.Select(r => r.UnitId).Should().BeEquivalentTo(units.Append(sample), "both instances' hourly services took the sample unit's at start: one row");
        rows.Select(r => r.Week).Distinct().Should().ContainSingle().Which.Should().BeOneOf(ProgressService.IsoWeek(DateTimeOffset.UtcNow), ProgressService.IsoWeek(DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    private async Task<(HttpClient A, HttpClient B)> SignedInAsync()
    {
        var a = servers.A.Client();
        var b = servers.B.Client();
        await a.SignInAsync(ServerFactory.AdminEmail, ServerFactory.AdminPassword);
        await b.SignInAsync(ServerFactory.AdminEmail, ServerFactory.AdminPassword);
        return (a, b);
    }
}

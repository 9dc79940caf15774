using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>Issue #13, attacks 8 and 9: a unit admin could lock the server admin out of a unit, approval was not tied
/// to the version read, a penulis could delete another area's evidence; no evidence quota, no length limit on free
/// text, and API responses with personal data could be cached.</summary>
public class RolesAndHygieneTests
{
    private const string Password = "Sandi-Peran-Uji-42";

    private static async Task<(string Email, Guid Id, HttpClient Client)> Member(ServerFactory f, HttpClient admin, Guid unit, string role, params string[] areas)
    {
        var email = $"{role}-{Guid.NewGuid():N}@test.local";
        var r = await admin.PostAsJsonAsync($"/api/units/{unit}/members", new { email, role, areas, password = Password });
        r.StatusCode.Should().Be(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (email, (await r.Json()).GetProperty("userId").GetGuid(), await f.ClientAsync(email, Password));
    }

    [Fact]
    public async Task The_server_admin_keeps_control_of_a_unit_whose_admin_added_them_as_peninjau()
    {
        using var factory = new ServerFactory(seedSample: false);
        var server = await factory.ClientAsync();
        var unit = await server.CreateUnit("Unit Kendali");
        var (_, unitAdminId, unitAdmin) = await Member(factory, server, unit, "admin");
        var serverAdminId = (await (await server.GetAsync("/api/auth/me")).Json()).GetProperty("id").GetGuid();

        // The unit admin demotes the server admin to peninjau in "their" unit (or removes and re-adds them so).
        (await unitAdmin.PutAsJsonAsync($"/api/units/{unit}/members/{serverAdminId}", new { role = "peninjau", areas = Array.Empty<string>() }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        (await server.PutAsJsonAsync($"/api/units/{unit}/members/{unitAdminId}", new { role = "peninjau", areas = Array.Empty<string>() }))
            .StatusCode.Should().Be(HttpStatusCode.OK, "the server admin still manages the unit's members");
        (await server.DeleteAsync($"/api/units/{unit}/members/{serverAdminId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var me = await (await server.GetAsync("/api/auth/me")).Json();
        me.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == unit).GetProperty("role").GetString().Should().Be("admin");
    }

    [Fact]
    public async Task Approval_names_the_version_read_and_a_newer_save_is_not_approved()
    {
        using var factory = new ServerFactory(seedSample: false);
        var server = await factory.ClientAsync();
        var unit = await server.CreateUnit("Unit Persetujuan");
        var (_, _, pimpinan) = await Member(factory, server, unit, "pimpinan");
        var url = $"/api/units/{unit}/narratives/P.MP.1.a";
        var v1 = (await server.PutAsJsonAsync(url, new { text = "Tim ZI dibentuk dengan SK Kepala Kantor." })).Headers.ETag!.Tag;
        var save2 = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { text = "Tim ZI dibentuk dengan SK Kepala Kantor Nomor 1." }) };
        save2.Headers.TryAddWithoutValidation("If-Match", v1);
        var v2 = (await server.SendAsync(save2)).Headers.ETag!.Tag;
        var save3 = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { text = "Teks lain yang belum dibaca pimpinan." }) };
        save3.Headers.TryAddWithoutValidation("If-Match", v2);
        (await server.SendAsync(save3)).StatusCode.Should().Be(HttpStatusCode.OK);

        Task<HttpResponseMessage> Approve(string? etag)
        {
            var r = new HttpRequestMessage(HttpMethod.Post, url + "/approve");
            if (etag is not null) r.Headers.TryAddWithoutValidation("If-Match", etag);
            return pimpinan.SendAsync(r);
        }
        var stale = await (await Approve(v2)).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "precondition_failed");
        stale.GetProperty("current").GetProperty("text").GetString().Should().Be("Teks lain yang belum dibaca pimpinan.");
        await (await Approve(null)).ShouldBeProblem((HttpStatusCode)428, "precondition_required");
        var unapproved = await (await server.GetAsync(url)).Json();
        (unapproved.TryGetProperty("approvedAt", out var at) ? at.ValueKind : System.Text.Json.JsonValueKind.Null).Should().Be(System.Text.Json.JsonValueKind.Null, "nothing was approved");

        var ok = await Approve(stale.GetProperty("etag").GetString());
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ok.Json()).GetProperty("version").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task A_penulis_deletes_evidence_of_their_own_areas_only()
    {
        using var factory = new ServerFactory(seedSample: false);
        var server = await factory.ClientAsync();
        var unit = await server.CreateUnit("Unit Bukti");
        var (_, _, penulisMp) = await Member(factory, server, unit, "penulis", "MP");
        async Task<Guid> Add(HttpClient who, params string[] questions) =>
            (await (await who.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "SK " + Guid.NewGuid().ToString("N")[..4], questionIds = questions })).Json())
                .GetProperty("id").GetGuid();
        var pw = await Add(server, "P.PW.1.a");
        var mixed = await Add(server, "P.MP.1.a", "P.PW.1.a");
        var mp = await Add(server, "P.MP.1.a");
        var unlinkedByAdmin = await Add(server);
        var unlinkedOwn = await Add(penulisMp);

        (await (await penulisMp.DeleteAsync($"/api/units/{unit}/evidence/{pw}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden"))
            .GetProperty("detail").GetString().Should().Contain("MP");
        await (await penulisMp.DeleteAsync($"/api/units/{unit}/evidence/{mixed}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await penulisMp.DeleteAsync($"/api/units/{unit}/evidence/{unlinkedByAdmin}")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        (await penulisMp.DeleteAsync($"/api/units/{unit}/evidence/{mp}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await penulisMp.DeleteAsync($"/api/units/{unit}/evidence/{unlinkedOwn}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await (await server.GetAsync($"/api/units/{unit}/evidence")).Json()).GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Evidence_beyond_the_units_quota_is_refused_with_a_clear_message()
    {
        using var factory = new ServerFactory(seedSample: false, new Dictionary<string, string?>
        {
            ["Evidence:MaxBytesPerUnit"] = "100000",
            ["Evidence:MaxItemsPerUnit"] = "3",
        });
        var server = await factory.ClientAsync();
        var unit = await server.CreateUnit("Unit Kuota");
        var other = await server.CreateUnit("Unit Kuota Lain");
        Task<HttpResponseMessage> Upload(Guid u, int bytes)
        {
            var form = new MultipartFormDataContent { { new StringContent("Bukti besar"), "title" }, { new ByteArrayContent(new byte[bytes]), "file", "bukti.pdf" } };
            return server.PostAsync($"/api/units/{u}/evidence", form);
        }
        (await Upload(unit, 60_000)).StatusCode.Should().Be(HttpStatusCode.Created);
        var full = await (await Upload(unit, 60_000)).ShouldBeProblem(HttpStatusCode.Conflict, "quota_exceeded");
        full.GetProperty("detail").GetString().Should().Contain("terpakai").And.Contain("MB");
        (await Upload(other, 60_000)).StatusCode.Should().Be(HttpStatusCode.Created, "the quota is per unit");

        (await server.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "Tautan 1", link = "https://contoh.go.id/a" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await server.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "Tautan 2", link = "https://contoh.go.id/b" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await (await server.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "Tautan 3" })).ShouldBeProblem(HttpStatusCode.Conflict, "quota_exceeded"))
            .GetProperty("detail").GetString().Should().Contain("batas per unit");
    }

    [Fact]
    public async Task Free_text_fields_have_length_limits()
    {
        using var factory = new ServerFactory(seedSample: false);
        var server = await factory.ClientAsync();
        var unit = await server.CreateUnit("Unit Panjang");
        var huge = new string('x', 1_000_000);
        var membersBefore = (await (await server.GetAsync($"/api/units/{unit}/members")).Json()).GetArrayLength();

        var name = await (await server.PostAsJsonAsync($"/api/units/{unit}/members",
            new { email = $"panjang-{Guid.NewGuid():N}@test.local", role = "peninjau", password = Password, displayName = huge })).ShouldBeProblem(HttpStatusCode.BadRequest, "text_too_long");
        name.GetProperty("detail").GetString().Should().Contain("displayName").And.Contain("100");
        await (await server.PostAsJsonAsync("/api/units", new { nama = "Unit", instansi = huge })).ShouldBeProblem(HttpStatusCode.BadRequest, "text_too_long");
        await (await server.PostAsJsonAsync($"/api/units/{unit}/qa", new { area = "MP", question = huge })).ShouldBeProblem(HttpStatusCode.BadRequest, "text_too_long");
        await (await server.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "SK", number = huge })).ShouldBeProblem(HttpStatusCode.BadRequest, "text_too_long");
        var form = new MultipartFormDataContent { { new StringContent("SK"), "title" }, { new StringContent(new string('y', 5000)), "link" } };
        await (await server.PostAsync($"/api/units/{unit}/evidence", form)).ShouldBeProblem(HttpStatusCode.BadRequest, "text_too_long");
        await (await server.PutAsJsonAsync($"/api/units/{unit}/answers", new { answers = new Dictionary<string, string> { [huge[..300]] = "Ya" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "text_too_long");
        (await (await server.GetAsync($"/api/units/{unit}/members")).Json()).GetArrayLength().Should().Be(membersBefore, "nothing was stored");
    }

    [Fact]
    public async Task Api_responses_are_never_stored_by_caches()
    {
        using var factory = new ServerFactory(seedSample: true);
        var server = await factory.ClientAsync();
        var unit = await server.SampleUnitId();
        using var form = new MultipartFormDataContent { { new StringContent("SK"), "title" }, { new ByteArrayContent("isi"u8.ToArray()), "file", "sk.pdf" } };
        var evidence = (await (await server.PostAsync($"/api/units/{unit}/evidence", form)).Json()).GetProperty("id").GetGuid();
        foreach (var path in new[] { $"/api/units/{unit}/narratives", $"/api/units/{unit}/members", $"/api/units/{unit}/profile",
                     $"/api/units/{unit}/evidence/{evidence}/file", "/api/auth/me", $"/api/units/{Guid.NewGuid()}/narratives" })
        {
            var r = await server.GetAsync(path);
            r.Headers.CacheControl?.NoStore.Should().BeTrue($"{path} answers {(int)r.StatusCode} and must not be cached");
        }
        var anon = await factory.CreateClient().GetAsync($"/api/units/{unit}/narratives");
        anon.Headers.CacheControl?.NoStore.Should().BeTrue();
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = ServerFactory.AdminPassword });
        login.Headers.CacheControl?.NoStore.Should().BeTrue("tokens are never cached");
    }
}

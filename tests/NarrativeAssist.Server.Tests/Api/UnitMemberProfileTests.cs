using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

[Collection("api")]
public class UnitMemberProfileTests(SharedServer s)
{
    [Fact]
    public async Task Admin_creates_a_unit_others_cannot()
    {
        var id = await s.Admin.CreateUnit("Balai Uji " + Guid.NewGuid().ToString("N")[..6]);
        var unit = await (await s.Admin.GetAsync($"/api/units/{id}")).Json();
        unit.GetProperty("role").GetString().Should().Be("admin");
        var pimpinan = await s.Factory.Member(s.Admin, id, "pimpinan");
        await (await pimpinan.PostAsJsonAsync("/api/units", new { nama = "Unit Liar" })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await s.Admin.PostAsJsonAsync("/api/units", new { nama = "  " })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        (await (await pimpinan.GetAsync("/api/units")).Json()).EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).Should().Equal(id);
    }

    [Fact]
    public async Task Members_are_managed_by_the_unit_admin_with_roles_and_areas()
    {
        var id = await s.Admin.CreateUnit("Kantor Anggota " + Guid.NewGuid().ToString("N")[..6]);
        var email = $"penulis-{Guid.NewGuid():N}@test.local";
        var added = await s.Admin.PostAsJsonAsync($"/api/units/{id}/members", new { email, role = "penulis", areas = new[] { "mp", "PW" }, password = "Sandi-Penulis-1", displayName = "Sari" });
        added.StatusCode.Should().Be(HttpStatusCode.Created);
        var member = await added.Json();
        member.GetProperty("areas").EnumerateArray().Select(a => a.GetString()).Should().Equal("MP", "PW");
        var userId = member.GetProperty("userId").GetGuid();

        await (await s.Admin.PostAsJsonAsync($"/api/units/{id}/members", new { email, role = "penulis" })).ShouldBeProblem(HttpStatusCode.Conflict, "already_member");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{id}/members", new { email = "x@test.local", role = "raja", password = "Sandi-Penulis-1" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_role");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{id}/members", new { email = "y@test.local", role = "penulis", areas = new[] { "XX" }, password = "Sandi-Penulis-1" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_area");
        var shortPw = await s.Admin.PostAsJsonAsync($"/api/units/{id}/members", new { email = "z@test.local", role = "penulis", password = "pendek" });
        (await shortPw.ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_account")).GetProperty("detail").GetString().Should().Contain("minimal 12 karakter");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{id}/members", new { email = "w@test.local", role = "penulis" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");

        var penulis = await s.Factory.ClientAsync(email, "Sandi-Penulis-1");
        await (await penulis.PostAsJsonAsync($"/api/units/{id}/members", new { email = "v@test.local", role = "admin", password = "Sandi-Penulis-1" })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        (await (await penulis.GetAsync($"/api/units/{id}/members")).Json()).GetArrayLength().Should().Be(2);

        var updated = await (await s.Admin.PutAsJsonAsync($"/api/units/{id}/members/{userId}", new { role = "peninjau", areas = Array.Empty<string>() })).Json();
        updated.GetProperty("role").GetString().Should().Be("peninjau");
        await (await s.Admin.PutAsJsonAsync($"/api/units/{id}/members/{Guid.NewGuid()}", new { role = "peninjau" })).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        (await s.Admin.DeleteAsync($"/api/units/{id}/members/{userId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await penulis.GetAsync($"/api/units/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Another_units_member_cannot_see_this_unit()
    {
        var other = await s.Admin.CreateUnit("Unit Lain " + Guid.NewGuid().ToString("N")[..6]);
        var outsider = await s.Factory.Member(s.Admin, other, "pimpinan");
        foreach (var path in new[] { "", "/members", "/profile", "/narratives", "/narratives/P.MP.1.a", "/answers", "/score", "/evidence", "/evidence/missing", "/progress" })
            await (await outsider.GetAsync($"/api/units/{s.SampleUnit}{path}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Profile_is_validated_with_field_and_line()
    {
        var profile = await (await s.Admin.GetAsync($"/api/units/{s.SampleUnit}/profile")).Json();
        profile.GetProperty("profile").GetProperty("unit").GetProperty("nama").GetString().Should().Be("KPPN Contoh");
        var id = await s.Admin.CreateUnit("Profil Uji " + Guid.NewGuid().ToString("N")[..6]);
        var ok = await s.Admin.PutAsJsonAsync($"/api/units/{id}/profile", new { text = "unit:\n  nama: Profil Uji\n  instansi: Kementerian Uji\n  predikat_target: WBK\n  tahun_penilaian: 2025\n" });
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var bad = await (await s.Admin.PutAsJsonAsync($"/api/units/{id}/profile", new { text = "unit:\n  instansi: Kementerian Uji\n  predikat_target: WBX\n  tahun_penilaian: 2025\n" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        bad.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("line").GetInt32()))
            .Should().Contain([("unit.nama", 1), ("unit.predikat_target", 3)]);
        await (await s.Admin.PutAsJsonAsync($"/api/units/{id}/profile", new { text = "" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        var penulis = await s.Factory.Member(s.Admin, id, "penulis", "MP");
        await (await penulis.PutAsJsonAsync($"/api/units/{id}/profile", new { text = "unit: {}" })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }
}

using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>Issue #19 item 1: PUT /api/units/{unitId} renames a unit — its admin or a server admin; every bad name is
/// refused with an Indonesian reason and changes nothing.</summary>
[Collection("api")]
public class UnitRenameApiTests(SharedServer s)
{
    private static string Fresh(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task The_unit_admin_renames_the_unit_and_every_member_sees_the_new_name()
    {
        var id = await s.Admin.CreateUnit(Fresh("Kantor Lama"));
        var unitAdmin = await s.Factory.Member(s.Admin, id, "admin");
        var penulis = await s.Factory.Member(s.Admin, id, "penulis", "MP");
        var nama = Fresh("Kantor Baru");

        var renamed = await unitAdmin.PutAsJsonAsync($"/api/units/{id}", new { nama = $"  {nama}  " });
        renamed.StatusCode.Should().Be(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        (await renamed.Json()).GetProperty("nama").GetString().Should().Be(nama);
        var seen = await (await penulis.GetAsync($"/api/units/{id}")).Json();
        seen.GetProperty("nama").GetString().Should().Be(nama);
        seen.GetProperty("instansi").GetString().Should().Be("Kementerian Uji", "an instansi left out stays as it was");
        (await (await penulis.GetAsync("/api/units")).Json()).EnumerateArray().Single().GetProperty("nama").GetString().Should().Be(nama);

        (await s.Admin.PutAsJsonAsync($"/api/units/{id}", new { nama, instansi = "Kementerian Lain" })).StatusCode.Should().Be(HttpStatusCode.OK, "a server admin may rename any unit");
        (await (await penulis.GetAsync($"/api/units/{id}")).Json()).GetProperty("instansi").GetString().Should().Be("Kementerian Lain");
    }

    [Fact]
    public async Task Bad_names_and_other_roles_are_refused_in_Indonesian_and_nothing_changes()
    {
        var nama = Fresh("Balai Tetap");
        var id = await s.Admin.CreateUnit(nama);
        var taken = Fresh("Balai Lain");
        await s.Admin.CreateUnit(taken);
        var pimpinan = await s.Factory.Member(s.Admin, id, "pimpinan");

        (await (await s.Admin.PutAsJsonAsync($"/api/units/{id}", new { nama = "   " })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_name"))
            .GetProperty("detail").GetString().Should().Be("Nama unit wajib diisi.");
        (await (await s.Admin.PutAsJsonAsync($"/api/units/{id}", new { nama = new string('a', 201) })).ShouldBeProblem(HttpStatusCode.BadRequest, "text_too_long"))
            .GetProperty("detail").GetString().Should().Contain("paling panjang 200 karakter");
        (await (await s.Admin.PutAsJsonAsync($"/api/units/{id}", new { nama = "Kantor\nBaru" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_name"))
            .GetProperty("detail").GetString().Should().Contain("satu baris");
        await (await s.Admin.PutAsJsonAsync($"/api/units/{id}", new { nama = "--- ..." })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_name");
        (await (await s.Admin.PutAsJsonAsync($"/api/units/{id}", new { nama = taken.ToUpperInvariant() })).ShouldBeProblem(HttpStatusCode.Conflict, "name_taken"))
            .GetProperty("detail").GetString().Should().Contain("sudah dipakai unit lain");
        await (await pimpinan.PutAsJsonAsync($"/api/units/{id}", new { nama = Fresh("Balai Pimpinan") })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        (await (await s.Admin.GetAsync($"/api/units/{id}")).Json()).GetProperty("nama").GetString().Should().Be(nama);
        (await s.Admin.PutAsJsonAsync($"/api/units/{id}", new { nama })).StatusCode.Should().Be(HttpStatusCode.OK, "keeping its own name is not a clash");
    }
}

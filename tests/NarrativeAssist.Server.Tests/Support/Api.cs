using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NarrativeAssist.Server.Tests.Support;

/// <summary>Small helpers over the API for tests: units, members, problems.</summary>
public static class Api
{
    public static async Task<JsonElement> Json(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text.Length == 0 ? "null" : text).RootElement.Clone();
    }

    /// <summary>Asserts a ProblemDetails with the status and code, and an Indonesian detail; returns it.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage r, HttpStatusCode status, string code)
    {
        r.StatusCode.Should().Be(status, await r.Content.ReadAsStringAsync());
        r.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var json = await r.Json();
        json.GetProperty("code").GetString().Should().Be(code);
        var detail = json.GetProperty("detail").GetString();
        detail.Should().NotBeNullOrWhiteSpace();
        detail.Should().NotContainAny("Exception", "   at ", "The ", "is required", "Invalid");
        return json;
    }

    /// <summary>Signs <paramref name="client"/> in: its later requests carry the access token. Returns both tokens.</summary>
    public static async Task<ServerFactory.TokenResponse> SignInAsync(this HttpClient client, string email, string password)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var tokens = (await login.Content.ReadFromJsonAsync<ServerFactory.TokenResponse>())!;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return tokens;
    }

    public static async Task<Guid> SampleUnitId(this HttpClient admin)
    {
        var units = await (await admin.GetAsync("/api/units")).Json();
        return units.EnumerateArray().Single(u => u.GetProperty("nama").GetString() == "KPPN Contoh").GetProperty("id").GetGuid();
    }

    public static async Task<Guid> CreateUnit(this HttpClient admin, string nama)
    {
        var r = await admin.PostAsJsonAsync("/api/units", new { nama, instansi = "Kementerian Uji" });
        r.StatusCode.Should().Be(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Json()).GetProperty("id").GetGuid();
    }

    /// <summary>Adds a member with a fresh account and returns a client signed in as them.</summary>
    public static async Task<HttpClient> Member(this ServerFactory factory, HttpClient admin, Guid unitId, string role, params string[] areas)
    {
        var email = $"{role}-{Guid.NewGuid():N}@test.local";
        var r = await admin.PostAsJsonAsync($"/api/units/{unitId}/members", new { email, role, areas, password = "Sandi-Anggota-123" });
        r.StatusCode.Should().Be(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return await factory.ClientAsync(email, "Sandi-Anggota-123");
    }
}

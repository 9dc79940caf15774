using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

[Collection("api")]
public class AuthAndPublicTests(SharedServer s)
{
    [Fact]
    public async Task Login_gives_a_bearer_token_and_me_lists_the_units()
    {
        var r = await s.Factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = ServerFactory.AdminPassword });
        r.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = await r.Json();
        token.GetProperty("accessToken").GetString().Should().NotBeNullOrEmpty();
        token.GetProperty("refreshToken").GetString().Should().NotBeNullOrEmpty();
        var me = await (await s.Admin.GetAsync("/api/auth/me")).Json();
        me.GetProperty("isAdmin").GetBoolean().Should().BeTrue();
        me.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("nama").GetString()).Should().Contain("KPPN Contoh");

        var refreshed = await s.Factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() });
        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        var stale = await (await s.Factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "palsu" }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_token");
        stale.GetProperty("detail").GetString().Should().Contain("masuk lagi");
    }

    [Fact]
    public async Task Wrong_password_and_empty_fields_are_refused_in_Indonesian()
    {
        var anon = s.Factory.CreateClient();
        var wrong = await anon.PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = "salah-sekali" });
        (await wrong.ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials")).GetProperty("detail").GetString().Should().Be("Surel atau kata sandi salah.");
        await (await anon.PostAsJsonAsync("/api/auth/login", new { email = "", password = "" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await anon.PostAsync("/api/auth/login", new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task Repeated_failures_slow_down_the_address_without_locking_the_account()
    {
        var anon = s.Factory.CreateClient();
        var email = $"kunci-{Guid.NewGuid():N}@test.local";
        (await s.Admin.PostAsJsonAsync($"/api/units/{s.SampleUnit}/members", new { email, role = "peninjau", password = "Sandi-Benar-123" })).EnsureSuccessStatusCode();
        for (var i = 0; i < 5; i++) await anon.PostAsJsonAsync("/api/auth/login", new { email, password = "salah-" + i });
        await (await anon.PostAsJsonAsync("/api/auth/login", new { email, password = "Sandi-Benar-123" })).ShouldBeProblem(HttpStatusCode.TooManyRequests, "too_many_attempts");
    }

    [Fact]
    public async Task Anonymous_reaches_the_catalog_health_schema_and_api_reference_only()
    {
        var anon = s.Factory.CreateClient();
        var lke = await (await anon.GetAsync("/api/lke")).Json();
        lke.GetProperty("parts").GetArrayLength().Should().Be(3);
        (await (await anon.GetAsync("/health")).Json()).GetProperty("status").GetString().Should().Be("sehat");
        (await anon.GetAsync("/schemas/unit-profile.json")).StatusCode.Should().Be(HttpStatusCode.OK);
        var openapi = await (await anon.GetAsync("/openapi/v1.json")).Json();
        openapi.GetProperty("paths").TryGetProperty("/api/units/{unitId}/narratives/{questionId}", out _).Should().BeTrue();
        (await anon.GetAsync("/referensi-api")).StatusCode.Should().Be(HttpStatusCode.OK);

        await (await anon.GetAsync("/api/units")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthorized");
        await (await anon.PostAsJsonAsync("/api/check", new { questionId = "P.MP.1.a", text = "x" })).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthorized");
        await (await anon.GetAsync($"/api/units/{s.SampleUnit}/progress")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Unknown_api_path_is_a_problem_in_Indonesian()
    {
        await (await s.Admin.GetAsync("/api/tidak-ada")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }
}

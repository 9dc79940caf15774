using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>Issue #13, attack 6: no way to change or reset a password, weak passwords accepted, a refresh token
/// redeemable again and again.</summary>
public class PasswordTests
{
    private const string Password = "Sandi-Awal-Anggota-9";

    private static async Task<(ServerFactory Factory, HttpClient Admin, Guid Unit)> Server()
    {
        var factory = new ServerFactory(seedSample: true);
        var admin = await factory.ClientAsync();
        return (factory, admin, await admin.SampleUnitId());
    }

    private static async Task<(string Email, Guid Id)> AddMember(HttpClient admin, Guid unit, string role = "penulis")
    {
        var email = $"anggota-{Guid.NewGuid():N}@test.local";
        var r = await admin.PostAsJsonAsync($"/api/units/{unit}/members", new { email, role, areas = new[] { "MP" }, password = Password });
        r.StatusCode.Should().Be(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (email, (await r.Json()).GetProperty("userId").GetGuid());
    }

    private static Task<HttpResponseMessage> Login(ServerFactory f, string email, string password) =>
        f.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password });

    [Theory]
    [InlineData("password12")]      // from the report: accepted today
    [InlineData("aaaaaaaaa1")]      // from the report: accepted today
    [InlineData("password1234")]
    [InlineData("indonesia123")]
    [InlineData("bismillah123")]
    [InlineData("Bismillah2026!")]
    [InlineData("qwertyuiop12")]
    [InlineData("aaaaaaaaaaa1")]
    [InlineData("pendek12345")]
    public async Task Weak_and_common_passwords_are_refused_in_Indonesian(string weak)
    {
        var (factory, admin, unit) = await Server();
        using var _ = factory;
        var r = await admin.PostAsJsonAsync($"/api/units/{unit}/members", new { email = $"lemah-{Guid.NewGuid():N}@test.local", role = "peninjau", password = weak });
        var detail = (await r.ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_account")).GetProperty("detail").GetString();
        detail.Should().ContainAny("minimal 12 karakter", "terlalu umum", "karakter berbeda");
    }

    [Fact]
    public async Task A_member_changes_their_password_and_every_old_session_ends()
    {
        var (factory, admin, unit) = await Server();
        using var _ = factory;
        var (email, _) = await AddMember(admin, unit);
        var member = await factory.ClientAsync(email, Password);

        await (await member.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Bukan-Sandinya-1", newPassword = "Kopi-Tubruk-Pagi-Hari-8" }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        var weak = await member.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "indonesia123" });
        (await weak.ShouldBeProblem(HttpStatusCode.BadRequest, "weak_password")).GetProperty("detail").GetString().Should().Contain("terlalu umum");

        (await member.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "Kopi-Tubruk-Pagi-Hari-8" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await member.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the change ends the sessions of the old password");
        await (await Login(factory, email, Password)).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        (await Login(factory, email, "Kopi-Tubruk-Pagi-Hari-8")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_unit_admins_reset_forces_a_change_at_the_next_sign_in()
    {
        var (factory, admin, unit) = await Server();
        using var _ = factory;
        var (unitAdminEmail, _) = await AddMember(admin, unit, "admin");
        var unitAdmin = await factory.ClientAsync(unitAdminEmail, Password);
        var (email, id) = await AddMember(admin, unit);
        var session = await factory.ClientAsync(email, Password);

        var reset = await unitAdmin.PostAsync($"/api/units/{unit}/members/{id}/password-reset", null);
        reset.StatusCode.Should().Be(HttpStatusCode.OK, await reset.Content.ReadAsStringAsync());
        var temporary = (await reset.Json()).GetProperty("temporaryPassword").GetString()!;
        temporary.Length.Should().BeGreaterThanOrEqualTo(12);

        (await session.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a reset ends the member's sessions");
        await (await Login(factory, email, Password)).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        var forced = await Login(factory, email, temporary);
        (await forced.ShouldBeProblem(HttpStatusCode.Forbidden, "password_change_required")).GetProperty("detail").GetString().Should().Contain("kata sandi baru");
        forced.Headers.Contains("Set-Cookie").Should().BeFalse();

        var change = await factory.CreateClient().PostAsJsonAsync("/api/auth/password", new { email, currentPassword = temporary, newPassword = "Teh-Manis-Sore-Hari-3" });
        change.StatusCode.Should().Be(HttpStatusCode.NoContent, await change.Content.ReadAsStringAsync());
        (await Login(factory, email, "Teh-Manis-Sore-Hari-3")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_unit_admin_cannot_reset_a_server_admin_or_a_member_of_another_unit()
    {
        var (factory, admin, unit) = await Server();
        using var _ = factory;
        var (unitAdminEmail, _) = await AddMember(admin, unit, "admin");
        var unitAdmin = await factory.ClientAsync(unitAdminEmail, Password);
        var serverAdminId = (await (await admin.GetAsync("/api/auth/me")).Json()).GetProperty("id").GetGuid();
        await (await unitAdmin.PostAsync($"/api/units/{unit}/members/{serverAdminId}/password-reset", null)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var other = await admin.CreateUnit("Unit Lain Reset");
        var (shared, sharedId) = await AddMember(admin, other);
        (await unitAdmin.PostAsJsonAsync($"/api/units/{unit}/members", new { email = shared, role = "peninjau" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await unitAdmin.PostAsync($"/api/units/{unit}/members/{sharedId}/password-reset", null)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        (await Login(factory, shared, Password)).StatusCode.Should().Be(HttpStatusCode.OK, "the account of the other unit is untouched");

        // The server admin may reset it.
        (await admin.PostAsync($"/api/units/{unit}/members/{sharedId}/password-reset", null)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_a_spent_one_revokes_its_whole_sign_in()
    {
        var (factory, admin, unit) = await Server();
        using var _ = factory;
        var (email, _) = await AddMember(admin, unit);
        var first = (await (await Login(factory, email, Password)).Json()).GetProperty("refreshToken").GetString();

        var rotated = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first });
        rotated.StatusCode.Should().Be(HttpStatusCode.OK);
        var second = await rotated.Json();
        second.GetProperty("refreshToken").GetString().Should().NotBe(first);

        // The spent token is replayed (a copy): refused, and the sign-in it belongs to ends.
        await (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first })).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_token");
        await (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = second.GetProperty("refreshToken").GetString() }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_token");
        var access = factory.CreateClient();
        access.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second.GetProperty("accessToken").GetString());
        (await access.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the family's access tokens are revoked too");

        // Another sign-in of the same account is not affected.
        var again = await factory.ClientAsync(email, Password);
        (await again.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

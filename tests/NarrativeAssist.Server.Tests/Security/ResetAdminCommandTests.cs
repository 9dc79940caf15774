using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Maintenance;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>Issue #13, attack 6: a server admin who lost the password had no way back in. <c>reset-admin</c> sets a new
/// random password, ends the admin's sessions and forces a change at the next sign-in.</summary>
public class ResetAdminCommandTests
{
    [Fact]
    public async Task Reset_admin_prints_a_temporary_password_that_must_be_changed_at_sign_in()
    {
        using var factory = new ServerFactory(seedSample: false);
        var session = await factory.ClientAsync();
        var connection = $"--ConnectionStrings:NarrativeAssist=Data Source={Path.Combine(factory.DataDirectory, "uji.db")}";

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await MaintenanceCommands.RunAsync(["reset-admin", "--email", "bukan-admin@test.local", connection], stdout, stderr);
        exit.Should().Be(MaintenanceCommands.Refused);
        stderr.ToString().Should().Contain("bukan admin server").And.Contain(ServerFactory.AdminEmail);

        stdout = new StringWriter();
        exit = await MaintenanceCommands.RunAsync(["reset-admin", connection], stdout, stderr); // the only admin: no --email needed
        exit.Should().Be(MaintenanceCommands.Ok, stderr.ToString());
        var line = stdout.ToString().Split('\n').Single(l => l.StartsWith("Kata sandi sementara: ", StringComparison.Ordinal));
        var temporary = line["Kata sandi sementara: ".Length..].Trim();
        temporary.Length.Should().BeGreaterThanOrEqualTo(12);

        (await session.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the admin's sessions end");
        var anon = factory.CreateClient();
        await (await anon.PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = ServerFactory.AdminPassword }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        await (await anon.PostAsJsonAsync("/api/auth/login", new { email = ServerFactory.AdminEmail, password = temporary }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "password_change_required");
        (await anon.PostAsJsonAsync("/api/auth/password", new { email = ServerFactory.AdminEmail, currentPassword = temporary, newPassword = "Kembali-Masuk-Server-5" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await factory.ClientAsync(ServerFactory.AdminEmail, "Kembali-Masuk-Server-5").ContinueWith(t => t.IsCompletedSuccessfully)).Should().BeTrue();
    }
}

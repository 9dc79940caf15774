using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace NarrativeAssist.Server.Tests.Support;

/// <summary>The real server in-process on its own SQLite file (or PostgreSQL database), with a known admin
/// and, by default, the sample unit "KPPN Contoh".</summary>
public class ServerFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Rahasia-Uji-2026";

    private readonly Dictionary<string, string?> _settings;
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "na-server-tests", Guid.NewGuid().ToString("N"));

    public ServerFactory() : this(seedSample: true) { }

    public ServerFactory(bool seedSample, IDictionary<string, string?>? overrides = null)
    {
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:NarrativeAssist"] = $"Data Source={Path.Combine(DataDirectory, "uji.db")}",
            ["Storage:SeedSample"] = seedSample ? "true" : "false",
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["Limits:PermitsPerMinute"] = "100000",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>()) _settings[k] = v;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> ClientAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public sealed record TokenResponse(string AccessToken, string RefreshToken, long ExpiresIn);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NarrativeAssist.Server.Tests.Support;

/// <summary>The real server in-process on its own SQLite file (or PostgreSQL database), with a known admin
/// and, by default, the sample unit "KPPN Contoh".</summary>
public class ServerFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Rahasia-Uji-2026";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>Every log line the server wrote, for tests that check what is (not) logged.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Logs { get; } = new();
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "na-server-tests", Guid.NewGuid().ToString("N"));

    public ServerFactory() : this(seedSample: true) { }

    public ServerFactory(bool seedSample, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:NarrativeAssist"] = $"Data Source={Path.Combine(DataDirectory, "uji.db")}",
            ["Storage:SeedSample"] = seedSample ? "true" : "false",
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["Limits:PermitsPerMinute"] = "100000",
            ["SignIn:AttemptBurstPerAddress"] = "100000", // tests sign in often from one address; SignInSecurityTests lowers it
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>()) _settings[k] = v;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
        if (_services is not null) builder.ConfigureServices(_services);
    }

    /// <summary>A client signed in as <paramref name="email"/>.</summary>
    public async Task<HttpClient> ClientAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var client = CreateClient();
        await client.SignInAsync(email, password);
        return client;
    }

    public sealed record TokenResponse(string AccessToken, string RefreshToken, long ExpiresIn);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Keeps every formatted log message (with its exception) in a queue.</summary>
internal sealed class CapturingLoggerProvider(System.Collections.Concurrent.ConcurrentQueue<string> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, sink);
    public void Dispose() { }

    private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

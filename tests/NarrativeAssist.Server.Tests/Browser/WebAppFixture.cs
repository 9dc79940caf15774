using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NarrativeAssist.Server.Progress;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Tests.Browser;

/// <summary>The real server on a real loopback port (Kestrel, not TestServer) with its own SQLite file, the sample
/// unit "KPPN Contoh" and a known admin; one Chromium (Debian's /usr/bin/chromium, no browser download) shared by
/// every browser test.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Uji-Peramban-2026!";
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "na-browser-tests", Guid.NewGuid().ToString("N"));
    private WebAppFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public string RepoRoot { get; } = NarrativeAssist.Tests.RepoRoot.Path;
    /// <summary>Where the browser tests write their screenshots: artifacts/screenshots (ignored by git), so a test run
    /// never changes a tracked file. `bash .ci/refresh-screenshots` sets NA_SCREENSHOT_DIR to docs/screenshots to
    /// refresh the committed ones on purpose.</summary>
    public string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("NA_SCREENSHOT_DIR") is { Length: > 0 } dir
            ? Path.GetFullPath(dir, RepoRoot)
            : Path.Combine(RepoRoot, "artifacts", "screenshots");
    public string SampleDocx => Path.Combine(RepoRoot, "templates", "samples", "narasi-contoh.docx");

    /// <summary>Fills the web app's sign-in form and submits it, without waiting for the outcome (a test of a refused
    /// sign-in reads the message that follows).</summary>
    public static async Task SubmitSignInAsync(IPage page, string email = AdminEmail, string password = AdminPassword)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Surel").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in to the web app and waits until its main menu shows.</summary>
    public static async Task SignInAsync(IPage page, string email = AdminEmail, string password = AdminPassword)
    {
        await SubmitSignInAsync(page, email, password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).WaitForAsync();
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium tidak ditemukan di {ChromiumPath}. Uji peramban memerlukannya: jalankan `apt-get update && apt-get install -y chromium` (sebagai root), lalu ulangi pengujian.");

        Directory.CreateDirectory(_dataDirectory);
        _factory = new WebAppFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:NarrativeAssist"] = $"Data Source={Path.Combine(_dataDirectory, "peramban.db")}",
            ["Storage:SeedSample"] = "true",
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["Limits:PermitsPerMinute"] = "100000",
            ["SignIn:AttemptBurstPerAddress"] = "100000",
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        BaseAddress.Scheme.Should().Be("http", "the browser tests use plain HTTP on loopback");

        await SeedEarlierWeeksAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Three earlier ISO weeks of stored progress for the sample unit, growing towards today's, so the
    /// weekly chart has lines to draw (the server itself only stores the current week on a fresh database).</summary>
    private async Task SeedEarlierWeeksAsync()
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var progress = scope.ServiceProvider.GetRequiredService<ProgressService>();
        var unit = db.Units.Single(u => u.Nama == "KPPN Contoh");
        var now = await progress.CurrentAsync(unit.Id, CancellationToken.None);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        for (var weeksAgo = 3; weeksAgo >= 1; weeksAgo--)
        {
            var at = DateTimeOffset.UtcNow.AddDays(-7 * weeksAgo);
            var week = ProgressService.IsoWeek(at);
            if (db.ProgressSnapshots.Any(s => s.UnitId == unit.Id && s.Week == week)) continue;
            var share = (4 - weeksAgo) / 4.0; // 25 %, 50 %, 75 % of today's counts
            var areas = now.Areas.Select(a => a with
            {
                Answered = (int)Math.Floor(a.Answered * share),
                Strong = (int)Math.Floor(a.Strong * share * share),
                WithEvidence = 0,
            }).ToList();
            db.ProgressSnapshots.Add(new ProgressSnapshot
            {
                UnitId = unit.Id, Week = week, TakenAt = at, Areas = JsonSerializer.Serialize(areas, options),
                Answered = areas.Sum(a => a.Answered), Strong = areas.Sum(a => a.Strong), Total = now.Total,
            });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A page of its own context (clean sessionStorage) at the given viewport. Every request that leaves
    /// the server's origin is recorded and aborted: the web app must be fully self-contained.</summary>
    public async Task<BrowserPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
        });
        var page = new BrowserPage(context, await context.NewPageAsync(), BaseAddress);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == BaseAddress.Host && url.Port == BaseAddress.Port)) await route.ContinueAsync();
            else
            {
                page.ExternalRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return page;
    }

    /// <summary>An API client signed in as the admin, to compare what the page shows with what the API says.</summary>
    public async Task<HttpClient> ApiClientAsync()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = AdminEmail, password = AdminPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed class WebAppFactory(IDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        }
    }
}

/// <summary>A page with what it logged: console errors, uncaught exceptions and requests that tried to leave the server.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    public BrowserPage(IBrowserContext context, IPage page, Uri baseAddress)
    {
        Context = context;
        Page = page;
        page.Console += (_, m) =>
        {
            // The browser logs every 4xx/5xx response as a console error; those are expected in error tests.
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) ConsoleErrors.Add(m.Text);
        };
        page.PageError += (_, e) => ConsoleErrors.Add("uncaught: " + e);
        page.SetDefaultTimeout(15_000);
        _ = baseAddress;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public ConcurrentBag<string> ConsoleErrors { get; } = [];
    public ConcurrentBag<string> ExternalRequests { get; } = [];

    /// <summary>The page ran clean: no script errors and nothing fetched from outside the server.</summary>
    public void ShouldHaveRunClean()
    {
        ConsoleErrors.Should().BeEmpty("the web app should run without script errors");
        ExternalRequests.Should().BeEmpty("the web app must not contact anything but its own server");
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "browser";
}

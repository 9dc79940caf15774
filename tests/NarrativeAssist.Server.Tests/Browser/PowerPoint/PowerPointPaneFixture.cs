using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.PowerPoint;

/// <summary>Opens the PowerPoint task pane (/powerpoint/taskpane.html) in the shared Chromium with Microsoft's office.js
/// CDN URL routed to the fake PowerPoint host (fake-powerpoint-host.js), configured per test: requirement sets
/// (to play an older host), the slides of the open presentation and the .pptx that getFileAsync returns.</summary>
public static class PowerPointPane
{
    public const string OfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    public const string PanePath = "/powerpoint/taskpane.html";
    public const string SampleUnit = "KPPN Contoh";

    public static string SampleProfileYaml(WebAppFixture app) => File.ReadAllText(Path.Combine(app.RepoRoot, "templates", "units", "contoh.yaml"));

    public static string FakeHostScript(WebAppFixture app) => FakeOfficeHost.Script(app, "PowerPoint/fake-powerpoint-host.js");

    /// <summary>What the fake host is told: requirement sets (a null value removes a set), slides of the open
    /// presentation, and the bytes getFileAsync hands out.</summary>
    public sealed record Host(string? PowerPointApi = "1.5", string? FileSet = "1.1", int SlideCount = 3, byte[]? OpenFile = null, int Selected = 0)
    {
        public object Seed() => new
        {
            requirements = new Dictionary<string, string?> { ["PowerPointApi"] = PowerPointApi, ["File"] = FileSet },
            slideCount = SlideCount,
            fileBase64 = OpenFile is null ? null : Convert.ToBase64String(OpenFile),
            selected = Selected,
        };
    }

    public static async Task<BrowserPage> OpenAsync(WebAppFixture app, int width = 450, int height = 900, Host? host = null, bool officeJs = true,
        Func<IPage, Task>? beforeGoto = null)
    {
        var p = await app.NewPageAsync(width, height);
        var script = FakeHostScript(app);
        await p.Page.RouteAsync(OfficeJsUrl, route => officeJs
            ? route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Body = script })
            : route.FulfillAsync(new() { Status = 404, ContentType = "text/plain", Body = "" }));
        var seed = (host ?? new Host()).Seed();
        await p.Page.AddInitScriptAsync($"window.__FAKE_PPT_SEED = {JsonSerializer.Serialize(seed, new JsonSerializerOptions(JsonSerializerDefaults.Web))};");
        if (beforeGoto is not null) await beforeGoto(p.Page);
        await p.Page.GotoAsync(PanePath);
        await p.Page.Locator("body[data-ready=true]").WaitForAsync();
        return p;
    }

    public static async Task SignInAsync(IPage page)
    {
        await page.GetByLabel("Surel").FillAsync(WebAppFixture.AdminEmail);
        await page.GetByLabel("Kata sandi").FillAsync(WebAppFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Buat" }).WaitForAsync();
    }

    /// <summary>Signs in and switches the pane to the given unit (the pane starts on the first unit by name).</summary>
    public static async Task SignInToUnitAsync(IPage page, string unitId)
    {
        await SignInAsync(page);
        await page.Locator("#pilih-unit").SelectOptionAsync(unitId);
        await page.WaitForFunctionAsync("id => document.querySelector('#pilih-unit')?.value === id && document.querySelector('#pane-unit')?.textContent.includes('Unit Uji PowerPoint')"
            + " && document.querySelector(\"[data-path='unit.nama']\")?.value.startsWith('Unit Uji PowerPoint')", unitId);
    }

    /// <summary>A signed-in API client and the sample unit's id.</summary>
    public static async Task<(HttpClient Client, string UnitId)> ApiAsync(WebAppFixture app)
    {
        var client = await app.ApiClientAsync();
        var units = await client.GetFromJsonAsync<JsonElement>("/api/units");
        var unit = units.EnumerateArray().First(u => u.GetProperty("nama").GetString() == SampleUnit);
        return (client, unit.GetProperty("id").GetString()!);
    }

    /// <summary>A unit of its own for a test that writes (profile, rehearsals, questions), holding the sample profile.
    /// Its name sorts after "KPPN Contoh", so the other browser tests keep finding the sample unit first.</summary>
    public static async Task<string> NewUnitAsync(WebAppFixture app, HttpClient client, string? profileYaml = null)
    {
        var name = $"Unit Uji PowerPoint {Guid.NewGuid().ToString("N")[..6]}";
        var created = await client.PostAsJsonAsync("/api/units", new { nama = name, instansi = "Kementerian Uji" });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var text = (profileYaml ?? SampleProfileYaml(app)).Replace("  nama: KPPN Contoh\n", $"  nama: {name}\n");
        var saved = await client.PutAsJsonAsync($"/api/units/{id}/profile", new { text });
        saved.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>What the fake PowerPoint host holds (JSON round trip).</summary>
    public static async Task<JsonElement> Fake(IPage page, string expression) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>($"() => JSON.stringify(window.__fakePpt.{expression})")).RootElement;

    public static async Task ScreenshotAsync(WebAppFixture app, IPage page, string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(app.ScreenshotDirectory, $"powerpoint-{name}.png"), FullPage = false });
    }
}

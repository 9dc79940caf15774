using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Server.Tests.Browser.Word;

/// <summary>Opens the Word task pane (/word/taskpane.html) in the shared Chromium with Microsoft's office.js CDN URL
/// routed to the fake Word host (fake-word-host.js), seeded with the sample document's narratives
/// (templates/samples/narasi-contoh.yaml) as tagged content controls.</summary>
public static class WordPane
{
    public const string OfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    public const string PanePath = "/word/taskpane.html";

    public sealed record Narrative(string QuestionId, string Text, string? Answer);

    /// <summary>The ten narratives of the sample document, in document order.</summary>
    public static IReadOnlyList<Narrative> SampleNarratives(WebAppFixture app)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(app.RepoRoot, "templates", "samples", "narasi-contoh.yaml"))));
        var list = new List<Narrative>();
        foreach (YamlMappingNode n in (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["narasi"])
            list.Add(new(n["id"].ToString(), n["teks"].ToString().Trim(), n.Children.TryGetValue("jawaban", out var a) ? a.ToString() : null));
        list.Should().HaveCount(10, "the sample document has ten narratives");
        return list;
    }

    public static string FakeHostScript(WebAppFixture app) => FakeOfficeHost.Script(app, "Word/fake-word-host.js");

    /// <summary>A page with office.js served by the fake host (or, with <paramref name="officeJs"/> false, a CDN that
    /// does not answer: the page opened outside Office).</summary>
    public static async Task<BrowserPage> OpenAsync(WebAppFixture app, int width = 450, int height = 900, object? seed = null,
        bool officeJs = true)
    {
        var p = await app.NewPageAsync(width, height);
        var script = FakeHostScript(app);
        // Page routes take precedence over the fixture's context route that aborts (and records) every external request.
        await p.Page.RouteAsync(OfficeJsUrl, route => officeJs
            ? route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Body = script })
            : route.FulfillAsync(new() { Status = 404, ContentType = "text/plain", Body = "" }));
        seed ??= new { narratives = SampleNarratives(app).Select(n => new { questionId = n.QuestionId, text = n.Text, answer = n.Answer }) };
        await p.Page.AddInitScriptAsync($"window.__FAKE_WORD_SEED = {JsonSerializer.Serialize(seed, new JsonSerializerOptions(JsonSerializerDefaults.Web))};");
        await p.Page.GotoAsync(PanePath);
        await p.Page.Locator("body[data-ready=true]").WaitForAsync();
        return p;
    }

    public static object Seed(WebAppFixture app, string? cursorIn, string wordApi = "1.4") => new
    {
        narratives = SampleNarratives(app).Select(n => new { questionId = n.QuestionId, text = n.Text, answer = n.Answer }),
        requirements = new Dictionary<string, string> { ["WordApi"] = wordApi },
        cursorIn,
    };

    public static Task SignInAsync(IPage page) => SignInAsync(page, WebAppFixture.AdminEmail, WebAppFixture.AdminPassword);

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Surel").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Pertanyaan ini" }).WaitForAsync();
    }

    /// <summary>The sample unit's id and a signed-in API client.</summary>
    public static async Task<(HttpClient Client, string UnitId)> ApiAsync(WebAppFixture app)
    {
        var client = await app.ApiClientAsync();
        var units = await client.GetFromJsonAsync<JsonElement>("/api/units");
        var unit = units.EnumerateArray().First(u => u.GetProperty("nama").GetString() == "KPPN Contoh");
        return (client, unit.GetProperty("id").GetString()!);
    }

    /// <summary>The question ids of the catalog (GET /api/lke) with their answer options' codes.</summary>
    public static async Task<Dictionary<string, string[]>> OptionsAsync(HttpClient client)
    {
        var catalog = await client.GetFromJsonAsync<JsonElement>("/api/lke");
        return catalog.GetProperty("parts").EnumerateArray()
            .SelectMany(p => p.GetProperty("areas").EnumerateArray())
            .SelectMany(a => a.GetProperty("subAreas").EnumerateArray().SelectMany(s => s.GetProperty("questions").EnumerateArray())
                .Concat(a.GetProperty("questions").EnumerateArray()))
            .ToDictionary(q => q.GetProperty("id").GetString()!,
                q => q.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("code").GetString()!).ToArray());
    }

    /// <summary>What the fake Word host holds (JSON round trip, so arrays and objects compare as System.Text.Json).</summary>
    public static async Task<JsonElement> Fake(IPage page, string expression) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>($"() => JSON.stringify(window.__fakeWord.{expression})")).RootElement;
}

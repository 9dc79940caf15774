using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.Word;

/// <summary>Issue #13, attack 9: "Keluar" left up to 50 narrative backups in the Word pane's localStorage, readable by
/// the next person at a shared computer.</summary>
[Collection(WebAppCollection.Name)]
public sealed class WordPaneSignOutTests(WebAppFixture app)
{
    [Fact]
    public async Task Keluar_removes_the_panes_narrative_backups_and_chosen_unit_from_local_storage()
    {
        var (admin, unit) = await WordPane.ApiAsync(app);
        var email = $"keluar-{Guid.NewGuid():N}@test.local";
        const string password = "Sandi-Keluar-Panel-6";
        (await admin.PostAsJsonAsync($"/api/units/{unit}/members", new { email, role = "penulis", areas = new[] { "MP" }, password })).EnsureSuccessStatusCode();

        await using var p = await WordPane.OpenAsync(app, 450, 900, WordPane.Seed(app, cursorIn: "P.MP.1.a"));
        var page = p.Page;
        await WordPane.SignInAsync(page, email, password);
        // What "Pulihkan versi saya" keeps after a conflict (the pane's own key and shape), plus something of another app.
        await page.EvaluateAsync("""
            () => {
              localStorage.setItem('na.word.cadangan', JSON.stringify([{ questionId: 'P.MP.1.a', text: 'Teks rahasia unit', savedAt: new Date().toISOString() }]));
              localStorage.setItem('bukan-milik-panel', 'tetap');
            }
            """);
        (await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('na.')).length")).Should().BeGreaterThan(0);

        await page.Locator("#pane-logout").ClickAsync();
        await page.Locator("#form-masuk").WaitForAsync();

        var left = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage).filter(k => k.startsWith('na.'))");
        left.Should().BeEmpty("a shared computer keeps nothing of the unit after Keluar");
        (await page.EvaluateAsync<string?>("() => localStorage.getItem('bukan-milik-panel')")).Should().Be("tetap", "only the pane's own keys are removed");
        (await page.EvaluateAsync<string?>("() => sessionStorage.getItem('na.token')")).Should().BeNull();
    }
}

using NarrativeAssist.Server.Tests.Browser;
using NarrativeAssist.Server.Tests.Browser.PowerPoint;
using NarrativeAssist.Server.Tests.Browser.Word;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>The panes under their Content-Security-Policy in Chromium: office.js (the fake host, served at the CDN
/// URL) loads, the pane signs in and works, and the browser reports no CSP violation and no script error.</summary>
[Collection(WebAppCollection.Name)]
public class PaneCspBrowserTests(WebAppFixture app)
{
    [Fact]
    public async Task Word_pane_runs_under_its_policy()
    {
        await using var p = await WordPane.OpenAsync(app);
        await WordPane.SignInAsync(p.Page);
        p.ConsoleErrors.Should().NotContain(e => e.Contains("Content Security Policy"));
        p.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task PowerPoint_pane_runs_under_its_policy()
    {
        await using var p = await PowerPointPane.OpenAsync(app);
        await PowerPointPane.SignInAsync(p.Page);
        p.ConsoleErrors.Should().NotContain(e => e.Contains("Content Security Policy"));
        p.ConsoleErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Api_reference_renders_under_its_own_policy()
    {
        await using var p = await app.NewPageAsync();
        await p.Page.GotoAsync("/referensi-api");
        await p.Page.GetByText("Bukti dukung").First.WaitForAsync(); // an operation group, rendered by Scalar's script
        p.ConsoleErrors.Should().NotContain(e => e.Contains("script-src") || e.Contains("unsafe-eval"), "Scalar's own scripts must run");
        p.ConsoleErrors.Should().NotContain(e => e.Contains("Content Security Policy"), "nothing external is requested (Scalar's web fonts are off)");
    }
}

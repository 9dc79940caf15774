using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.WebApp;

/// <summary>Issue #19 item 9: axe-core on every page of the web app. The routes are read from the page's own main menu,
/// so a page added to the menu is checked without anyone listing it here; the sign-in page and the friendly 404 page
/// are checked too.</summary>
[Collection(WebAppCollection.Name)]
public sealed class EveryPageAccessibilityTests(WebAppFixture app)
{
    [Fact]
    public async Task Every_route_has_no_serious_or_critical_axe_violation()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("Surel").WaitForAsync();
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the sign-in page");

        await WebAppFixture.SignInAsync(page);
        var routes = await page.Locator("#nav a[data-route]").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.route)");
        routes.Should().Contain(["periksa", "dasbor", "nilai", "narasi", "presentasi", "bukti", "pustaka", "anggota"]);
        foreach (var route in routes)
        {
            await page.Locator($"#nav a[data-route='{route}']").ClickAsync();
            await page.Locator($"#nav a[data-route='{route}'][aria-current='page']").WaitForAsync();
            await page.WaitForFunctionAsync("() => !document.querySelector('#utama').hasAttribute('aria-busy') && !document.querySelector('#utama .loading')");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            (await page.Locator("#utama h1").CountAsync()).Should().Be(1, $"#/{route} has one page heading");
            await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, $"#/{route}");
        }

        await page.GotoAsync("/halaman-yang-tidak-ada");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the 404 page");
        p.ShouldHaveRunClean();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.Library;

/// <summary>The Pustaka list as a user meets it (issue #19 item 5): styled with the shared stylesheet, the true count
/// with "Muat lagi", and an entry's detail in a dialog in front of the user, reachable and left with the keyboard.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PustakaListTests(WebAppFixture app)
{
    private static async Task OpenPustakaAsync(IPage page)
    {
        await WebAppFixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Pustaka" }).ClickAsync();
        await page.Locator("#pustaka-daftar li").First.WaitForAsync();
    }

    private string Screenshot(string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        return Path.Combine(app.ScreenshotDirectory, name);
    }

    private async Task<List<string>> EntryIdsAsync()
    {
        using var api = await app.ApiClientAsync();
        var data = await api.GetFromJsonAsync<JsonElement>("/api/library?includeHidden=true");
        return data.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    private static Task<string?> FocusedEntryAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.activeElement?.closest('#pustaka-daftar li')?.dataset.id ?? null");

    [Fact]
    public async Task The_list_shows_the_true_count_loads_more_and_opens_an_entry_in_a_dialog_by_keyboard()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await OpenPustakaAsync(page);
        var ids = await EntryIdsAsync();
        ids.Count.Should().BeGreaterThan(20, "the built-in templates alone fill more than one page");

        // The true count, one page shown, and "Muat lagi" for the rest.
        (await page.Locator("#pustaka-jumlah").InnerTextAsync()).Should().Be($"{ids.Count} entri ditemukan · 20 ditampilkan.");
        (await page.Locator("#pustaka-daftar li").CountAsync()).Should().Be(20);
        var more = page.Locator("#pustaka-muat-lagi");
        (await more.IsVisibleAsync()).Should().BeTrue();

        // The shared stylesheet styles the page: the search button is the brand's primary button.
        var search = page.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true });
        (await search.GetAttributeAsync("class")).Should().Be("button button-primary");
        (await search.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor")).Should().Be("rgb(15, 108, 189)");
        (await page.Locator("#pustaka-q").EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle")).Should().Be("solid");

        // Keyboard: "Muat lagi" adds the next page and moves focus to its first new entry.
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#pustaka-daftar li").Nth(20).WaitForAsync();
        (await page.Locator("#pustaka-daftar li").CountAsync()).Should().Be(Math.Min(40, ids.Count));
        (await FocusedEntryAsync(page)).Should().Be(ids[20], "focus lands on the first entry just loaded");
        (await page.Locator("#pustaka-jumlah").InnerTextAsync()).Should().StartWith($"{ids.Count} entri ditemukan · ");

        // Enter on the focused entry opens its detail in a modal dialog, in view, with focus inside it.
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("dialog#pustaka-detail[open]");
        await dialog.Locator("#pustaka-isi").WaitForAsync();
        (await page.EvaluateAsync<bool>("() => document.querySelector('#pustaka-detail').contains(document.activeElement)")).Should().BeTrue();
        var box = (await dialog.BoundingBoxAsync())!;
        box.Y.Should().BeGreaterThanOrEqualTo(0);
        (box.Y + Math.Min(box.Height, 200)).Should().BeLessThanOrEqualTo(900, "the detail opens where the user is looking");
        (await dialog.InnerTextAsync()).Should().Contain("skor checklist");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Pustaka with an entry open");

        // Tab stays in the dialog; Escape closes it and focus returns to the entry that opened it.
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<bool>("() => document.querySelector('#pustaka-detail').contains(document.activeElement) || document.activeElement === document.body"))
                .Should().BeTrue("a modal dialog keeps focus inside it");
        }
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("dialog#pustaka-detail[open]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await FocusedEntryAsync(page)).Should().Be(ids[20], "closing gives focus back to the entry");

        // Load everything: the button goes away when all are shown.
        for (var i = 0; i < ids.Count / 20 + 1 && await more.IsVisibleAsync(); i++) await more.ClickAsync();
        (await more.IsVisibleAsync()).Should().BeFalse("“Muat lagi” goes away once every entry is shown");
        (await page.Locator("#pustaka-daftar li").CountAsync()).Should().Be(ids.Count);
        (await page.Locator("#pustaka-jumlah").InnerTextAsync()).Should().Be($"{ids.Count} entri ditemukan · semua ditampilkan.");

        await page.Locator("#pustaka-daftar li").First.GetByRole(AriaRole.Button).ClickAsync();
        await page.Locator("#pustaka-isi").WaitForAsync();
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Pustaka");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tutup" }).ClickAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-pustaka.png") });
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task At_320_pixels_the_list_and_the_dialog_fit_without_sideways_scrolling()
    {
        await using var p = await app.NewPageAsync(320, 760);
        var page = p.Page;
        await OpenPustakaAsync(page);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
            .Should().BeLessThanOrEqualTo(0, "nothing may scroll sideways at 320 px");

        await page.Locator("#pustaka-daftar li").First.GetByRole(AriaRole.Button).ClickAsync();
        var dialog = page.Locator("dialog#pustaka-detail[open]");
        await dialog.Locator("#pustaka-isi").WaitForAsync();
        var box = (await dialog.BoundingBoxAsync())!;
        box.X.Should().BeGreaterThanOrEqualTo(0);
        (box.X + box.Width).Should().BeLessThanOrEqualTo(320);
        (await dialog.EvaluateAsync<int>("e => e.scrollWidth - e.clientWidth")).Should().BeLessThanOrEqualTo(0, "the entry wraps inside the dialog");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Pustaka at 320 px");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-pustaka-320.png") });
        p.ShouldHaveRunClean();
    }
}

using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.Library;

/// <summary>The "Pustaka" page in Chromium: stemmed search, an entry with highlighted placeholders, publishing a
/// narrative of the unit through the reviewed anonymised preview, unpublishing, and the admin's curation.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PustakaPageTests(WebAppFixture app)
{
    [Fact]
    public async Task Search_view_publish_with_review_and_unpublish()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Pustaka" }).ClickAsync();

        // Stemmed search: "pembentukan tim" → the template about forming the team first.
        await page.Locator("#pustaka-daftar").WaitForAsync();
        await page.GetByLabel("Cari", new() { Exact = true }).FillAsync("pembentukan tim");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await page.Locator("#pustaka-daftar li[data-id='bawaan-P.MP.1.a']").WaitForAsync();
        (await page.Locator("#pustaka-daftar li").First.GetAttributeAsync("data-id")).Should().Be("bawaan-P.MP.1.a");

        await page.Locator("#pustaka-daftar li").First.GetByRole(AriaRole.Button).ClickAsync();
        await page.Locator("#pustaka-isi mark.placeholder").First.WaitForAsync();
        (await page.Locator("#pustaka-detail").InnerTextAsync()).Should().Contain("skor checklist").And.Contain("[nomor SK]");

        // Admin curation: feature the entry.
        await page.Locator("#pustaka-unggulkan").ClickAsync();
        await page.Locator("#pustaka-daftar li[data-id='bawaan-P.MP.1.a'] .badge", new() { HasTextString = "Unggulan" }).WaitForAsync();
        await page.Keyboard.PressAsync("Escape"); // the entry is a modal dialog: close it to reach the page again
        await page.Locator("dialog#pustaka-detail[open]").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Publish the unit's narrative: the review shows what is replaced; nothing is published before confirming.
        await page.Locator("#terbit-pertanyaan").FillAsync("P.MP.1.a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Siapkan draf tersamar" }).ClickAsync();
        await page.Locator("#terbit-penggantian").WaitForAsync();
        (await page.Locator("#terbit-penggantian caption").InnerTextAsync()).Should().MatchRegex(@"\d+ penggantian diusulkan");
        (await page.Locator("#terbit-pratinjau").InnerTextAsync()).Should().NotContain("KPPN Contoh");
        (await page.Locator("#terbit-daftar li").Last.InnerTextAsync()).Should().Contain("(draf)");
        await page.Locator("#terbit-konfirmasi").ClickAsync();
        await page.Locator("#terbit-status").WaitForAsync();
        await page.Locator("#terbit-daftar li", new() { HasTextString = "(terbit)" }).WaitForAsync();

        await page.Locator("#terbit-daftar li", new() { HasTextString = "(terbit)" }).GetByRole(AriaRole.Button, new() { Name = "Tarik" }).ClickAsync();
        await page.Locator("#terbit-daftar li", new() { HasTextString = "(ditarik)" }).WaitForAsync();
    }
}

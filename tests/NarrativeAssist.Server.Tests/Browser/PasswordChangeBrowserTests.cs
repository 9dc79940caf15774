using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser;

/// <summary>Issue #13, attack 6: after an admin's reset, signing in to the web app shows the change-password form;
/// the new password is set there and the person lands signed in.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PasswordChangeBrowserTests(WebAppFixture app)
{
    [Fact]
    public async Task A_reset_password_must_be_replaced_in_the_web_app_before_anything_else()
    {
        var admin = await app.ApiClientAsync();
        var units = await (await admin.GetAsync("/api/units")).Content.ReadFromJsonAsync<JsonElement>();
        var unit = units.EnumerateArray().First().GetProperty("id").GetString();
        var email = $"ganti-{Guid.NewGuid():N}@test.local";
        var added = await admin.PostAsJsonAsync($"/api/units/{unit}/members", new { email, role = "peninjau", password = "Sandi-Awal-Peramban-4" });
        added.EnsureSuccessStatusCode();
        var userId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString();
        var reset = await admin.PostAsync($"/api/units/{unit}/members/{userId}/password-reset", null);
        reset.EnsureSuccessStatusCode();
        var temporary = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("temporaryPassword").GetString()!;

        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await page.GotoAsync("/");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(temporary);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();

        var form = page.Locator("#form-ganti-sandi");
        await form.WaitForAsync();
        (await form.InnerTextAsync()).Should().Contain("Buat kata sandi baru");
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).IsVisibleAsync()).Should().BeFalse("nothing else is reachable before the change");

        // A common password is refused with the server's Indonesian reason; mismatched fields are caught in the page.
        await page.Locator("#sandi-baru").FillAsync("indonesia123");
        await page.Locator("#sandi-ulang").FillAsync("indonesia123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi baru" }).ClickAsync();
        await page.Locator("#ganti-sandi-error").Filter(new() { HasTextString = "terlalu umum" }).WaitForAsync();
        await page.Locator("#sandi-baru").FillAsync("Lembar-Kerja-Baru-2026");
        await page.Locator("#sandi-ulang").FillAsync("Lembar-Kerja-Lain-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi baru" }).ClickAsync();
        (await page.Locator("#ganti-sandi-error").InnerTextAsync()).Should().Contain("tidak sama");

        await page.Locator("#sandi-ulang").FillAsync("Lembar-Kerja-Baru-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi baru" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).WaitForAsync();

        var again = await new HttpClient { BaseAddress = app.BaseAddress }.PostAsJsonAsync("/api/auth/login", new { email, password = "Lembar-Kerja-Baru-2026" });
        again.IsSuccessStatusCode.Should().BeTrue("the password chosen in the page is the account's password now");
        p.ExternalRequests.Should().BeEmpty();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.WebApp;

/// <summary>Issue #19 item 1, renaming a unit on the "Unit &amp; anggota" page: a unit admin (not a server admin)
/// renames their unit with the keyboard, the heading and the unit picker follow, the API has the new name; an empty
/// name and another unit's name are refused in Indonesian.</summary>
[Collection(WebAppCollection.Name)]
public sealed class UnitRenameTests(WebAppFixture app)
{
    [Fact]
    public async Task A_unit_admin_renames_the_unit_and_a_taken_name_is_refused()
    {
        var api = await app.ApiClientAsync();
        var oldName = $"Unit Uji Ganti {Guid.NewGuid().ToString("N")[..6]}";
        var created = await api.PostAsJsonAsync("/api/units", new { nama = oldName, instansi = "Kementerian Uji" });
        created.EnsureSuccessStatusCode();
        var unitId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var email = $"admin-unit-{Guid.NewGuid():N}@test.local";
        (await api.PostAsJsonAsync($"/api/units/{unitId}/members", new { email, role = "admin", areas = Array.Empty<string>(), password = "Sandi-Admin-Unit-6" }))
            .EnsureSuccessStatusCode();

        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page, email, "Sandi-Admin-Unit-6");
        await page.GetByRole(AriaRole.Link, new() { Name = "Unit & anggota" }).ClickAsync();
        var field = page.Locator("#unit-nama-ubah");
        await field.WaitForAsync();
        (await field.InputValueAsync()).Should().Be(oldName);

        await field.FillAsync("");
        await field.PressAsync("Enter");
        (await page.Locator("#unit-ubah-error").InnerTextAsync()).Should().Be("Isi nama unit.");
        await field.FillAsync("KPPN Contoh");
        await field.PressAsync("Enter");
        await page.Locator("#unit-ubah-error").Filter(new() { HasTextString = "sudah dipakai unit lain" }).WaitForAsync();
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}")).GetProperty("nama").GetString().Should().Be(oldName);

        var newName = $"Unit Uji Baru {Guid.NewGuid().ToString("N")[..6]}";
        await field.FillAsync(newName);
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("unit-instansi-ubah");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Anggota {newName}" }).WaitForAsync();
        (await page.Locator("#unit-select option:checked").InnerTextAsync()).Should().Be(newName);
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}");
        stored.GetProperty("nama").GetString().Should().Be(newName);
        stored.GetProperty("instansi").GetString().Should().Be("Kementerian Uji");

        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Unit & anggota page of a unit admin");
        p.ShouldHaveRunClean();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.WebApp;

/// <summary>Issue #19 item 1, the "Unit &amp; anggota" page in a real Chromium: the server admin creates a unit, adds
/// members with roles and areas, changes one, resets a password and removes a member; everyone changes their own
/// password. Every outcome is read back from the API. Keyboard use (Tab order, Space on a checkbox, Enter on a button,
/// Escape closing a dialog), axe-core, and screenshots at 1280 and 320 px into the screenshot output folder.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AdminPageTests(WebAppFixture app)
{
    private string Screenshot(string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        return Path.Combine(app.ScreenshotDirectory, name);
    }

    private static async Task<JsonElement> MemberAsync(HttpClient api, string unitId, string email)
    {
        var list = await (await api.GetAsync($"/api/units/{unitId}/members")).Content.ReadFromJsonAsync<JsonElement>();
        return list.EnumerateArray().FirstOrDefault(m => m.GetProperty("email").GetString() == email);
    }

    [Fact]
    public async Task The_server_admin_creates_a_unit_and_manages_its_members_in_the_browser()
    {
        var api = await app.ApiClientAsync();
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page, WebAppFixture.AdminEmail, WebAppFixture.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Unit & anggota" }).ClickAsync();
        await page.Locator("#tabel-unit").WaitForAsync();
        (await page.Locator("#tabel-unit tbody tr").Filter(new() { HasTextString = "KPPN Contoh" }).CountAsync()).Should().Be(1, "the server admin sees every unit");

        // A new unit: the page switches to it and the API knows it.
        var unitName = $"Unit Uji {Guid.NewGuid():N}"[..20];
        await page.Locator("#unit-nama").FillAsync(unitName);
        await page.Locator("#unit-instansi").FillAsync("Kementerian Contoh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat unit" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Anggota {unitName}" }).WaitForAsync();
        var units = await (await api.GetAsync("/api/units")).Content.ReadFromJsonAsync<JsonElement>();
        var unitId = units.EnumerateArray().Single(u => u.GetProperty("nama").GetString() == unitName).GetProperty("id").GetString()!;
        (await page.Locator("#unit-select").InputValueAsync()).Should().Be(unitId);

        // An empty name is refused in the page, in Indonesian.
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat unit" }).ClickAsync();
        (await page.Locator("#unit-baru-error").InnerTextAsync()).Should().Contain("Isi nama unit");

        // Two members, typed with the keyboard: Tab from Surel to the display name to the first password, Space ticks an area.
        var writer = $"penulis-{Guid.NewGuid():N}@test.local";
        await page.Locator("#anggota-surel").FillAsync(writer);
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("anggota-nama");
        await page.Keyboard.TypeAsync("Penulis Uji");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("anggota-sandi");
        await page.Keyboard.TypeAsync("Sandi-Awal-Anggota-7");
        await page.Locator("#anggota-peran").SelectOptionAsync("penulis");
        await page.Locator("#anggota-area-MP").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#anggota-area-PW").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah anggota" }).ClickAsync();
        await page.Locator($"#tabel-kelola-anggota tr[data-member='{writer}']").WaitForAsync();
        var added = await MemberAsync(api, unitId, writer);
        added.GetProperty("role").GetString().Should().Be("penulis");
        added.GetProperty("areas").EnumerateArray().Select(a => a.GetString()).Should().BeEquivalentTo("MP", "PW");

        var reviewer = $"peninjau-{Guid.NewGuid():N}@test.local";
        await page.Locator("#anggota-surel").FillAsync(reviewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Buatkan kata sandi acak" }).ClickAsync();
        (await page.Locator("#anggota-sandi").InputValueAsync()).Should().MatchRegex(@"^[A-Za-z2-9]{15}\d$");
        await page.Locator("#anggota-peran").SelectOptionAsync("peninjau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah anggota" }).ClickAsync();
        await page.Locator($"#tabel-kelola-anggota tr[data-member='{reviewer}']").WaitForAsync();
        (await MemberAsync(api, unitId, reviewer)).GetProperty("role").GetString().Should().Be("peninjau");

        // A new account without a first password gets the server's Indonesian reason.
        await page.Locator("#anggota-surel").FillAsync($"tanpa-sandi-{Guid.NewGuid():N}@test.local");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah anggota" }).ClickAsync();
        await page.Locator("#anggota-baru-error").Filter(new() { HasTextString = "password awal" }).WaitForAsync();

        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Unit & anggota page");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-anggota.png"), FullPage = true });

        // Edit: Enter opens the dialog, Escape closes it and focus returns to the button; then a real change.
        var edit = page.GetByRole(AriaRole.Button, new() { Name = "Ubah peran dan area Penulis Uji" });
        await edit.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("#dialog-ubah-anggota");
        await dialog.WaitForAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("ubah-peran", "the first field has focus");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the edit member dialog");
        await page.Keyboard.PressAsync("Escape");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await edit.EvaluateAsync<bool>("e => e === document.activeElement")).Should().BeTrue("focus returns to the button that opened the dialog");
        (await MemberAsync(api, unitId, writer)).GetProperty("role").GetString().Should().Be("penulis", "Escape saves nothing");

        await edit.ClickAsync();
        await dialog.Locator("#ubah-peran").SelectOptionAsync("pimpinan");
        await dialog.Locator("#ubah-area-PW").UncheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.Locator("#anggota-status").Filter(new() { HasTextString = "disimpan" }).WaitForAsync();
        var changed = await MemberAsync(api, unitId, writer);
        changed.GetProperty("role").GetString().Should().Be("pimpinan");
        changed.GetProperty("areas").EnumerateArray().Select(a => a.GetString()).Should().BeEquivalentTo("MP");

        // Reset: confirm, read the temporary password, and the account must change it at the next sign-in.
        await page.GetByRole(AriaRole.Button, new() { Name = "Atur ulang kata sandi Penulis Uji" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Atur ulang" }).ClickAsync();
        var temporary = (await page.Locator("#sandi-sementara").InnerTextAsync()).Trim();
        temporary.Should().NotBeNullOrEmpty();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#dialog-sandi-sementara").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var signIn = await new HttpClient { BaseAddress = app.BaseAddress }.PostAsJsonAsync("/api/auth/login", new { email = writer, password = temporary });
        signIn.IsSuccessStatusCode.Should().BeFalse();
        (await signIn.Content.ReadAsStringAsync()).Should().Contain("password_change_required");
        var old = await new HttpClient { BaseAddress = app.BaseAddress }.PostAsJsonAsync("/api/auth/login", new { email = writer, password = "Sandi-Awal-Anggota-7" });
        old.IsSuccessStatusCode.Should().BeFalse("the first password no longer works after the reset");

        // Remove: "Batal" keeps the member, "Keluarkan" removes them.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Keluarkan {reviewer}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
        (await MemberAsync(api, unitId, reviewer)).ValueKind.Should().Be(JsonValueKind.Object);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Keluarkan {reviewer}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Keluarkan" }).ClickAsync();
        await page.Locator($"#tabel-kelola-anggota tr[data-member='{reviewer}']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await MemberAsync(api, unitId, reviewer)).ValueKind.Should().Be(JsonValueKind.Undefined);

        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task A_member_changes_their_own_password_and_sees_members_read_only_at_320_pixels()
    {
        var api = await app.ApiClientAsync();
        var units = await (await api.GetAsync("/api/units")).Content.ReadFromJsonAsync<JsonElement>();
        var unitId = units.EnumerateArray().First(u => u.GetProperty("nama").GetString() == "KPPN Contoh").GetProperty("id").GetString();
        var email = $"sendiri-{Guid.NewGuid():N}@test.local";
        (await api.PostAsJsonAsync($"/api/units/{unitId}/members", new { email, role = "penulis", areas = new[] { "MP" }, password = "Sandi-Lama-Sendiri-3" }))
            .EnsureSuccessStatusCode();

        await using var p = await app.NewPageAsync(320, 800);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page, email, "Sandi-Lama-Sendiri-3");
        await page.GotoAsync("/#/anggota");
        await page.Locator("#tabel-kelola-anggota").WaitForAsync();
        (await page.Locator("#form-anggota-baru").CountAsync()).Should().Be(0, "a writer does not manage members");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Keluarkan", Exact = false }).CountAsync()).Should().Be(0);
        (await page.Locator("#tabel-unit").CountAsync()).Should().Be(0, "only the server admin sees every unit");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
            .Should().BeLessThanOrEqualTo(0, "nothing may scroll sideways at 320 px");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Unit & anggota page of a writer");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-anggota-320.png"), FullPage = true });

        // Mismatch caught in the page; a wrong current password gets an Indonesian message; then the real change.
        await page.Locator("#sandi-lama").FillAsync("Sandi-Lama-Sendiri-3");
        await page.Locator("#sandi-baru-sendiri").FillAsync("Sandi-Baru-Sendiri-8");
        await page.Locator("#sandi-ulang-sendiri").FillAsync("Sandi-Lain-Sendiri-8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ganti kata sandi" }).ClickAsync();
        (await page.Locator("#sandi-sendiri-error").InnerTextAsync()).Should().Contain("tidak sama");
        await page.Locator("#sandi-ulang-sendiri").FillAsync("Sandi-Baru-Sendiri-8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ganti kata sandi" }).ClickAsync();
        await page.Locator("#form-sandi-sendiri .message-success").Filter(new() { HasTextString = "Kata sandi Anda sudah diganti" }).WaitForAsync();

        var anon = new HttpClient { BaseAddress = app.BaseAddress };
        (await anon.PostAsJsonAsync("/api/auth/login", new { email, password = "Sandi-Baru-Sendiri-8" })).IsSuccessStatusCode.Should().BeTrue();
        (await anon.PostAsJsonAsync("/api/auth/login", new { email, password = "Sandi-Lama-Sendiri-3" })).IsSuccessStatusCode.Should().BeFalse();
        // Still signed in in the page: the page re-signed in with the new password.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dasbor unit" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dasbor unit" }).WaitForAsync();
        p.ShouldHaveRunClean();
    }
}

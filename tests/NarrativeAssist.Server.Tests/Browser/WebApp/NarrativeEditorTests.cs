using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.WebApp;

/// <summary>Issue #19 item 2, the "Jawaban &amp; narasi" page in a real Chromium: pick area and question with the
/// keyboard, choose an answer among options that show their criteria, write a narrative that is checked live (a
/// finding selects its span in the textarea), save with If-Match, meet a conflict (Escape cancels and keeps the text,
/// "Timpa" saves it), comment and read the history. Outcomes are read back from the API; axe and 1280/320 screenshots.</summary>
[Collection(WebAppCollection.Name)]
public sealed class NarrativeEditorTests(WebAppFixture app)
{
    private const string Draft = "Unit akan menyusun rencana pengendalian gratifikasi bersama seluruh pegawai.";

    private string Screenshot(string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        return Path.Combine(app.ScreenshotDirectory, name);
    }

    [Fact]
    public async Task A_narrative_is_written_checked_live_saved_with_its_answer_and_survives_a_conflict()
    {
        var api = await app.ApiClientAsync();
        var units = await (await api.GetAsync("/api/units")).Content.ReadFromJsonAsync<JsonElement>();
        var unitId = units.EnumerateArray().First(u => u.GetProperty("nama").GetString() == "KPPN Contoh").GetProperty("id").GetString();

        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Jawaban & narasi" }).ClickAsync();

        // Keyboard: the area select, Tab to the question select.
        await page.Locator("#pilih-area").FocusAsync();
        await page.Locator("#pilih-area").SelectOptionAsync("PW");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("pilih-pertanyaan");
        var questionId = await page.Locator("#pilih-pertanyaan").InputValueAsync();
        questionId.Should().StartWith("P.PW.");
        await page.Locator($"#narasi-kini[data-question='{questionId}']").WaitForAsync();

        // The options show their criteria; Space picks one.
        var first = page.Locator("#pilihan-jawaban input[type=radio]").First;
        var code = (await first.GetAttributeAsync("value"))!;
        (await page.Locator("#pilihan-jawaban li").First.InnerTextAsync()).Should().Contain(" — ", "each option shows its criteria");
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        (await first.IsCheckedAsync()).Should().BeTrue();

        // Live check: the plan word "akan" is a finding; clicking it selects exactly its span in the textarea.
        await page.Locator("#narasi-teks").FillAsync(Draft);
        var finding = page.Locator("#temuan-narasi .finding[data-rule='terlaksana'] .finding-jump");
        await finding.WaitForAsync();
        var start = int.Parse((await finding.GetAttributeAsync("data-start"))!);
        var length = int.Parse((await finding.GetAttributeAsync("data-length"))!);
        await finding.ClickAsync();
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("narasi-teks");
        (await page.EvaluateAsync<int[]>("() => [document.activeElement.selectionStart, document.activeElement.selectionEnd]"))
            .Should().Equal(start, start + length);
        (await page.Locator("#jawaban-banding").GetAttributeAsync("data-claimed")).Should().Be(code);

        // Save: the API has the text and the answer.
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await page.Locator("#simpan-catatan").Filter(new() { HasTextString = "tersimpan" }).WaitForAsync();
        var stored = await api.GetAsync($"/api/units/{unitId}/narratives/{questionId}");
        var body = await stored.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("text").GetString().Should().Be(Draft);
        body.GetProperty("answer").GetString().Should().Be(code);

        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Jawaban & narasi page");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-narasi.png"), FullPage = true });

        // Someone else saves in between: the page's save meets a conflict dialog.
        var other = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unitId}/narratives/{questionId}")
        { Content = JsonContent.Create(new { text = "Versi rekan kerja yang disimpan lebih dulu." }) };
        other.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(stored.Headers.ETag!.Tag));
        (await api.SendAsync(other)).EnsureSuccessStatusCode();

        var mine = Draft + " Rapat dilaksanakan pada 12 Maret 2026.";
        await page.Locator("#narasi-teks").FillAsync(mine);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        var dialog = page.Locator("#dialog-konflik");
        await dialog.WaitForAsync();
        (await dialog.Locator("#versi-server").InnerTextAsync()).Should().Contain("Versi rekan kerja");
        (await dialog.Locator("#versi-saya").InnerTextAsync()).Should().Contain("12 Maret 2026");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the conflict dialog");
        await page.Keyboard.PressAsync("Escape");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await page.Locator("#narasi-teks").InputValueAsync()).Should().Be(mine, "cancelling keeps the user's text");
        (await page.Locator("#simpan-catatan").InnerTextAsync()).Should().Contain("dibatalkan");

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await dialog.WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Timpa dengan versi saya" }).ClickAsync();
        await page.Locator("#simpan-catatan").Filter(new() { HasTextString = "tersimpan" }).WaitForAsync();
        var after = await (await api.GetAsync($"/api/units/{unitId}/narratives/{questionId}")).Content.ReadFromJsonAsync<JsonElement>();
        after.GetProperty("text").GetString().Should().Be(mine);

        // Comment and history.
        var comment = $"Mohon lengkapi nomor SK {Guid.NewGuid():N}"[..40];
        await page.Locator("#komentar-baru").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim komentar" }).ClickAsync();
        await page.Locator("#komentar-daftar").Filter(new() { HasTextString = comment }).WaitForAsync();
        var comments = await (await api.GetAsync($"/api/units/{unitId}/narratives/{questionId}/comments")).Content.ReadAsStringAsync();
        comments.Should().Contain(comment);
        await page.Locator("#riwayat-narasi summary").ClickAsync();
        await page.Locator("#riwayat-narasi li[data-version]").First.WaitForAsync();
        (await page.Locator("#riwayat-narasi li[data-version]").CountAsync()).Should().BeGreaterThanOrEqualTo(3, "three saves: ours, the colleague's, ours again");

        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_editor_fits_320_pixels()
    {
        await using var p = await app.NewPageAsync(320, 800);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);
        await page.GotoAsync("/#/narasi");
        await page.Locator("#pilih-area").SelectOptionAsync("MP");
        await page.Locator("#narasi-kini").WaitForAsync();
        await page.Locator("#hasil-narasi .badge").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
            .Should().BeLessThanOrEqualTo(0, "nothing may scroll sideways at 320 px");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Jawaban & narasi page at 320 px");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-narasi-320.png"), FullPage = true });
        p.ShouldHaveRunClean();
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser;

/// <summary>The web app at "/" in a real Chromium against the real server: sign in, check the sample .docx and
/// read the report, the unit dashboard with its weekly chart, the score page, and the Indonesian error messages.
/// Screenshots for the docs are written to artifacts/screenshots/ (docs/screenshots/ with .ci/refresh-screenshots).</summary>
[Collection(WebAppCollection.Name)]
public sealed class WebAppTests(WebAppFixture app)
{
    private static async Task SignedInAsync(IPage page)
    {
        await WebAppFixture.SignInAsync(page);
        (await page.Locator("#account-name").InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
    }

    private async Task UploadSampleAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Periksa dokumen" }).ClickAsync();
        await page.Locator("#berkas").SetInputFilesAsync(app.SampleDocx);
        (await page.Locator("#berkas-nama").InnerTextAsync()).Should().Contain("narasi-contoh.docx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }).ClickAsync();
        await page.Locator("#tabel-cakupan").WaitForAsync(new() { Timeout = 30_000 });
    }

    private string Screenshot(string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        return Path.Combine(app.ScreenshotDirectory, name);
    }

    [Fact]
    public async Task Signing_in_and_uploading_the_sample_document_shows_the_report()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await SignedInAsync(page);
        (await page.EvaluateAsync<string?>("() => sessionStorage.getItem('na.token')")).Should().NotBeNullOrEmpty("the bearer token lives in sessionStorage");

        await UploadSampleAsync(page);

        // Summary, announced to screen readers.
        (await page.Locator("#laporan [role=status]").InnerTextAsync()).Should().MatchRegex(@"Laporan siap: \d+ dari 113 pertanyaan terjawab");

        // Coverage per area: the "Manajemen Perubahan" row with answered and strong bars.
        var mp = page.Locator("#tabel-cakupan tbody tr[data-area='MP']");
        (await mp.Locator("th").InnerTextAsync()).Should().Be("Manajemen Perubahan");
        (await mp.Locator("[role=progressbar]").CountAsync()).Should().Be(2);
        (await mp.Locator("[role=progressbar]").First.GetAttributeAsync("aria-valuemax")).Should().Be("16");
        (await page.Locator("#tabel-cakupan tbody tr").CountAsync()).Should().Be(7, "six levers and Hasil");

        // P.MP.2.c: weak, red, with the finding about the plan word "akan" and its suggestion.
        var weak = page.Locator("article[data-question='P.MP.2.c']");
        (await weak.GetAttributeAsync("data-status")).Should().Be("lemah");
        var weakBadge = weak.Locator(".badge");
        (await weakBadge.InnerTextAsync()).Should().Contain("Lemah");
        (await weakBadge.GetAttributeAsync("class")).Should().Contain("badge-merah");
        var akan = weak.Locator("li[data-rule='terlaksana']");
        (await akan.InnerTextAsync()).Should().Contain("\"akan\"").And.Contain("Peringatan").And.Contain("Saran:");
        (await weak.Locator(".checklist li.miss").CountAsync()).Should().BeGreaterThan(0);
        (await weak.Locator(".checklist li.miss").First.InnerTextAsync()).Should().Contain("✗");

        // P.MP.1.a: strong, green, every checklist element covered.
        var strong = page.Locator("article[data-question='P.MP.1.a']");
        (await strong.GetAttributeAsync("data-status")).Should().Be("kuat");
        (await strong.Locator(".badge").InnerTextAsync()).Should().Contain("Kuat");
        (await strong.Locator(".badge").GetAttributeAsync("class")).Should().Contain("badge-hijau");
        (await strong.Locator(".checklist li.ok").CountAsync()).Should().BeGreaterThan(0);
        (await strong.Locator(".checklist li.miss").CountAsync()).Should().Be(0);
        (await strong.InnerTextAsync()).Should().Contain("SK pembentukan Tim Kerja ZI");

        // Empty questions are one collapsed list, not 100 cards.
        var empty = page.Locator("details#tanpa-narasi");
        (await empty.GetAttributeAsync("open")).Should().BeNull();
        (await empty.Locator("summary").InnerTextAsync()).Should().MatchRegex(@"Pertanyaan tanpa narasi \(\d+\)");
        (await page.Locator("article.q-card[data-status='kosong']").CountAsync()).Should().Be(0);

        // The filter keeps only the narratives that need attention.
        await page.GetByRole(AriaRole.Button, new() { Name = "Perlu perhatian", Exact = false }).ClickAsync();
        (await page.Locator("article[data-question='P.MP.1.a']").CountAsync()).Should().Be(0);
        (await page.Locator("article[data-question='P.MP.2.c']").CountAsync()).Should().Be(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Semua", Exact = false }).ClickAsync();

        await page.ScreenshotAsync(new() { Path = Screenshot("web-laporan.png"), FullPage = true });
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_report_fits_a_320_pixel_task_pane()
    {
        await using var p = await app.NewPageAsync(320, 800);
        var page = p.Page;
        await SignedInAsync(page);
        await UploadSampleAsync(page);
        await page.Locator("article[data-question='P.MP.2.c']").WaitForAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "nothing may scroll sideways at 320 px");
        var cardWidth = await page.Locator("article[data-question='P.MP.2.c']").EvaluateAsync<double>("e => e.getBoundingClientRect().right");
        cardWidth.Should().BeLessThanOrEqualTo(320);

        // The weak narrative as a writer sees it in a task pane: badge, missing elements with suggestions, findings.
        await page.Locator("article[data-question='P.MP.2.c']").EvaluateAsync("e => { e.scrollIntoView(); window.scrollBy(0, -8); }");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-320.png") });

        // The dashboard fits too.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dasbor unit" }).ClickAsync();
        await page.Locator("svg#grafik-mingguan").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
            .Should().BeLessThanOrEqualTo(0, "the dashboard may not scroll sideways at 320 px either");

        // And the score page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nilai mandiri" }).ClickAsync();
        await page.Locator("#kelayakan").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
            .Should().BeLessThanOrEqualTo(0, "the score page may not scroll sideways at 320 px either");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_dashboard_shows_coverage_per_area_the_weekly_chart_missing_evidence_and_members()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await SignedInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Dasbor unit" }).ClickAsync();

        var unit = page.GetByLabel("Unit kerja");
        (await unit.Locator("option:checked").InnerTextAsync()).Should().Be("KPPN Contoh");

        var rows = page.Locator("#tabel-cakupan-unit tbody tr");
        await rows.First.WaitForAsync();
        (await rows.CountAsync()).Should().Be(7);
        var mp = page.Locator("#tabel-cakupan-unit tr[data-area='MP']");
        (await mp.Locator("th").InnerTextAsync()).Should().Be("Manajemen Perubahan");
        (await mp.Locator("[role=progressbar]").First.GetAttributeAsync("aria-valuenow")).Should().NotBe("0", "the sample unit has narratives in this area");

        // The weekly chart: an inline SVG with one series per area and a point per stored week.
        var chart = page.Locator("svg#grafik-mingguan");
        await chart.WaitForAsync();
        (await chart.GetAttributeAsync("role")).Should().Be("img");
        (await chart.Locator("g.series").CountAsync()).Should().Be(7);
        (await chart.Locator("g.series[data-area='MP'] polyline").CountAsync()).Should().Be(1);
        (await chart.Locator("g.series[data-area='MP'] circle").CountAsync()).Should().BeGreaterThanOrEqualTo(4, "three seeded weeks and this week");
        (await page.Locator(".legend li").CountAsync()).Should().Be(7);
        (await chart.Locator("title").First.TextContentAsync()).Should().Contain("terjawab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kuat", Exact = true }).ClickAsync();
        (await chart.Locator("title").First.TextContentAsync()).Should().Contain("kuat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terjawab", Exact = true }).ClickAsync();

        // Questions without evidence, checked against the API.
        using var api = await app.ApiClientAsync();
        var unitId = (await api.GetFromJsonAsync<JsonElement>("/api/units"))[0].GetProperty("id").GetString();
        var missing = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/evidence/missing");
        var count = missing.GetProperty("questionIds").GetArrayLength();
        (await page.Locator("#tanpa-bukti").InnerTextAsync()).Should().Contain($"{count} pertanyaan belum memiliki bukti dukung");

        // Members with their roles.
        var admin = page.Locator($"#tabel-anggota tr[data-member='{WebAppFixture.AdminEmail}']");
        (await admin.InnerTextAsync()).Should().Contain("Admin");

        await page.ScreenshotAsync(new() { Path = Screenshot("web-dasbor.png"), FullPage = true });
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_score_page_shows_eligibility_gaps_and_what_if()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await SignedInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nilai mandiri" }).ClickAsync();

        using var api = await app.ApiClientAsync();
        var unitId = (await api.GetFromJsonAsync<JsonElement>("/api/units"))[0].GetProperty("id").GetString();

        foreach (var target in new[] { "wbk", "wbbm" })
        {
            await page.Locator($"label[for='target-{target}']").ClickAsync(); // the pill is the label; the radio itself is visually hidden
            (await page.GetByRole(AriaRole.Radio, new() { Name = target == "wbk" ? "Menuju WBK" : "Menuju WBBM" }).IsCheckedAsync()).Should().BeTrue();
            var expected = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/score?target={target}");
            var heading = page.Locator("#judul-kekurangan");
            await heading.WaitForAsync();
            await Microsoft.Playwright.Assertions.Expect(heading).ToHaveTextAsync(target == "wbk" ? "Kekurangan untuk Menuju WBK" : "Kekurangan untuk Menuju WBBM");

            foreach (var predicate in expected.GetProperty("eligible").EnumerateObject())
            {
                var item = page.Locator($"#kelayakan li[data-predicate='{predicate.Name}']");
                var text = await item.InnerTextAsync();
                text.Should().Contain(predicate.Name == "wbk" ? "Menuju WBK" : "Menuju WBBM");
                text.Should().Contain(predicate.Value.GetBoolean() ? "MEMENUHI syarat" : "BELUM memenuhi syarat");
            }
            // Indonesian number format (decimal comma); the tests run with invariant globalization, so by hand.
            var total = expected.GetProperty("total").GetDouble().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
            (await page.Locator("#nilai-total .big-value:not(.supported-value)").InnerTextAsync()).Should().Be(total);
            (await page.Locator("#tabel-pengungkit tbody tr").CountAsync()).Should().Be(expected.GetProperty("levers").GetArrayLength());
            (await page.Locator("#tabel-pengungkit tbody tr").First.InnerTextAsync()).Should().Contain("%");
            var gaps = expected.GetProperty("gaps").GetArrayLength();
            (await page.Locator("#kekurangan tbody tr").CountAsync()).Should().Be(gaps);
            (await page.Locator("#perbaikan ol.whatif li").CountAsync()).Should().Be(expected.GetProperty("whatIf").GetArrayLength());
            (await page.Locator("#judul-perbaikan").InnerTextAsync()).Should().Be("Perbaikan jawaban terkecil");
        }

        await page.ScreenshotAsync(new() { Path = Screenshot("web-nilai.png"), FullPage = true });

        // Signing out goes back to the sign-in page, forgets the token and has the server end the session: the old
        // token, copied before, is refused from then on.
        var token = await page.EvaluateAsync<string>("() => sessionStorage.getItem('na.token')");
        var logout = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync(), r => r.Url.EndsWith("/api/auth/logout"));
        logout.Status.Should().Be(204);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Masuk" }).WaitForAsync();
        (await page.EvaluateAsync<string?>("() => sessionStorage.getItem('na.token')")).Should().BeNull();
        using (var stale = new HttpClient { BaseAddress = app.BaseAddress })
        {
            stale.DefaultRequestHeaders.Authorization = new("Bearer", token);
            ((int)(await stale.GetAsync("/api/auth/me")).StatusCode).Should().Be(401);
        }
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task A_wrong_password_shows_an_Indonesian_error_and_stays_signed_out()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SubmitSignInAsync(page, WebAppFixture.AdminEmail, "bukan-kata-sandinya");

        var error = page.Locator("#login-error");
        await Microsoft.Playwright.Assertions.Expect(error).Not.ToBeEmptyAsync();
        var text = await error.InnerTextAsync();
        text.Should().Contain("salah");
        text.Should().NotContainAny("Failed", "Unauthorized", "status 401");
        (await error.GetAttributeAsync("role")).Should().Be("alert");
        (await page.Locator("#nav").IsHiddenAsync()).Should().BeTrue();
        (await page.EvaluateAsync<string?>("() => sessionStorage.getItem('na.token')")).Should().BeNull();
        (await page.EvaluateAsync<string>("() => document.activeElement?.id")).Should().Be("password", "focus returns to the password field");

        // Empty fields are caught before any request.
        await page.GetByLabel("Surel").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        (await error.InnerTextAsync()).Should().Be("Isi email dan kata sandi Anda.");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task An_expired_session_goes_back_to_sign_in_with_a_message()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => sessionStorage.setItem('na.token', 'token-basi')");
        await page.GotoAsync("/#/dasbor");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Masuk" }).WaitForAsync();
        (await page.Locator(".message-info").InnerTextAsync()).Should().Contain("Sesi Anda telah berakhir");
        (await page.EvaluateAsync<string?>("() => sessionStorage.getItem('na.token')")).Should().BeNull();

        // Signing in again returns to the page that was asked for.
        await page.GetByLabel("Surel").FillAsync(WebAppFixture.AdminEmail);
        await page.GetByLabel("Kata sandi").FillAsync(WebAppFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await page.Locator("#tabel-cakupan-unit").WaitForAsync();
        page.Url.Should().EndWith("#/dasbor");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task A_file_that_is_not_docx_is_refused_in_Indonesian()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await SignedInAsync(page);
        await page.Locator("#berkas").SetInputFilesAsync(new FilePayload { Name = "narasi.txt", MimeType = "text/plain", Buffer = "bukan dokumen"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }).ClickAsync();
        (await page.Locator("#form-periksa [role=alert]").InnerTextAsync()).Should().Contain(".docx");

        // A .docx that is not a Word package reaches the server, whose Indonesian detail is shown.
        await page.Locator("#berkas").SetInputFilesAsync(new FilePayload { Name = "rusak.docx", MimeType = "application/octet-stream", Buffer = "bukan zip"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }).ClickAsync();
        var error = page.Locator("#laporan [role=alert]");
        await error.WaitForAsync();
        var text = await error.InnerTextAsync();
        text.Should().StartWith("Gagal:");
        text.Should().NotContainAny("Exception", "status 4", "status 5");
        p.ShouldHaveRunClean();
    }
}

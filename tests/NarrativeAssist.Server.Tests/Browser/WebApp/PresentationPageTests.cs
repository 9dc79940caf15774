using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Server.Tests.Browser.PowerPoint;

namespace NarrativeAssist.Server.Tests.Browser.WebApp;

/// <summary>Issue #19 item 3, the "Presentasi" page in a real Chromium: the unit profile form shared with the
/// PowerPoint pane (saved and read back from the API), the outline and timing preview chosen with the keyboard, the
/// template (built in, uploaded .potx) visible in the downloaded decks, both decks and the tour downloaded and opened
/// with the Open XML SDK, the rehearsal history and Q&amp;A bank read-only. axe-core and 1280/320 px screenshots.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PresentationPageTests(WebAppFixture app)
{
    private string Screenshot(string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        return Path.Combine(app.ScreenshotDirectory, name);
    }

    private static async Task OpenPageAsync(IPage page, string unitId)
    {
        await WebAppFixture.SignInAsync(page);
        await page.Locator("#unit-select").SelectOptionAsync(unitId);
        await page.GetByRole(AriaRole.Link, new() { Name = "Presentasi" }).ClickAsync();
        await page.Locator("#form-profil").WaitForAsync();
    }

    private static string ThemeName(byte[] pptx)
    {
        using var doc = PresentationDocument.Open(new MemoryStream(pptx), false);
        return doc.PresentationPart!.SlideMasterParts.First().ThemePart!.Theme.Name!.Value!;
    }

    /// <summary>A built-in template saved as a PowerPoint template (.potx) under a theme name of its own, as a unit
    /// would upload its house style.</summary>
    private static byte[] HouseTemplatePotx(string themeName)
    {
        using var ms = new MemoryStream();
        ms.Write(TemplateGenerator.Generate("kontras-tinggi"));
        using (var doc = PresentationDocument.Open(ms, true))
        {
            doc.ChangeDocumentType(PresentationDocumentType.Template);
            foreach (var master in doc.PresentationPart!.SlideMasterParts) master.ThemePart!.Theme.Name = themeName;
        }
        return ms.ToArray();
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string buttonId, string expectedName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(buttonId).ClickAsync());
        download.SuggestedFilename.Should().Be(expectedName);
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }

    [Fact]
    public async Task The_leader_previews_and_downloads_both_decks_and_the_tour_with_the_chosen_template_and_edits_the_shared_profile()
    {
        var (api, _) = await PowerPointPane.ApiAsync(app);
        var unitId = await PowerPointPane.NewUnitAsync(app, api);
        var unitName = (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}")).GetProperty("nama").GetString()!;
        var slug = unitName.ToLowerInvariant().Replace(' ', '-');
        (await api.PostAsJsonAsync($"/api/units/{unitId}/rehearsals", new
        {
            kind = "wawancara-virtual",
            slides = new[] { new { number = 1, title = "Pembuka", seconds = 700 }, new { number = 2, title = "Area", seconds = 600 } },
        })).EnsureSuccessStatusCode();

        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await OpenPageAsync(page, unitId);
        (await page.Locator("[data-path='unit.nama']").InputValueAsync()).Should().Be(unitName, "the form holds the unit's stored profile");

        // Keyboard: Tab from the interview choice to the field-visit choice, Enter previews that deck.
        await page.Locator("[data-kind='wawancara-virtual']").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.dataset.kind")).Should().Be("observasi-lapangan");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#tabel-bagian").WaitForAsync();
        var plan = await (await api.PostAsJsonAsync("/api/decks/plan", new { kind = "observasi-lapangan", unitId })).Content.ReadFromJsonAsync<JsonElement>();
        (await page.Locator("#rencana-judul").InnerTextAsync()).Should().Be(plan.GetProperty("title").GetString());
        (await page.Locator("#kerangka > li").CountAsync()).Should().Be(plan.GetProperty("slides").GetArrayLength());
        (await page.Locator("#tabel-bagian tbody tr").CountAsync()).Should().Be(plan.GetProperty("sections").GetArrayLength());
        (await page.Locator("[data-kind='observasi-lapangan']").GetAttributeAsync("aria-pressed")).Should().Be("true");

        // The rehearsal run and the Q&A bank, as the API has them.
        await page.Locator("#tabel-latihan tbody tr").First.WaitForAsync();
        (await page.Locator("#tabel-latihan tbody tr").CountAsync()).Should().Be(1);
        (await page.Locator("#tabel-latihan tbody tr").InnerTextAsync()).Should().Contain("Wawancara virtual").And.Contain("21:40").And.Contain("Melebihi batas");
        var bank = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/qa");
        (await page.Locator("#tabel-tanya-jawab tbody tr").CountAsync()).Should().Be(bank.GetProperty("items").GetArrayLength()).And.BeGreaterThan(0);

        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Presentasi page");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-presentasi.png"), FullPage = true });

        // Built-in template "Kontras Tinggi": both decks carry its theme and the unit's name.
        await page.Locator("#templat").SelectOptionAsync("kontras-tinggi");
        var interview = await DownloadAsync(page, "#unduh-wawancara", $"wawancara-virtual-{slug}.pptx");
        ThemeName(interview).Should().Be("Kontras Tinggi");
        DeckContent.Read(interview).SelectMany(s => s.Texts).Should().Contain(t => t.Contains(unitName));
        var visit = await DownloadAsync(page, "#unduh-observasi", $"observasi-lapangan-{slug}.pptx");
        DeckContent.Read(visit).Should().HaveCount(plan.GetProperty("slides").GetArrayLength(), "the downloaded field-visit deck is the previewed plan");
        (await page.Locator("#catatan-unduh").InnerTextAsync()).Should().Contain($"observasi-lapangan-{slug}.pptx");

        // An uploaded .potx: without a file the page says what is missing; with it the deck takes the unit's theme.
        await page.Locator("#templat").SelectOptionAsync("__berkas");
        await page.Locator("#unduh-wawancara").ClickAsync();
        (await page.Locator("#kartu-presentasi .message-error").InnerTextAsync()).Should().Contain("Pilih berkas templat");
        await page.Locator("#berkas-templat").SetInputFilesAsync(new FilePayload
        {
            Name = "gaya-unit.potx", MimeType = "application/vnd.openxmlformats-officedocument.presentationml.template",
            Buffer = HouseTemplatePotx("Gaya Unit Uji"),
        });
        var housed = await DownloadAsync(page, "#unduh-wawancara", $"wawancara-virtual-{slug}.pptx");
        ThemeName(housed).Should().Be("Gaya Unit Uji");
        (await page.Locator("#kartu-presentasi .message-error").CountAsync()).Should().Be(0, "the earlier error goes once the download works");

        var tour = await DownloadAsync(page, "#unduh-rute", $"rute-observasi-{slug}.docx");
        using (var doc = WordprocessingDocument.Open(new MemoryStream(tour), false))
            doc.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("Ruang Layanan");

        // The shared profile form: a wrong year is caught in the page, a real change is stored for the pane too.
        var year = page.Locator("[data-path='unit.tahun_penilaian']");
        await year.FillAsync("dua ribu");
        await page.Locator("#simpan-profil").ClickAsync();
        (await page.Locator("#pf-unit-tahun-penilaian-galat").InnerTextAsync()).Should().Contain("tahun empat angka");
        await year.FillAsync("2026");
        var leader = page.Locator("[data-path='unit.pimpinan.nama']");
        await leader.FillAsync("Ratna Kusumawati");
        await leader.PressAsync("Enter");
        await page.Locator("#profil-tersimpan").WaitForAsync();
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/profile");
        stored.GetProperty("text").GetString().Should().Contain("Ratna Kusumawati");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_page_fits_320_pixels_and_a_writer_sees_the_profile_without_saving_rights()
    {
        var (api, unitId) = await PowerPointPane.ApiAsync(app);
        var email = $"penulis-presentasi-{Guid.NewGuid():N}@test.local";
        (await api.PostAsJsonAsync($"/api/units/{unitId}/members", new { email, role = "penulis", areas = new[] { "MP" }, password = "Sandi-Penulis-Uji-5" }))
            .EnsureSuccessStatusCode();

        await using var p = await app.NewPageAsync(320, 800);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page, email, "Sandi-Penulis-Uji-5");
        await page.GotoAsync("/#/presentasi");
        await page.Locator("#form-profil").WaitForAsync();
        (await page.Locator("#kartu-profil .message-info").InnerTextAsync()).Should().Contain("Hanya admin unit dan pimpinan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau", Exact = true }).ClickAsync();
        await page.Locator("#tabel-bagian").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
            .Should().BeLessThanOrEqualTo(0, "nothing may scroll sideways at 320 px");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Presentasi page at 320 px");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-presentasi-320.png"), FullPage = true });

        // A writer may not store the profile: the server's refusal is shown in Indonesian, nothing changes.
        await page.Locator("[data-path='unit.alamat']").FillAsync("Jalan Uji Penulis 1");
        await page.Locator("#simpan-profil").ClickAsync();
        await page.Locator("#profil-galat .message-error").WaitForAsync();
        (await page.Locator("#profil-galat").InnerTextAsync()).Should().Contain("Peran Anda di unit ini tidak mengizinkan");
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/profile")).GetProperty("text").GetString().Should().NotContain("Jalan Uji Penulis 1");
        p.ShouldHaveRunClean();
    }
}

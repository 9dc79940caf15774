using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.PowerPoint;

/// <summary>Getting the deck into PowerPoint: a new presentation, selected slides inserted into the open one (the file
/// received by the fake host is opened and compared with what the CLI renders for the same profile and template),
/// and the download offered by hosts without PowerPointApi 1.2.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PowerPointDeckTests(WebAppFixture app)
{
    private static byte[] Base64Of(JsonElement e, string property) => Convert.FromBase64String(e.GetProperty(property).GetString()!);

    [Fact]
    public async Task Create_a_new_presentation_and_insert_the_chosen_slides_the_same_as_the_CLI_deck()
    {
        await using var p = await PowerPointPane.OpenAsync(app, 450, 1000, new PowerPointPane.Host(SlideCount: 3, Selected: 1));
        var page = p.Page;
        await PowerPointPane.SignInAsync(page);
        await page.Locator("#form-profil").WaitForAsync();
        await page.Locator("#templat").SelectOptionAsync("kontras-tinggi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau", Exact = true }).ClickAsync();
        await page.Locator("#kartu-keluaran").WaitForAsync();

        var cli = DeckContent.Read(CliDeck.Render(app, "wawancara-virtual", "kontras-tinggi"));
        (await page.Locator("#kerangka > li").CountAsync()).Should().Be(cli.Count, "the preview lists the slides the deck will have");

        // A new presentation: PowerPoint.createPresentation receives the whole deck.
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat presentasi baru" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.__fakePpt.created().length === 1");
        var created = (await PowerPointPane.Fake(page, "created()"))[0];
        var newDeck = DeckContent.Read(Base64Of(created, "base64"));
        newDeck.Select(s => s.Signature).Should().Equal(cli.Select(s => s.Signature), "the new presentation is, slide for slide, the CLI's deck");
        (await page.Locator("#catatan-keluaran").InnerTextAsync()).Should().Contain($"{cli.Count} salindia");

        // Insert three chosen slides (one with a chart) after the selected slide, taking the current theme.
        var chartSlide = int.Parse(await page.Locator("#kerangka > li[data-layout='grafik']").First.GetAttributeAsync("data-number") ?? "0");
        chartSlide.Should().BeGreaterThan(0, "the interview deck has result charts");
        int[] chosen = [1, 3, chartSlide];
        await page.GetByRole(AriaRole.Button, new() { Name = "Kosongkan" }).ClickAsync();
        foreach (var n in chosen) await page.Locator($"#kerangka .pilih-salindia[value='{n}']").CheckAsync();
        await page.GetByLabel("Pakai tema presentasi ini").CheckAsync();
        var before = await PowerPointPane.Fake(page, "slides()");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sisipkan ke presentasi ini" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.__fakePpt.inserts().length === 1");

        var insert = (await PowerPointPane.Fake(page, "inserts()"))[0];
        insert.GetProperty("formatting").GetString().Should().Be("UseDestinationTheme");
        insert.GetProperty("targetSlideId").GetString().Should().Be(before[1].GetProperty("id").GetString(), "inserted after the selected slide");
        insert.GetProperty("sourceSlideIds").EnumerateArray().Select(x => x.GetString()).Should().Equal(chosen.Select(n => cli[n - 1].Id + "#"));
        var inserted = DeckContent.Read(Base64Of(insert, "base64"));
        inserted.Select(s => s.Signature).Should().Equal(cli.Select(s => s.Signature), "the file handed to PowerPoint is the CLI's deck");
        var received = insert.GetProperty("sourceIds").EnumerateArray().Select(x => x.GetString()!).ToList();
        received.Select(id => inserted.Single(s => s.Id == id).Signature).Should().Equal(chosen.Select(n => cli[n - 1].Signature),
            "the slides PowerPoint takes from that file are the chosen ones (titles, notes, chart values)");
        inserted.Single(s => s.Id == received[2]).ChartValues.Should().NotBeEmpty();

        var after = await PowerPointPane.Fake(page, "slides()");
        after.GetArrayLength().Should().Be(6);
        after.EnumerateArray().Select(s => s.GetProperty("source").GetString()).Should().Equal([null, null, .. received, null]);
        (await page.Locator("#catatan-keluaran").InnerTextAsync()).Should().Contain("3 salindia disisipkan").And.Contain("kini 6 salindia");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task A_host_without_PowerPointApi_1_2_says_so_and_offers_the_download_of_the_same_deck_and_the_tour()
    {
        await using var p = await PowerPointPane.OpenAsync(app, 320, 800, new PowerPointPane.Host(PowerPointApi: "1.1", SlideCount: 2));
        var page = p.Page;
        await PowerPointPane.SignInAsync(page);
        await page.Locator("#form-profil").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau", Exact = true }).ClickAsync();
        await page.Locator("#kartu-keluaran").WaitForAsync();

        (await page.Locator("#tanpa-sisip").InnerTextAsync()).Should().Contain("PowerPointApi 1.2").And.Contain("Unduh");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Sisipkan ke presentasi ini" }).CountAsync()).Should().Be(0);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Buat presentasi baru" }).CountAsync()).Should().Be(1, "createPresentation is PowerPointApi 1.1");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Unduh presentasi (.pptx)" }).ClickAsync());
        download.SuggestedFilename.Should().Be("wawancara-virtual-kppn-contoh.pptx");
        var file = await File.ReadAllBytesAsync((await download.PathAsync())!);
        DeckContent.Read(file).Select(s => s.Signature).Should().Equal(
            DeckContent.Read(CliDeck.Render(app, "wawancara-virtual", null)).Select(s => s.Signature));

        var tour = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Unduh rute kunjungan (.docx)" }).ClickAsync());
        tour.SuggestedFilename.Should().Be("rute-observasi-kppn-contoh.docx");
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await File.ReadAllBytesAsync((await tour.PathAsync())!)), false))
            doc.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("Ruang Layanan").And.Contain("Hendra Wijaya");

        await page.Locator("#kartu-keluaran").ScrollIntoViewIfNeededAsync();
        await PowerPointPane.ScreenshotAsync(app, page, "unduh-320");

        // A host with no PowerPoint API at all (e.g. an old perpetual Office): nothing but the download.
        await using var old = await PowerPointPane.OpenAsync(app, 320, 800, new PowerPointPane.Host(PowerPointApi: null, FileSet: null, SlideCount: 0));
        await PowerPointPane.SignInAsync(old.Page);
        await old.Page.Locator("#form-profil").WaitForAsync();
        await old.Page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau", Exact = true }).ClickAsync();
        await old.Page.Locator("#kartu-keluaran").WaitForAsync();
        (await old.Page.Locator("#kartu-keluaran").InnerTextAsync()).Should().Contain("PowerPointApi 1.1").And.Contain("PowerPointApi 1.2");
        (await old.Page.GetByRole(AriaRole.Button, new() { Name = "Buat presentasi baru" }).CountAsync()).Should().Be(0);
        await old.Page.GetByRole(AriaRole.Tab, new() { Name = "Waktu" }).ClickAsync();
        (await old.Page.Locator("#kartu-waktu").InnerTextAsync()).Should().Contain("getFileAsync");
        p.ShouldHaveRunClean();
        old.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_timing_check_reads_the_open_file_in_slices_and_flags_slides_without_notes_and_over_budget()
    {
        var (api, unitId) = await PowerPointPane.ApiAsync(app);
        var deck = await (await api.PostAsJsonAsync("/api/decks", new { kind = "wawancara-virtual", unitId })).Content.ReadAsByteArrayAsync();
        var longScript = string.Join(" ", Enumerable.Repeat("Kami menjelaskan capaian layanan kepada tim penilai dengan data yang terukur.", 40));
        var open = DeckContent.Edit(deck, slides =>
        {
            DeckContent.SetNotes(slides[1], "");
            DeckContent.SetNotes(slides[4], "");
            DeckContent.SetNotes(slides[3], longScript);
        }, padBytes: 2_500_000);
        var expected = await TimingFromApiAsync(api, open);

        await using var p = await PowerPointPane.OpenAsync(app, 450, 1000, new PowerPointPane.Host(SlideCount: DeckContent.Read(open).Count, OpenFile: open));
        var page = p.Page;
        await PowerPointPane.SignInAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Waktu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa waktu" }).ClickAsync();
        await page.Locator("#hasil-waktu").WaitForAsync();

        var read = (await PowerPointPane.Fake(page, "fileReads()"))[0];
        read.GetProperty("sliceCount").GetInt32().Should().BeGreaterThan(2, "the padded file comes in several slices");
        read.GetProperty("slicesRead").EnumerateArray().Select(x => x.GetInt32()).Should().Equal(Enumerable.Range(0, read.GetProperty("sliceCount").GetInt32()));
        read.GetProperty("closed").GetBoolean().Should().BeTrue("the file is closed after reading (Office allows two open at most)");

        var rows = page.Locator("#tabel-waktu tbody tr");
        (await rows.CountAsync()).Should().Be(expected.GetProperty("slides").GetArrayLength());
        (await page.Locator("#tabel-waktu tr[data-no-notes=true]").EvaluateAllAsync<int[]>("rs => rs.map(r => +r.dataset.number)")).Should().Equal(2, 5);
        (await page.Locator("#tabel-waktu tr[data-over=true]").EvaluateAllAsync<int[]>("rs => rs.map(r => +r.dataset.number)")).Should().Equal(4);
        expected.GetProperty("withoutNotes").EnumerateArray().Select(x => x.GetInt32()).Should().Equal(2, 5);
        expected.GetProperty("overBudget").EnumerateArray().Select(x => x.GetInt32()).Should().Equal(4);
        (await page.Locator("#tanpa-catatan").InnerTextAsync()).Should().Be("Tanpa catatan pembicara: salindia 2, 5");
        (await page.Locator("#lewat-jatah").InnerTextAsync()).Should().Be("Melebihi jatah waktu: salindia 4");
        var total = expected.GetProperty("totalSeconds").GetInt32();
        (await page.Locator("#ringkasan-waktu").InnerTextAsync()).Should().Contain($"Total {total / 60}:{total % 60:00}").And.Contain("dari batas 20:00");
        (await rows.Nth(3).InnerTextAsync()).Should().Contain("Lewat jatah");

        // A click on a row shows that slide in PowerPoint (PowerPointApi 1.5).
        await rows.Nth(3).Locator(".go-slide").ClickAsync();
        await page.WaitForFunctionAsync("() => window.__fakePpt.selected()[0] === window.__fakePpt.slides()[3].id");

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await PowerPointPane.ScreenshotAsync(app, page, "waktu-450");
        await page.SetViewportSizeAsync(320, 800);
        await PowerPointPane.ScreenshotAsync(app, page, "waktu-320");
        p.ShouldHaveRunClean();
    }

    private static async Task<JsonElement> TimingFromApiAsync(HttpClient api, byte[] pptx)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(pptx), "file", "presentasi.pptx" } };
        var r = await api.PostAsync("/api/decks/timing?kind=wawancara-virtual&limitMinutes=20", form);
        r.EnsureSuccessStatusCode();
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }
}

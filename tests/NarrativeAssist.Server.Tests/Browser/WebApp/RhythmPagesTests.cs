using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.WebApp;

/// <summary>Issue 18 in a real Chromium: the three-month sample log (templates/samples/publikasi-contoh.csv, its dates
/// moved so that its last day is today) imported on the "Publikasi" page shows its gaps in the calendar, the gap table
/// and on the dashboard; links pasted; requests with reminders on "Permintaan"; the "Rapat mingguan" page with its .docx
/// minutes. Keyboard use, axe-core, screenshots into the screenshot folder; every outcome read back from the API.</summary>
[Collection(WebAppCollection.Name)]
public sealed class RhythmPagesTests(WebAppFixture app)
{
    private string Screenshot(string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        return Path.Combine(app.ScreenshotDirectory, name);
    }

    /// <summary>The sample log with every date moved by the same number of days, so its last day (31 May 2024) is today.</summary>
    private byte[] SampleEndingToday(DateOnly today)
    {
        var shift = today.DayNumber - new DateOnly(2024, 5, 31).DayNumber;
        var text = File.ReadAllText(Path.Combine(app.RepoRoot, "templates", "samples", "publikasi-contoh.csv"));
        var moved = Regex.Replace(text, @"(?m)^(\d\d/\d\d/\d{4});", m =>
            DateOnly.ParseExact(m.Groups[1].Value, "dd/MM/yyyy", CultureInfo.InvariantCulture).AddDays(shift).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + ";");
        return Encoding.UTF8.GetBytes(moved);
    }

    [Fact]
    public async Task The_sample_log_shows_its_gaps_requests_get_reminders_and_the_weekly_meeting_exports_its_minutes()
    {
        var api = await app.ApiClientAsync();
        var created = await api.PostAsJsonAsync("/api/units", new { nama = $"Unit Ritme {Guid.NewGuid().ToString("N")[..6]}", instansi = "Kementerian Uji" });
        created.EnsureSuccessStatusCode();
        var unitId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var today = (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/publications/cadence")).GetProperty("today").GetString()!;
        var day = DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);
        await page.Locator("#unit-select").SelectOptionAsync(unitId);
        await page.GetByRole(AriaRole.Link, new() { Name = "Publikasi" }).ClickAsync();
        await page.Locator("#tabel-jeda").WaitForAsync();

        // CSV: choose the file, Tab to "Pratinjau", Enter: a preview that saves nothing; then import.
        await page.Locator("#csv-berkas").SetInputFilesAsync(new FilePayload { Name = "publikasi-contoh.csv", MimeType = "text/csv", Buffer = SampleEndingToday(day) });
        await page.Locator("#csv-berkas").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("csv-pratinjau");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("150 entri dikenali (0 sudah ada di log, 0 tautan ganda digabung); 0 baris dilewati.").WaitForAsync();
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/publications")).GetArrayLength().Should().Be(0);
        await page.Locator("#csv-impor").ClickAsync();
        await page.GetByText("150 publikasi disimpan; 0 sudah ada di log (pertanyaan LKE-nya digabung); 0 baris dilewati.").WaitForAsync();
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/publications")).GetArrayLength().Should().Be(150);

        // The gaps the sample was written with: 22 days without media in "April", Facebook quiet, the holiday week.
        var media = page.Locator("#tabel-jeda tr[data-track='media']");
        await media.Filter(new() { HasTextString = "22 hari" }).WaitForAsync();
        (await page.Locator("#stat-media .stat-value").InnerTextAsync()).Should().Be("4");
        (await page.Locator("#stat-sepi .stat-label").InnerTextAsync()).Should().Be("Kanal sepi: Facebook, YouTube");
        (await page.Locator("#tabel-jeda tr[data-track='facebook']").InnerTextAsync()).Should().Contain("32").And.Contain("sepi");
        (await page.Locator(".cal-row[data-track='media'] .cal-late").CountAsync()).Should().Be(22, "the 22 days of the media gap are marked in the calendar");
        (await page.Locator(".cal-row[data-track='integritas'] .cal-late").CountAsync()).Should().Be(9 + 3, "the holiday week and one weekend without an integrity message");
        (await page.Locator(".cal-row[data-track='media'] .cal-days").GetAttributeAsync("aria-label")).Should().EndWith("1 jeda melewati target.");

        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Publikasi page");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-publikasi.png"), FullPage = true });

        // Pasting a link typed with the keyboard, dated today in the line.
        var todayText = day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await page.Locator("#tempel-teks").FocusAsync();
        await page.Keyboard.TypeAsync($"{todayText} Dialog interaktif https://regional.kompas.com/read/{day:yyyy/MM/dd}/0900/kppn-uji");
        await page.Locator("#tempel-simpan").ClickAsync();
        await page.GetByText("1 publikasi disimpan; 0 sudah ada di log").WaitForAsync();
        var cadence = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/publications/cadence");
        cadence.GetProperty("daysSinceMedia").GetInt32().Should().Be(0);
        await page.Locator("#stat-media .stat-value").Filter(new() { HasTextString = "0" }).WaitForAsync();

        // Requests: one due tomorrow typed into the form, one already late.
        await page.GetByRole(AriaRole.Link, new() { Name = "Permintaan" }).ClickAsync();
        await page.Locator("#minta-judul").FillAsync("Data SDM untuk Kantor Pusat");
        await page.Keyboard.PressAsync("Tab");
        await page.Locator("#minta-peminta").SelectOptionAsync("Kantor Pusat");
        await page.Locator("#minta-tenggat").FillAsync(day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#minta-pj").FillAsync("Rina");
        await page.Locator("#minta-pj").PressAsync("Enter");
        await page.Locator("#tabel-permintaan tr[data-reminder='segera']").Filter(new() { HasTextString = "Jatuh tempo besok" }).WaitForAsync();
        (await api.PostAsJsonAsync($"/api/units/{unitId}/requests", new { title = "Matriks TL LHE", requester = "Kanwil", dueDate = day.AddDays(-2).ToString("yyyy-MM-dd"), personInCharge = "Budi" }))
            .EnsureSuccessStatusCode();
        await page.Locator("#minta-judul").FillAsync("Laporan triwulan");
        await page.Locator("#minta-tenggat").FillAsync(day.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Catat permintaan" }).ClickAsync();
        await page.Locator("#tabel-permintaan tr[data-reminder='terlambat']").Filter(new() { HasTextString = "Terlambat 2 hari" }).WaitForAsync();
        (await page.Locator("#tabel-permintaan tbody tr").CountAsync()).Should().Be(3);
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Permintaan page");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-permintaan.png"), FullPage = true });

        // Marking one delivered without saying what was sent is refused in Indonesian; with a link it is saved.
        var late = page.Locator("#tabel-permintaan tr[data-reminder='terlambat']");
        await late.Locator("select").SelectOptionAsync("terkirim");
        await late.GetByRole(AriaRole.Button, new() { Name = "Simpan status Matriks TL LHE" }).ClickAsync();
        await late.Locator(".form-error").Filter(new() { HasTextString = "memerlukan isian delivered" }).WaitForAsync();

        // The dashboard shows the publicity figures and the two reminders.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dasbor unit" }).ClickAsync();
        var rhythm = page.Locator("#ritme-dasbor");
        await rhythm.WaitForAsync();
        (await page.Locator("#pengingat-permintaan li").AllInnerTextsAsync()).Should().Equal(
            "Terlambat 2 hari Matriks TL LHE · Kanwil · Budi", "Jatuh tempo besok Data SDM untuk Kantor Pusat · Kantor Pusat · Rina");
        (await rhythm.InnerTextAsync()).Should().Contain("Kanal sepi: Facebook, YouTube");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-dasbor-ritme.png"), FullPage = true });

        // The weekly meeting: what slipped, and the minutes as a Word document.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Link, new() { Name = "Rapat mingguan" }).ClickAsync();
        await page.Locator("#tertinggal").Filter(new() { HasTextString = "Matriks TL LHE" }).WaitForAsync();
        (await page.Locator("#tertinggal").InnerTextAsync()).Should().Contain("Facebook tidak diperbarui selama 32 hari (target 7 hari).");
        (await page.Locator("#tabel-rapat tr[data-figure='overdueRequests']").InnerTextAsync()).Should().Contain("1");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Rapat mingguan page");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-rapat-mingguan.png"), FullPage = true });
        await page.Locator("#unduh-notulen").FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        download.SuggestedFilename.Should().MatchRegex(@"^rapat-mingguan-\d{4}-W\d\d\.docx$");
        using var docx = WordprocessingDocument.Open(new MemoryStream(await File.ReadAllBytesAsync((await download.PathAsync())!)), false);
        docx.MainDocumentPart!.Document!.Body!.InnerText.Should().Contain("Matriks TL LHE").And.Contain("Rapat Mingguan Zona Integritas");
        p.ShouldHaveRunClean();
    }
}

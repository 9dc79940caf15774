using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.WebApp;

/// <summary>Issue #19 item 4 and issue #16's web page, "Bukti dukung", in a real Chromium: the evidence register per
/// question (what is missing, adding a file and a link, downloading and removing), the folder skeleton and the folder
/// check reported per question, the LKE workbook exported and read back as a preview of what would change. Every
/// outcome is compared with the API; keyboard use, axe-core and 1280/320 px screenshots.</summary>
[Collection(WebAppCollection.Name)]
public sealed class EvidencePageTests(WebAppFixture app)
{
    private const string Narrative = "Tim Kerja Pembangunan ZI dibentuk dengan SK Kepala Kantor Nomor 12/KPPN/I/2024 tanggal 8 Januari 2024.\n" +
        "Bukti dukung: SK Tim Kerja, undangan, daftar hadir dan notulen rapat 5 Januari 2024.";

    private string Screenshot(string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        return Path.Combine(app.ScreenshotDirectory, name);
    }

    /// <summary>A unit of its own with one narrative (answer "Ya"), one answer without narrative and one evidence item.</summary>
    private static async Task<string> UnitWithWorkAsync(HttpClient api)
    {
        var created = await api.PostAsJsonAsync("/api/units", new { nama = $"Unit Uji Bukti {Guid.NewGuid().ToString("N")[..6]}", instansi = "Kementerian Uji" });
        created.EnsureSuccessStatusCode();
        var unitId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await api.PutAsJsonAsync($"/api/units/{unitId}/narratives/P.MP.1.a", new { text = Narrative, answer = "Ya" })).EnsureSuccessStatusCode();
        (await api.PutAsJsonAsync($"/api/units/{unitId}/answers", new { answers = new Dictionary<string, string> { ["P.MP.1.b"] = "B" } })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"/api/units/{unitId}/evidence", new { title = "SK Tim ZI", number = "12/KPPN/I/2024", questionIds = new[] { "P.MP.1.a" } }))
            .EnsureSuccessStatusCode();
        return unitId;
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string selector, string expectedName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).ClickAsync());
        download.SuggestedFilename.Should().Be(expectedName);
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }

    private static async Task<JsonElement> PostFileAsync(HttpClient api, string path, byte[] bytes, string name)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", name);
        var response = await api.PostAsync(path, content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_register_the_folder_check_and_the_workbook_preview_work_in_the_browser()
    {
        var api = await app.ApiClientAsync();
        var unitId = await UnitWithWorkAsync(api);
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);
        await page.Locator("#unit-select").SelectOptionAsync(unitId);
        await page.GetByRole(AriaRole.Link, new() { Name = "Bukti dukung" }).ClickAsync();
        await page.Locator("#tabel-bukti tr[data-question='P.MP.1.a']").WaitForAsync();

        // The register of area MP: what the API says is missing is marked so, the stored item is listed.
        var missing = (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/evidence/missing")).GetProperty("questionIds")
            .EnumerateArray().Select(x => x.GetString()!).Where(id => id.Split('.') is [not "H", "MP", ..]).ToList();
        (await page.Locator("#tabel-bukti tbody tr").Filter(new() { HasTextString = "Belum ada bukti" }).CountAsync()).Should().Be(missing.Count);
        (await page.Locator("#tabel-bukti tr[data-question='P.MP.1.a']").InnerTextAsync()).Should().Contain("SK Tim ZI").And.Contain("No. 12/KPPN/I/2024").And.Contain("1 bukti");
        (await page.Locator("#ringkasan-bukti").InnerTextAsync()).Should().StartWith($"{missing.Count} dari ");

        // Keyboard: Space on "only missing" hides the question that has evidence.
        await page.Locator("#bukti-belum").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        (await page.Locator("#tabel-bukti tr[data-question='P.MP.1.a']").CountAsync()).Should().Be(0);
        (await page.Locator("#tabel-bukti tbody tr").CountAsync()).Should().Be(missing.Count);
        await page.Keyboard.PressAsync("Space");

        // Adding: the page refuses a bad link in Indonesian; then a file and a link for P.MP.1.b.
        await page.Locator("#bukti-judul-baru").FillAsync("Notulen rapat tim");
        await page.Locator("#bukti-tautan").FillAsync("ftp://contoh");
        await page.Locator("#bukti-pertanyaan").SelectOptionAsync(["P.MP.1.b"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah bukti" }).ClickAsync();
        (await page.Locator("#bukti-baru-error").InnerTextAsync()).Should().Contain("http://");
        await page.Locator("#bukti-tautan").FillAsync("https://intranet.contoh.go.id/notulen");
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% notulen rapat tim\n%%EOF\n");
        await page.Locator("#bukti-berkas").SetInputFilesAsync(new FilePayload { Name = "notulen-rapat.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.Locator("#bukti-judul-baru").PressAsync("Enter");
        await page.Locator("#bukti-status").Filter(new() { HasTextString = "ditambahkan" }).WaitForAsync();
        var items = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/evidence");
        var added = items.EnumerateArray().Single(e => e.GetProperty("title").GetString() == "Notulen rapat tim");
        added.GetProperty("fileName").GetString().Should().Be("notulen-rapat.pdf");
        added.GetProperty("link").GetString().Should().Be("https://intranet.contoh.go.id/notulen");
        added.GetProperty("questionIds").EnumerateArray().Select(x => x.GetString()).Should().Equal("P.MP.1.b");
        (await page.Locator("#tabel-bukti tr[data-question='P.MP.1.b']").InnerTextAsync()).Should().Contain("Notulen rapat tim").And.Contain("1 bukti");
        (await DownloadAsync(page, "button[aria-label='Unduh notulen-rapat.pdf']", "notulen-rapat.pdf")).Should().Equal(pdf);

        // An empty title is caught before anything is sent.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah bukti" }).ClickAsync();
        (await page.Locator("#bukti-baru-error").InnerTextAsync()).Should().Be("Isi judul bukti.");

        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Bukti dukung page");

        // The folder skeleton, and a folder made from it with one real and one empty file in P.MP.1.a's folder.
        var skeleton = await DownloadAsync(page, "#unduh-kerangka", "kerangka-bukti-dukung.zip");
        skeleton.Should().Equal(await api.GetByteArrayAsync($"/api/units/{unitId}/evidence/skeleton"));
        var folder = FolderWith(skeleton, "P.MP.1.a", ("1.i.a SK Tim Kerja.pdf", pdf), ("1.i.a daftar hadir.pdf", []));
        var report = await PostFileAsync(api, $"/api/units/{unitId}/evidence/folder-check", folder, "bukti.zip");
        await page.Locator("#berkas-folder").SetInputFilesAsync(new FilePayload { Name = "bukti.zip", MimeType = "application/zip", Buffer = folder });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa folder" }).ClickAsync();
        await page.Locator("#tabel-folder").WaitForAsync();
        var flagged = report.GetProperty("questions").EnumerateArray().Count(q => q.GetProperty("hasFindings").GetBoolean());
        (await page.Locator("#tabel-folder tbody tr").CountAsync()).Should().Be(flagged);
        (await page.Locator("#ringkasan-folder").InnerTextAsync()).Should().StartWith($"{report.GetProperty("fileCount").GetInt32()} berkas");
        var row = page.Locator("#tabel-folder tr[data-question='P.MP.1.a']");
        (await row.Locator("li[data-kind='empty']").InnerTextAsync()).Should().Contain("berkas kosong").And.Contain("1.i.a daftar hadir.pdf");
        (await row.Locator("td.num").InnerTextAsync()).Should().Contain("2");
        await page.Locator("#folder-semua").CheckAsync();
        (await page.Locator("#tabel-folder tbody tr").CountAsync()).Should().Be(report.GetProperty("questions").GetArrayLength());

        // The workbook out, then changes stored after the export, then the workbook back in as a preview.
        var workbookName = await SuggestedNameAsync(api, unitId);
        var xlsx = await DownloadAsync(page, "#ekspor-xlsx", workbookName);
        var docx = await DownloadAsync(page, "#ekspor-docx", Path.ChangeExtension(workbookName, "docx"));
        using (var doc = WordprocessingDocument.Open(new MemoryStream(docx), false))
            doc.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("Tim Kerja Pembangunan ZI dibentuk");
        var current = await api.GetAsync($"/api/units/{unitId}/narratives/P.MP.1.a");
        using (var put = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unitId}/narratives/P.MP.1.a") { Content = JsonContent.Create(new { text = Narrative + "\nDitambah sesudah ekspor.", answer = "Ya" }) })
        {
            put.Headers.IfMatch.Add(current.Headers.ETag!);
            (await api.SendAsync(put)).EnsureSuccessStatusCode();
        }
        (await api.PutAsJsonAsync($"/api/units/{unitId}/answers", new { answers = new Dictionary<string, string> { ["P.MP.1.b"] = "C" } })).EnsureSuccessStatusCode();

        var preview = await PostFileAsync(api, $"/api/units/{unitId}/lke/import", xlsx, "lke.xlsx");
        await page.Locator("#berkas-lke").SetInputFilesAsync(new FilePayload { Name = "lke-unit.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = xlsx });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau impor" }).ClickAsync();
        await page.Locator("#tabel-impor").WaitForAsync();
        (await page.Locator("#ringkasan-impor").InnerTextAsync()).Should().StartWith($"{preview.GetProperty("recognised").GetInt32()} pertanyaan dikenali").And.Contain("2 akan berubah");
        var filled = preview.GetProperty("rows").EnumerateArray().Count(r => new[] { "answer", "narrative", "evidence" }
            .Any(k => r.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0));
        (await page.Locator("#tabel-impor tbody tr:visible").CountAsync()).Should().Be(filled, "rows the workbook leaves empty are shown on request");
        (await page.Locator("#tabel-impor tr[data-question='P.MP.1.a'] td[data-narrative]").GetAttributeAsync("data-narrative")).Should().Be("berubah");
        (await page.Locator("#tabel-impor tr[data-question='P.MP.1.b'] td[data-label='Jawaban']").InnerTextAsync()).Should().Be("C → B");
        (await page.Locator("#tabel-impor tr[data-question='P.MP.1.a'] td[data-label='Eviden']").InnerTextAsync()).Should().Contain("SK Tim ZI");
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/answers")).GetProperty("answers").GetProperty("P.MP.1.b").GetString()
            .Should().Be("C", "the preview stores nothing");
        await page.Locator("#folder-semua").UncheckAsync();

        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Bukti dukung page with both reports");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-bukti.png"), FullPage = true });
        await page.Locator("#impor-semua").CheckAsync();
        (await page.Locator("#tabel-impor tbody tr:visible").CountAsync()).Should().Be(preview.GetProperty("rows").GetArrayLength());

        // Removing: "Batal" keeps the item, "Hapus" removes it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Hapus bukti Notulen rapat tim" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/evidence")).GetArrayLength().Should().Be(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hapus bukti Notulen rapat tim" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await page.Locator("#bukti-status").Filter(new() { HasTextString = "dihapus" }).WaitForAsync();
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/evidence")).GetArrayLength().Should().Be(1);
        (await page.Locator("#tabel-bukti tr[data-question='P.MP.1.b']").InnerTextAsync()).Should().Contain("Belum ada bukti");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task A_reviewer_reads_the_register_at_320_pixels_and_a_non_workbook_gets_an_Indonesian_refusal()
    {
        var api = await app.ApiClientAsync();
        var unitId = await UnitWithWorkAsync(api);
        var email = $"peninjau-bukti-{Guid.NewGuid():N}@test.local";
        (await api.PostAsJsonAsync($"/api/units/{unitId}/members", new { email, role = "peninjau", areas = Array.Empty<string>(), password = "Sandi-Peninjau-Uji-4" }))
            .EnsureSuccessStatusCode();

        await using var p = await app.NewPageAsync(320, 800);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page, email, "Sandi-Peninjau-Uji-4");
        await page.GotoAsync("/#/bukti");
        await page.Locator("#tabel-bukti tr[data-question='P.MP.1.a']").WaitForAsync();
        (await page.Locator("#form-bukti").CountAsync()).Should().Be(0, "a reviewer does not add evidence");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Hapus bukti SK Tim ZI" }).CountAsync()).Should().Be(0);

        await page.Locator("#berkas-lke").SetInputFilesAsync(new FilePayload { Name = "bukan-lke.xlsx", MimeType = "application/octet-stream", Buffer = Encoding.UTF8.GetBytes("bukan lembar kerja") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau impor" }).ClickAsync();
        var error = page.Locator("#hasil-impor .message-error");
        await error.WaitForAsync();
        (await error.InnerTextAsync()).Should().Contain("bukan lembar kerja Excel").And.Contain("Simpan Sebagai");

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
            .Should().BeLessThanOrEqualTo(0, "nothing may scroll sideways at 320 px");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Bukti dukung page of a reviewer at 320 px");
        await page.ScreenshotAsync(new() { Path = Screenshot("web-bukti-320.png"), FullPage = true });
        p.ShouldHaveRunClean();
    }

    private static async Task<string> SuggestedNameAsync(HttpClient api, string unitId)
    {
        var nama = (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}")).GetProperty("nama").GetString()!;
        return $"LKE-{nama.Replace(' ', '-')}.xlsx";
    }

    /// <summary>The skeleton zip with files added to one question's folder (found by the id in its guide text).</summary>
    private static byte[] FolderWith(byte[] skeleton, string questionId, params (string Name, byte[] Content)[] files)
    {
        using var ms = new MemoryStream();
        ms.Write(skeleton);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            static string Text(ZipArchiveEntry e)
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }
            var guide = zip.Entries.First(e => e.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && Text(e).Contains($"({questionId} —", StringComparison.Ordinal));
            var dir = guide.FullName[..(guide.FullName.LastIndexOf('/') + 1)];
            foreach (var (name, content) in files)
            {
                using var s = zip.CreateEntry(dir + name).Open();
                s.Write(content);
            }
        }
        return ms.ToArray();
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NarrativeAssist.Server.Tests.Browser.PowerPoint;

namespace NarrativeAssist.Server.Tests.Browser.WebApp;

/// <summary>Issue #19 "Done when": a new user, in the browser only, signs in, creates a unit, adds two members with
/// areas, writes and checks narratives, enters answers, sees the score, builds and downloads both decks and publishes a
/// narrative to the library. The API is used only to confirm what the browser did; axe-core runs on every page on the
/// way.</summary>
[Collection(WebAppCollection.Name)]
public sealed class NewUserJourneyTests(WebAppFixture app)
{
    private const string TeamNarrative = "Tim Kerja Pembangunan Zona Integritas dibentuk dengan SK Kepala Kantor Nomor 7/KPU/2026 tanggal 6 Januari 2026 " +
        "beranggotakan 12 pegawai dari seluruh seksi, dengan uraian tugas per area. Bukti dukung: SK Tim Kerja, undangan, daftar hadir dan notulen rapat pembentukan.";
    private const string SelectionNarrative = "Anggota tim dipilih melalui rapat pimpinan tanggal 4 Januari 2026 berdasarkan kriteria integritas dan kinerja; " +
        "notulen rapat dan daftar hadir menjadi bukti dukung.";

    [Fact]
    public async Task A_new_user_goes_from_sign_in_to_published_narrative_in_the_browser_only()
    {
        var api = await app.ApiClientAsync();   // only to confirm outcomes
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);

        // 1. A unit of their own.
        // Named to sort after the sample unit "KPPN Contoh", which the other browser tests expect to be first.
        var unitName = $"Unit Jalan Uji {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByRole(AriaRole.Link, new() { Name = "Unit & anggota" }).ClickAsync();
        await page.Locator("#unit-nama").FillAsync(unitName);
        await page.Locator("#unit-instansi").FillAsync("Kementerian Perjalanan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat unit" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = $"Anggota {unitName}" }).WaitForAsync();
        var unitId = (await api.GetFromJsonAsync<JsonElement>("/api/units")).EnumerateArray()
            .Single(u => u.GetProperty("nama").GetString() == unitName).GetProperty("id").GetString()!;

        // 2. Two members with their areas.
        foreach (var (who, role, area) in new[] { ("penulis", "penulis", "MP"), ("pimpinan", "pimpinan", "PW") })
        {
            var email = $"{who}-jalan-{Guid.NewGuid():N}@test.local";
            await page.Locator("#anggota-surel").FillAsync(email);
            await page.Locator("#anggota-nama").FillAsync($"Anggota {who}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Buatkan kata sandi acak" }).ClickAsync();
            await page.Locator("#anggota-peran").SelectOptionAsync(role);
            await page.Locator($"#anggota-area-{area}").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tambah anggota" }).ClickAsync();
            await page.Locator($"#tabel-kelola-anggota tr[data-member='{email}']").WaitForAsync();
        }
        var members = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/members");
        members.EnumerateArray().Where(m => m.GetProperty("role").GetString() != "admin")
            .Select(m => $"{m.GetProperty("role").GetString()}:{string.Join(",", m.GetProperty("areas").EnumerateArray().Select(a => a.GetString()))}")
            .Should().BeEquivalentTo("penulis:MP", "pimpinan:PW");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Unit & anggota on the journey");

        // 3. Narratives written, checked live and saved with their answers.
        await page.GetByRole(AriaRole.Link, new() { Name = "Jawaban & narasi" }).ClickAsync();
        foreach (var (question, answer, text) in new[] { ("P.MP.1.a", "Ya", TeamNarrative), ("P.MP.1.b", "B", SelectionNarrative) })
        {
            await page.Locator("#pilih-area").SelectOptionAsync("MP");
            await page.Locator("#pilih-pertanyaan").SelectOptionAsync(question);
            await page.Locator($"#narasi-kini[data-question='{question}']").WaitForAsync();
            await page.Locator($"#jawaban-{answer}").CheckAsync();
            await page.Locator("#narasi-teks").FillAsync(text);
            await page.Locator("#hasil-narasi .badge[data-status]").WaitForAsync();
            await page.Locator("#simpan-narasi").ClickAsync();
            await page.Locator("#simpan-catatan").Filter(new() { HasTextString = "tersimpan" }).WaitForAsync();
            var stored = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/{question}");
            stored.GetProperty("text").GetString().Should().Be(text);
            stored.GetProperty("answer").GetString().Should().Be(answer);
        }
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Jawaban & narasi on the journey");

        // 4. The score the page shows is the API's score of the stored answers.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nilai mandiri" }).ClickAsync();
        var shown = await page.Locator("#nilai-total > .big-number > .big-value").InnerTextAsync();
        var total = (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/score?target=wbk")).GetProperty("total").GetDouble();
        total.Should().BeGreaterThan(0, "two answered questions score");
        shown.Should().Be(total.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ','), "the page writes the total with a decimal comma");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Nilai mandiri on the journey");

        // 5. The profile, then both decks downloaded: each opens with the Open XML SDK and carries the unit's name.
        await page.GetByRole(AriaRole.Link, new() { Name = "Presentasi" }).ClickAsync();
        await page.Locator("#form-profil").WaitForAsync();
        (await page.Locator("[data-path='unit.nama']").InputValueAsync()).Should().Be(unitName);
        await page.Locator("[data-path='unit.pimpinan.nama']").FillAsync("Dewi Lestari");
        await page.Locator("[data-path='unit.tahun_penilaian']").FillAsync("2026");
        await page.Locator("#simpan-profil").ClickAsync();
        await page.Locator("#profil-tersimpan").WaitForAsync();
        foreach (var (button, kind) in new[] { ("#unduh-wawancara", "wawancara-virtual"), ("#unduh-observasi", "observasi-lapangan") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync());
            download.SuggestedFilename.Should().StartWith(kind).And.EndWith(".pptx");
            var slides = DeckContent.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
            slides.Should().NotBeEmpty();
            slides.SelectMany(s => s.Texts.Append(s.Title)).Should().Contain(t => t.Contains(unitName), $"the {kind} deck names the unit");
        }
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Presentasi on the journey");

        // 6. A narrative published to the library after reviewing its anonymised draft.
        await page.GetByRole(AriaRole.Link, new() { Name = "Pustaka" }).ClickAsync();
        await page.Locator("#terbit-pertanyaan").FillAsync("P.MP.1.a");
        await page.GetByRole(AriaRole.Button, new() { Name = "Siapkan draf tersamar" }).ClickAsync();
        await page.Locator("#terbit-penggantian").WaitForAsync();
        (await page.Locator("#terbit-pratinjau").InnerTextAsync()).Should().NotContain(unitName);
        await page.Locator("#terbit-konfirmasi").ClickAsync();
        await page.Locator("#terbit-status").WaitForAsync();
        var mine = await api.GetFromJsonAsync<JsonElement>($"/api/library/drafts?unitId={unitId}");
        mine.GetProperty("items").EnumerateArray().Should().Contain(i => i.GetProperty("status").GetString() == "terbit");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Pustaka on the journey");
        p.ShouldHaveRunClean();
    }
}

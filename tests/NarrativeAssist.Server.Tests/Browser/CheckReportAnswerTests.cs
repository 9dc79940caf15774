using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser;

/// <summary>The web app's check report shows, per question, the claimed answer beside the one the narrative supports
/// with its reason, and each finding's defect label and what was expected (issue #14); the Nilai page says once that
/// the thresholds are unverified instead of on every row (issue #19 item 6).</summary>
[Collection(WebAppCollection.Name)]
public sealed class CheckReportAnswerTests(WebAppFixture app)
{
    private static readonly Dictionary<string, string> DefectLabel = new()
    {
        ["over_claim"] = "Jawaban melebihi narasi", ["under_claim"] = "Jawaban di bawah narasi", ["invalid_answer"] = "Jawaban tidak sah",
        ["not_realised"] = "Belum terlaksana", ["no_date"] = "Tanpa tanggal", ["no_legal_basis"] = "Tanpa dasar hukum",
        ["no_result"] = "Tanpa hasil", ["no_comparison"] = "Tanpa pembanding", ["vague_claim"] = "Klaim kabur",
        ["no_evidence"] = "Tanpa bukti dukung", ["irrelevant_evidence"] = "Bukti tidak relevan", ["wrong_question"] = "Salah pertanyaan",
        ["inconsistent"] = "Tidak konsisten", ["drafting_leftover"] = "Sisa penyusunan",
    };

    private async Task<JsonElement> CheckSampleAsync(string? unitId)
    {
        using var api = await app.ApiClientAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(app.SampleDocx));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", "narasi-contoh.docx");
        var res = await api.PostAsync("/api/check/document" + (string.IsNullOrEmpty(unitId) ? "" : $"?unitId={unitId}"), form);
        res.EnsureSuccessStatusCode();
        return await res.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public async Task Each_question_shows_claimed_and_supported_answers_and_findings_show_defect_and_expected()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Periksa dokumen" }).ClickAsync();
        // The same check as the page makes: against the profile of the unit it has selected.
        var expected = await CheckSampleAsync(await page.Locator("#profil-unit").InputValueAsync());
        await page.Locator("#berkas").SetInputFilesAsync(app.SampleDocx);
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }).ClickAsync();
        await page.Locator("#tabel-cakupan").WaitForAsync(new() { Timeout = 30_000 });

        var withInferred = 0;
        var labelled = 0;
        foreach (var q in expected.GetProperty("questions").EnumerateArray().Where(q => Str(q, "status") != "kosong"))
        {
            var id = Str(q, "id")!;
            var card = page.Locator($"article[data-question='{id}']");
            var line = card.Locator(".answer-compare");
            (await line.InnerTextAsync()).Should().Contain($"Jawaban unit: {Str(q, "answer") ?? "belum diisi"}");
            if (q.TryGetProperty("inferredAnswer", out var inf) && inf.ValueKind == JsonValueKind.Object)
            {
                withInferred++;
                (await line.GetAttributeAsync("data-inferred")).Should().Be(Str(inf, "code"));
                (await line.InnerTextAsync()).Should().Contain($"Didukung narasi: {Str(inf, "code")}").And.Contain(Str(inf, "reason"));
            }
            else (await line.InnerTextAsync()).Should().NotContain("Didukung narasi");

            // Every defect the server names for this narrative is shown with its Indonesian label.
            var defects = q.GetProperty("findings").EnumerateArray().Select(f => Str(f, "defect")).OfType<string>().Distinct().ToList();
            var shown = await card.Locator(".defect").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.defect + '=' + e.textContent)");
            shown.Distinct().Should().BeEquivalentTo(defects.Select(d => $"{d}={DefectLabel[d]}"), $"the defects of {id}");
            labelled += defects.Count;
            foreach (var f in q.GetProperty("findings").EnumerateArray().Where(f => Str(f, "expected") is { Length: > 0 }))
                (await card.InnerTextAsync()).Should().Contain(Str(f, "expected"));
        }
        withInferred.Should().BeGreaterThan(0, "the sample document has narratives for questions with options");
        labelled.Should().BeGreaterThan(0, "the sample document has findings that name a defect");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the check report");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_score_page_says_once_that_thresholds_are_unverified()
    {
        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nilai mandiri" }).ClickAsync();
        await page.Locator("#kekurangan").WaitForAsync();

        using var api = await app.ApiClientAsync();
        var unitId = (await api.GetFromJsonAsync<JsonElement>("/api/units"))[0].GetProperty("id").GetString();
        var target = await page.Locator("input[name=target]:checked").GetAttributeAsync("value");
        var score = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/score?target={target}");
        var gaps = score.GetProperty("gaps").EnumerateArray().ToList();
        var unverified = gaps.Count(g => !g.GetProperty("verified").GetBoolean());
        unverified.Should().BeGreaterThan(0, "the bundled thresholds come from a secondary copy");

        (await page.GetByText("belum terverifikasi", new() { Exact = false }).CountAsync()).Should().Be(1, "said once per page");
        (await page.Locator("#catatan-verifikasi").InnerTextAsync()).Should().Contain("salinan sekunder");
        (await page.Locator("#kekurangan .chip").CountAsync()).Should().Be(0, "no badge on the rows");
        (await page.Locator("#kekurangan tbody tr").CountAsync()).Should().Be(gaps.Count);
        (await page.Locator("#kekurangan .unverified-mark").CountAsync()).Should().Be(unverified == gaps.Count ? 0 : unverified);
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Nilai");
        p.ShouldHaveRunClean();
    }

    private static string Id(double v) =>
        v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','); // Indonesian decimal comma, by hand (invariant globalization)

    [Fact]
    public async Task The_score_page_shows_the_score_the_narratives_support_beside_the_claimed_one_and_the_gap_as_risk()
    {
        // A unit whose only narrative claims A ("seluruh pegawai") for 19 of 34 staff: the narrative supports B.
        using var api = await app.ApiClientAsync();
        var nama = "Nilai Didukung " + Guid.NewGuid().ToString("N")[..6];
        var created = await api.PostAsJsonAsync("/api/units", new { nama, instansi = "Kementerian Uji" });
        created.EnsureSuccessStatusCode();
        var unitId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await api.PutAsJsonAsync($"/api/units/{unitId}/narratives/P.SDM.3.d",
            new { text = "Pada tahun 2024, 19 dari 34 pegawai telah mengikuti diklat teknis dan e-learning.", answer = "A" })).EnsureSuccessStatusCode();
        var score = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/score?target=wbk");
        var supported = score.GetProperty("supported");

        await using var p = await app.NewPageAsync(1280, 900);
        var page = p.Page;
        await WebAppFixture.SignInAsync(page);
        await page.Locator("#unit-select").SelectOptionAsync(new SelectOptionValue { Label = nama });
        await page.GetByRole(AriaRole.Link, new() { Name = "Nilai mandiri" }).ClickAsync();
        await page.Locator("label[for='target-wbk']").ClickAsync();
        await page.Locator("#nilai-didukung").WaitForAsync();

        (await page.Locator("#nilai-total .big-value").First.InnerTextAsync()).Should().Be(Id(score.GetProperty("total").GetDouble()));
        (await page.Locator("#nilai-didukung .supported-value").InnerTextAsync()).Should().Be(Id(supported.GetProperty("total").GetDouble()));
        (await page.Locator("#selisih-nilai").InnerTextAsync()).Should().Contain($"Risiko: {Id(supported.GetProperty("gap").GetDouble())} poin");
        (await page.Locator("#risiko li[data-question='P.SDM.3.d']").InnerTextAsync()).Should().Contain("diklaim A, didukung narasi B");
        foreach (var e in supported.GetProperty("eligible").EnumerateObject())
            (await page.Locator($"#kelayakan li[data-predicate='{e.Name}'] .supported-eligible").GetAttributeAsync("data-supported"))
                .Should().Be(e.Value.GetBoolean() ? "true" : "false");
        (await page.Locator("#tabel-pengungkit thead").InnerTextAsync()).Should().Contain("Didukung narasi");
        foreach (var lever in supported.GetProperty("levers").EnumerateArray())
            (await page.Locator($"#tabel-pengungkit tr[data-area='{lever.GetProperty("id").GetString()}'] td[data-supported]").GetAttributeAsync("data-supported"))
                .Should().Be(lever.GetProperty("score").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "Nilai with the supported score");
        p.ShouldHaveRunClean();
    }
}

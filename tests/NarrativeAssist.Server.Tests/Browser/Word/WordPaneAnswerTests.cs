using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.Word;

/// <summary>The pane shows the answer the narrative supports beside the claimed one, with the clause that shows it
/// (a click selects it in the document, like a finding), and each finding's defect label and what was expected
/// (issue #14), in "Pertanyaan ini" and in "Seluruh dokumen".</summary>
[Collection(WebAppCollection.Name)]
public sealed class WordPaneAnswerTests(WebAppFixture app)
{
    // 19 of 34 staff with answer A ("seluruh pegawai"): an over-claim, the narrative supports B.
    private const string Id = "P.SDM.3.d";
    private const string OverClaimed = "Seluruh pegawai diberi kesempatan yang sama. Pada tahun 2024, 19 dari 34 pegawai telah mengikuti diklat teknis, "
        + "e-learning Kemenkeu Corpu atau workshop Kanwil DJPb. Bukti dukung: rekap keikutsertaan pengembangan kompetensi pegawai 2024.";

    private object Seed() => new
    {
        narratives = WordPane.SampleNarratives(app).Select(n => new { questionId = n.QuestionId, text = n.Text, answer = n.Answer })
            .Append(new { questionId = Id, text = OverClaimed, answer = (string?)"A" }),
        requirements = new Dictionary<string, string> { ["WordApi"] = "1.4" },
        cursorIn = Id,
    };

    /// <summary>What the server says about the narrative, to compare the pane with.</summary>
    private async Task<JsonElement> ExpectedAsync()
    {
        using var api = await app.ApiClientAsync();
        var res = await api.PostAsJsonAsync("/api/check", new { questionId = Id, text = OverClaimed, answer = "A" });
        res.EnsureSuccessStatusCode();
        return await res.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task This_question_shows_claimed_and_supported_answers_and_a_click_on_the_reason_selects_its_clause()
    {
        var expected = await ExpectedAsync();
        var inferred = expected.GetProperty("inferredAnswer");
        inferred.GetProperty("code").GetString().Should().Be("B");
        var clause = OverClaimed.Substring(inferred.GetProperty("start").GetInt32(), inferred.GetProperty("length").GetInt32());

        await using var p = await WordPane.OpenAsync(app, 320, 900, Seed());
        var page = p.Page;
        await WordPane.SignInAsync(page);
        var compare = page.Locator($"#pertanyaan-kini[data-question='{Id}'] #jawaban-banding");
        await compare.WaitForAsync();
        (await compare.InnerTextAsync()).Should().Contain("Jawaban Anda: A").And.Contain("Didukung narasi: B").And.Contain("klaim melebihi narasi");
        (await compare.GetAttributeAsync("class")).Should().Contain("answer-lebih");

        // The reason is a button: clicking it selects the clause that shows the supported answer.
        var reason = compare.Locator(".answer-reason");
        (await reason.InnerTextAsync()).Should().Be(inferred.GetProperty("reason").GetString());
        await reason.ClickAsync();
        await page.WaitForFunctionAsync("t => window.__fakeWord.selection().text === t", clause);

        // Findings carry their defect label and what the question needed.
        var over = expected.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("defect").GetString() == "over_claim");
        var finding = page.Locator("#temuan-kini .finding[data-defect='over_claim']").First;
        (await finding.Locator(".defect").InnerTextAsync()).Should().Be("Jawaban melebihi narasi");
        (await finding.InnerTextAsync()).Should().Contain(over.GetProperty("message").GetString());
        foreach (var f in expected.GetProperty("findings").EnumerateArray())
            if (f.TryGetProperty("expected", out var e) && e.ValueKind == JsonValueKind.String && e.GetString()!.Length > 0)
                (await page.Locator("#temuan-kini").InnerTextAsync()).Should().Contain("Yang diharapkan: " + e.GetString());

        // Choosing the supported answer: the two agree and the flag goes away.
        await page.Locator("#jawaban summary").ClickAsync();
        await page.Locator("#pilihan-jawaban input[value='B']").CheckAsync();
        await page.Locator("#jawaban-banding[data-claimed='B']").WaitForAsync();
        (await page.Locator("#jawaban-banding").GetAttributeAsync("class")).Should().Contain("answer-cocok");
        (await page.Locator("#jawaban-banding").InnerTextAsync()).Should().NotContain("melebihi");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).Should().BeLessThanOrEqualTo(0);
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_whole_document_lists_answers_the_narratives_do_not_support_with_the_clause_a_click_away()
    {
        var inferred = (await ExpectedAsync()).GetProperty("inferredAnswer");
        var clause = OverClaimed.Substring(inferred.GetProperty("start").GetInt32(), inferred.GetProperty("length").GetInt32());

        await using var p = await WordPane.OpenAsync(app, 450, 1000, Seed());
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Seluruh dokumen" }).ClickAsync();
        var responseTask = page.WaitForResponseAsync(r => r.Url.Contains("/api/check/document"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa seluruh dokumen" }).ClickAsync();
        var report = JsonDocument.Parse(await (await responseTask).TextAsync()).RootElement;

        // Every narrative whose claimed answer differs from the supported one is listed, and only those.
        var differing = report.GetProperty("questions").EnumerateArray()
            .Where(q => q.TryGetProperty("inferredAnswer", out var i) && i.ValueKind == JsonValueKind.Object
                && q.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.String
                && !string.Equals(a.GetString(), i.GetProperty("code").GetString(), StringComparison.OrdinalIgnoreCase))
            .Select(q => q.GetProperty("id").GetString()!).ToList();
        differing.Should().Contain(Id);
        var box = page.Locator("#jawaban-dokumen");
        await box.Locator($".rule-item[data-question='{Id}']").WaitForAsync();
        (await box.Locator(".rule-item").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.question)")).Should().BeEquivalentTo(differing);
        // Over-claims (claimed above what the narrative supports: A over B, Ya over Tidak) come before under-claims.
        var over = report.GetProperty("questions").EnumerateArray()
            .Where(q => differing.Contains(q.GetProperty("id").GetString()!) && IsOverClaim(q.GetProperty("answer").GetString()!, q.GetProperty("inferredAnswer").GetProperty("code").GetString()!))
            .Select(q => q.GetProperty("id").GetString()!).ToList();
        over.Should().Contain(Id);
        (await box.Locator(".rule-item").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.question)")).Take(over.Count)
            .Should().BeEquivalentTo(over, "over-claims come first");
        var row = box.Locator($".rule-item[data-question='{Id}']");
        (await row.InnerTextAsync()).Should().Contain("Jawaban Anda: A").And.Contain("Didukung narasi: B");
        await row.Locator(".answer-reason").ClickAsync();
        await page.WaitForFunctionAsync("t => window.__fakeWord.selection().text === t", clause);

        // Findings in the grouped list carry their defect label too.
        var labelled = page.Locator("#temuan-dokumen .finding[data-defect='over_claim'] .defect").First;
        (await labelled.TextContentAsync()).Should().Be("Jawaban melebihi narasi");
        await Accessibility.ShouldHaveNoSeriousViolationsAsync(page, "the Word pane's whole-document view");
        p.ShouldHaveRunClean();
    }

    private static bool IsOverClaim(string claimed, string supported) =>
        claimed.Equals("Ya", StringComparison.OrdinalIgnoreCase) && supported.Equals("Tidak", StringComparison.OrdinalIgnoreCase)
        || claimed.Length == 1 && supported.Length == 1 && char.IsLetter(claimed[0]) && char.IsLetter(supported[0])
           && char.ToUpperInvariant(claimed[0]) < char.ToUpperInvariant(supported[0]);
}

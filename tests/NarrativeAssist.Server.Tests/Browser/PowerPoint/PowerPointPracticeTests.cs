using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.PowerPoint;

/// <summary>Preparing for the day: timed rehearsals recorded per slide in the unit workspace (three runs, chart against
/// the limit) and the question-and-answer drill on the unit's bank. Time is driven by Playwright's fake clock.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PowerPointPracticeTests(WebAppFixture app)
{
    private static async Task WaitAsync(IPage page, string script, object? arg = null) => await page.WaitForFunctionAsync(script, arg);

    [Fact]
    public async Task Three_rehearsals_are_timed_per_slide_recorded_and_compared_in_a_chart_against_the_limit()
    {
        var (api, _) = await PowerPointPane.ApiAsync(app);
        var unitId = await PowerPointPane.NewUnitAsync(app, api);
        await using var p = await PowerPointPane.OpenAsync(app, 450, 1000, new PowerPointPane.Host(SlideCount: 4),
            beforeGoto: page => page.Clock.InstallAsync());
        var page = p.Page;
        await PowerPointPane.SignInToUnitAsync(page, unitId);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Latihan" }).ClickAsync();
        await page.Locator("#hitungan-latihan[data-count='0']").WaitForAsync();
        (await page.Locator("#hitungan-latihan").InnerTextAsync()).Should().Be("Latihan ke-0 dari minimal 3");
        (await page.Locator("#tanpa-latihan").CountAsync()).Should().Be(1);

        async Task Seconds(int s) => await page.Clock.FastForwardAsync(s * 1000);
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Berikutnya ›" });
        var previous = page.GetByRole(AriaRole.Button, new() { Name = "‹ Sebelumnya" });
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Mulai latihan" });
        var finish = page.GetByRole(AriaRole.Button, new() { Name = "Selesai dan simpan" });

        // Run 1: the buttons in the pane. The pane's own slide-following is switched off for this run.
        await start.ClickAsync();
        await page.Locator("#salindia-kini[data-number='1']").WaitForAsync();
        await page.Locator("#ikuti-salindia").UncheckAsync();
        await Seconds(30); await next.ClickAsync();
        await Seconds(45); await next.ClickAsync();
        await Seconds(20); await next.ClickAsync();
        await page.Locator("#salindia-kini[data-number='4']").WaitForAsync();
        (await next.IsDisabledAsync()).Should().BeTrue("the last slide has no next");
        await Seconds(10);
        await finish.ClickAsync();
        await page.Locator("#hitungan-latihan[data-count='1']").WaitForAsync();

        // Run 2: the pane follows the slide selected in PowerPoint (getSelectedSlides, PowerPointApi 1.5).
        await start.ClickAsync();
        await page.Locator("#salindia-kini[data-number='1']").WaitForAsync();
        await Seconds(50);
        await page.EvaluateAsync("() => window.__fakePpt.selectSlide(2)");
        await Seconds(2);
        await page.Locator("#salindia-kini[data-number='3']").WaitForAsync();
        await Seconds(100);
        await finish.ClickAsync();
        await page.Locator("#hitungan-latihan[data-count='2']").WaitForAsync();

        // Run 3: back and forth; the time of a slide shown twice adds up. Over the 20-minute limit.
        await start.ClickAsync();
        await page.Locator("#ikuti-salindia").UncheckAsync();
        await Seconds(600); await next.ClickAsync();
        await Seconds(300); await previous.ClickAsync();
        await Seconds(400);
        await finish.ClickAsync();
        await page.Locator("#hitungan-latihan[data-count='3']").WaitForAsync();
        (await page.Locator("#hitungan-latihan").InnerTextAsync()).Should().Be("Latihan ke-3 dari minimal 3 ✓");

        var runs = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/rehearsals?kind=wawancara-virtual");
        runs.GetProperty("count").GetInt32().Should().Be(3);
        var items = runs.GetProperty("items").EnumerateArray().ToList(); // newest first
        int[] SlideSeconds(JsonElement run) => run.GetProperty("slides").EnumerateArray().Select(x => x.GetProperty("seconds").GetInt32()).ToArray();
        var first = SlideSeconds(items[2]);
        first.Should().HaveCount(4);
        int[] planned = [30, 45, 20, 10];
        // Playwright's installed clock still flows in real time between fast-forwards, so a busy CI machine adds a
        // few seconds; the ranges allow that, and are still far tighter than the differences between slides.
        const int slack = 5;
        for (var i = 0; i < 4; i++) first[i].Should().BeInRange(planned[i], planned[i] + slack, $"slide {i + 1} of the first run");
        SlideSeconds(items[1])[0].Should().BeInRange(50, 52 + slack);
        SlideSeconds(items[1])[1].Should().Be(0);
        SlideSeconds(items[1])[2].Should().BeInRange(100, 102 + slack);
        SlideSeconds(items[0])[0].Should().BeInRange(999, 1001 + slack);
        SlideSeconds(items[0])[1].Should().BeInRange(299, 301 + slack);
        items[0].GetProperty("limitSeconds").GetInt32().Should().Be(1200);
        items[0].GetProperty("slides")[0].GetProperty("title").GetString().Should().Be("Salindia 1");

        // The chart: one bar per run (oldest first) with its total, and the limit line.
        var bars = page.Locator("#grafik-latihan .run-bar");
        (await bars.CountAsync()).Should().Be(3);
        (await bars.EvaluateAllAsync<int[]>("bs => bs.map(b => +b.dataset.seconds)")).Should()
            .Equal(items.AsEnumerable().Reverse().Select(r => r.GetProperty("totalSeconds").GetInt32()));
        (await page.Locator("#grafik-latihan .limit-line").GetAttributeAsync("data-seconds")).Should().Be("1200");
        var heights = await page.Locator("#grafik-latihan .run-bar rect").EvaluateAllAsync<double[]>("rs => rs.map(r => +r.getAttribute('height'))");
        heights[2].Should().BeGreaterThan(heights[1]).And.BeGreaterThan(heights[0], "the longest run has the tallest bar");
        (await page.Locator("#grafik-latihan .run-bar rect").Nth(2).GetAttributeAsync("fill")).Should().Be("#c50f1f", "over the limit: red");
        (await page.Locator("#tabel-latihan thead th").AllInnerTextsAsync()).Should().Equal("Salindia", "ke-1", "ke-2", "ke-3");

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await PowerPointPane.ScreenshotAsync(app, page, "latihan-450");
        await page.SetViewportSizeAsync(320, 900);
        await PowerPointPane.ScreenshotAsync(app, page, "latihan-320");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_QA_drill_draws_a_question_times_the_answer_records_the_practice_and_the_bank_can_be_extended()
    {
        var (api, unitId) = await PowerPointPane.ApiAsync(app);
        var bank = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/qa?area=MP");
        var mp = bank.GetProperty("items").EnumerateArray().ToList();
        mp.Count.Should().BeGreaterThanOrEqualTo(5, "the starter bank has five questions or more per area");

        await using var p = await PowerPointPane.OpenAsync(app, 450, 1000, beforeGoto: page => page.Clock.InstallAsync());
        var page = p.Page;
        page.Dialog += (_, d) => _ = d.AcceptAsync();
        await PowerPointPane.SignInAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Tanya jawab" }).ClickAsync();
        await page.Locator("#daftar-tanya > li").First.WaitForAsync();
        await page.Locator("#area-tanya").SelectOptionAsync("MP");
        await WaitAsync(page, "n => document.querySelectorAll('#daftar-tanya > li').length === n", mp.Count);
        (await page.Locator("#daftar-tanya > li .qa-text").AllInnerTextsAsync()).Should()
            .Equal(mp.Select(q => "MP " + q.GetProperty("question").GetString()));

        // Draw, answer for 40 seconds, record.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ambil pertanyaan acak" }).ClickAsync();
        var card = page.Locator("#pertanyaan-latihan");
        (await card.GetAttributeAsync("data-area")).Should().Be("MP");
        var id = await card.GetAttributeAsync("data-id");
        var question = mp.Single(q => q.GetProperty("id").GetString() == id);
        (await card.Locator(".qa-question").InnerTextAsync()).Should().Be(question.GetProperty("question").GetString());
        var before = question.GetProperty("practised").ValueKind == JsonValueKind.Number ? question.GetProperty("practised").GetInt32() : 0;

        // The reference answer: the unit's own narratives of that area.
        var reference = await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/qa/reference?area=MP");
        var narratives = reference.GetProperty("narratives").EnumerateArray().ToList();
        narratives.Should().NotBeEmpty("the sample unit has narratives in MP");
        await card.Locator("#jawaban-acuan > summary").ClickAsync();
        await page.Locator("#jawaban-acuan .reference-item").First.WaitForAsync();
        (await page.Locator("#jawaban-acuan .reference-item").EvaluateAllAsync<string[]>("xs => xs.map(x => x.dataset.question)"))
            .Should().Equal(narratives.Select(n => n.GetProperty("questionId").GetString()));
        (await page.Locator("#jawaban-acuan .reference-text").First.InnerTextAsync()).Should().Be(narratives[0].GetProperty("text").GetString()!.Trim());

        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai menjawab" }).ClickAsync();
        await page.Clock.FastForwardAsync(40_000);
        await WaitAsync(page, "() => document.getElementById('waktu-jawab')?.textContent === '0:40'");
        await page.GetByRole(AriaRole.Button, new() { Name = "Selesai menjawab" }).ClickAsync();
        var post = await page.RunAndWaitForRequestAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Catat sudah dilatih" }).ClickAsync(),
            r => r.Method == "POST" && r.Url.EndsWith($"/qa/{id}/practice", StringComparison.Ordinal));
        JsonDocument.Parse(post.PostData!).RootElement.GetProperty("seconds").GetInt32().Should().BeInRange(40, 45, "the answer took 40 seconds (plus real time on a busy machine)");
        (await page.Locator("#waktu-jawab").InnerTextAsync()).Should().Be("0:40");
        await WaitAsync(page, "t => document.getElementById('status-latihan-tanya')?.textContent === t", $"Dilatih {before + 1}×");
        var practised = (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/qa?area=MP")).GetProperty("items").EnumerateArray()
            .Single(q => q.GetProperty("id").GetString() == id);
        practised.GetProperty("practised").GetInt32().Should().Be(before + 1);
        practised.GetProperty("lastPractisedAt").GetString().Should().NotBeNullOrEmpty();

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await PowerPointPane.ScreenshotAsync(app, page, "tanya-450");
        await page.SetViewportSizeAsync(320, 900);
        await PowerPointPane.ScreenshotAsync(app, page, "tanya-320");
        await page.SetViewportSizeAsync(450, 1000);

        // Extend the bank: a question of the unit's own in PW, then edited, then removed.
        var text = $"Bagaimana unit memastikan laporan gratifikasi ditindaklanjuti? ({Guid.NewGuid().ToString("N")[..5]})";
        await page.Locator("#area-tanya").SelectOptionAsync("PW");
        await page.Locator("#area-baru").SelectOptionAsync("PW");
        await page.Locator("#pertanyaan-baru").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah pertanyaan" }).ClickAsync();
        var row = page.Locator("#daftar-tanya > li", new() { HasText = text });
        await row.WaitForAsync();
        (await row.GetAttributeAsync("data-source")).Should().Be("unit");
        var added = (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/qa?area=PW")).GetProperty("items").EnumerateArray()
            .Single(q => q.GetProperty("question").GetString() == text);
        added.GetProperty("source").GetString().Should().Be("unit");

        await row.GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
        await page.Locator($"#daftar-tanya > li[data-id='{added.GetProperty("id").GetString()}'] textarea").FillAsync(text + " Sebutkan contohnya.");
        await page.Locator($"#daftar-tanya > li[data-id='{added.GetProperty("id").GetString()}']").GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.Locator("#daftar-tanya > li", new() { HasText = "Sebutkan contohnya." }).WaitForAsync();
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/qa?area=PW")).GetProperty("items").EnumerateArray()
            .Should().Contain(q => q.GetProperty("question").GetString() == text + " Sebutkan contohnya.");

        await page.Locator("#daftar-tanya > li", new() { HasText = "Sebutkan contohnya." }).GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await WaitAsync(page, "t => ![...document.querySelectorAll('#daftar-tanya > li')].some(li => li.textContent.includes(t))", "Sebutkan contohnya.");
        (await api.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/qa?area=PW")).GetProperty("items").EnumerateArray()
            .Should().NotContain(q => q.GetProperty("id").GetString() == added.GetProperty("id").GetString());
        p.ShouldHaveRunClean();
    }
}

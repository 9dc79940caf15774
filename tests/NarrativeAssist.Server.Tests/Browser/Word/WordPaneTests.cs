using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.Word;

/// <summary>The Word task pane end to end: real server, real Chromium, and the fake Word host standing in for
/// office.js (it fails like Word when a property is read before load()+sync()). Screenshots go to docs/screenshots/.</summary>
[Collection(WebAppCollection.Name)]
public sealed class WordPaneTests(WebAppFixture app)
{
    private static async Task<int> CountRequestsAsync(IPage page, Func<IRequest, bool> match, Func<Task> action)
    {
        var count = 0;
        void Handler(object? _, IRequest r) { if (match(r)) Interlocked.Increment(ref count); }
        page.Request += Handler;
        try { await action(); } finally { page.Request -= Handler; }
        return count;
    }

    private static bool IsCheck(IRequest r) => r.Method == "POST" && new Uri(r.Url).AbsolutePath == "/api/check";

    [Fact]
    public async Task Outside_Office_the_pane_says_so_in_Indonesian_and_links_to_the_web_app()
    {
        await using var p = await WordPane.OpenAsync(app, 320, 700, officeJs: false);
        var box = p.Page.Locator("#di-luar-office");
        (await box.InnerTextAsync()).Should().Contain("Buka panel ini dari Microsoft Word").And.Contain("aplikasi web");
        (await box.GetByRole(AriaRole.Link, new() { Name = "Buka aplikasi web" }).GetAttributeAsync("href")).Should().Be("/");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task Signing_in_shows_the_question_at_the_cursor_and_rechecks_when_typing_pauses_and_on_Periksa()
    {
        await using var p = await WordPane.OpenAsync(app, 450, 900, WordPane.Seed(app, cursorIn: "P.MP.2.c"));
        var page = p.Page;
        (await page.Locator("#form-masuk").InnerTextAsync()).Should().Contain("Masuk");
        await WordPane.SignInAsync(page);

        var now = page.Locator("#pertanyaan-kini");
        await page.Locator("#pertanyaan-kini[data-question='P.MP.2.c'] #daftar-periksa").WaitForAsync();
        (await now.Locator(".q-now-text").InnerTextAsync()).Should().NotBeNullOrWhiteSpace("the catalog text of the question is shown");
        (await now.Locator("#pilihan-jawaban li").CountAsync()).Should().BeGreaterThan(1, "the answer options are listed");
        (await now.Locator(".badge").First.GetAttributeAsync("data-status")).Should().Be("lemah", "“… dll.” is a weak narrative");
        (await now.Locator("#daftar-periksa li[data-covered=false] .mark").First.InnerTextAsync()).Should().Be("✗");
        (await now.Locator("#temuan-kini .finding").CountAsync()).Should().BeGreaterThan(0);
        (await now.Locator("#temuan-kini .suggestion").First.InnerTextAsync()).Should().StartWith("Saran:");

        // Typing inside the control, then a pause: one debounced re-check with the new text.
        var wordsBefore = await now.Locator(".badge + .muted").InnerTextAsync();
        var typed = await CountRequestsAsync(page, IsCheck, async () =>
        {
            await page.EvaluateAsync("() => window.__fakeWord.placeCursor('P.MP.2.c', 1000)");
            foreach (var word in " Sosialisasi dilaksanakan melalui rapat tanggal 5 Januari 2024 dan media sosial unit.".Split(' '))
                await page.EvaluateAsync("w => window.__fakeWord.typeAtCursor(' ' + w)", word);
            await page.WaitForFunctionAsync("b => document.querySelector('#pertanyaan-kini .badge + .muted')?.textContent !== b", wordsBefore);
            await page.WaitForTimeoutAsync(900);
        });
        typed.Should().Be(1, "keystrokes are debounced: the question is re-checked once when typing pauses");
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.2.c')")).Should().EndWith("media sosial unit.");

        // Moving the cursor into another tagged control follows it.
        await page.EvaluateAsync("() => window.__fakeWord.placeCursor('P.MP.1.a', 10)");
        await page.Locator("#pertanyaan-kini[data-question='P.MP.1.a'] #daftar-periksa").WaitForAsync();
        (await now.Locator(".badge").First.GetAttributeAsync("data-status")).Should().Be("kuat");
        (await now.Locator("#daftar-periksa li[data-covered=true] .mark").First.InnerTextAsync()).Should().Be("✓");

        // "Periksa" re-checks on demand.
        var clicked = await CountRequestsAsync(page, IsCheck, async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Periksa", Exact = true }).ClickAsync();
            await page.WaitForTimeoutAsync(400);
        });
        clicked.Should().Be(1);

        // Outside any control: the pane says where to put the cursor.
        await page.EvaluateAsync("() => window.__fakeWord.placeCursorAtEnd()");
        await page.Locator("#tanpa-pertanyaan").WaitForAsync();
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task The_navigator_lists_the_six_areas_sub_areas_and_questions_and_jumps_to_a_narrative()
    {
        await using var p = await WordPane.OpenAsync(app, 450, 900, WordPane.Seed(app, cursorIn: null));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Navigasi" }).ClickAsync();
        var areas = page.Locator("#navigator > details");
        (await areas.Locator("> summary .sum-name").AllInnerTextsAsync()).Should().StartWith(
            ["Manajemen Perubahan", "Penataan Tatalaksana", "Penataan Sistem Manajemen SDM Aparatur", "Penguatan Akuntabilitas",
             "Penguatan Pengawasan", "Peningkatan Kualitas Pelayanan Publik"], "the six areas come first (then Hasil)");
        var pp = page.Locator("#navigator > details[data-area='PP']");
        await pp.Locator("> summary").ClickAsync();
        (await pp.Locator("> details").CountAsync()).Should().BeGreaterThan(1, "each area has sub-areas");
        var question = pp.Locator(".nav-q[data-question='P.PP.4.a']");
        await question.Locator("xpath=ancestor::details[1]/summary").ClickAsync();
        (await question.Locator(".badge").InnerTextAsync()).Should().Be("Belum", "not checked yet");

        await question.Locator(".nav-q-open").ClickAsync();
        await page.Locator("#pertanyaan-kini[data-question='P.PP.4.a'] #daftar-periksa").WaitForAsync();
        var sel = await WordPane.Fake(page, "selection()");
        var control = (await WordPane.Fake(page, "controls()")).EnumerateArray().Single(c => c.GetProperty("tag").GetString() == "lke:P.PP.4.a");
        sel.GetProperty("start").GetInt32().Should().Be(control.GetProperty("start").GetInt32(), "the cursor is put at the start of that narrative");

        // After the check the navigator shows the question's status badge.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Navigasi" }).ClickAsync();
        (await page.Locator(".nav-q[data-question='P.PP.4.a'] .badge").GetAttributeAsync("data-status")).Should().NotBeNull();
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task Checking_the_whole_document_shows_coverage_per_area_and_a_finding_click_selects_its_text()
    {
        await using var p = await WordPane.OpenAsync(app, 450, 1000, WordPane.Seed(app, cursorIn: null));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Seluruh dokumen" }).ClickAsync();

        IRequest? sent = null;
        page.Request += (_, r) => { if (r.Url.Contains("/api/check/document")) sent = r; };
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa seluruh dokumen" }).ClickAsync();
        await page.Locator("#cakupan-area").WaitForAsync();
        sent.Should().NotBeNull();
        var body = JsonDocument.Parse(sent!.PostData!).RootElement.GetProperty("narratives");
        body.GetArrayLength().Should().Be(10, "every lke: control of the document is sent as JSON");
        body[0].GetProperty("questionId").GetString().Should().Be("P.MP.1.a");
        body[0].GetProperty("answer").GetString().Should().Be("Ya", "the lke-jawaban: control gives the answer");

        (await page.Locator("#ringkasan-dokumen").InnerTextAsync()).Should().MatchRegex(@"10 dari \d+ pertanyaan terjawab");
        var mp = page.Locator("#cakupan-area .area-row[data-area='MP']");
        (await mp.Locator("[role=progressbar]").CountAsync()).Should().Be(2);
        (await mp.Locator("[role=progressbar]").First.GetAttributeAsync("aria-valuenow")).Should().Be("6", "six MP narratives in the sample");

        // A finding with a text span: clicking it selects exactly that text in Word.
        var finding = page.Locator("#temuan-dokumen .finding-jump:not([data-length='0'])").First;
        var qid = await finding.GetAttributeAsync("data-question");
        var start = int.Parse((await finding.GetAttributeAsync("data-start"))!);
        var length = int.Parse((await finding.GetAttributeAsync("data-length"))!);
        var controlText = await page.EvaluateAsync<string>("t => window.__fakeWord.controlText(t)", "lke:" + qid);
        await finding.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__fakeWord.selection().text.length > 0");
        var selection = await WordPane.Fake(page, "selection()");
        selection.GetProperty("text").GetString().Should().Be(controlText.Substring(start, length).TrimEnd());

        // WordApi 1.4: the finding becomes a Word comment on that text.
        await finding.Locator("xpath=..").GetByRole(AriaRole.Button, new() { Name = "Jadikan komentar" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.__fakeWord.comments().length === 1");
        var comment = (await WordPane.Fake(page, "comments()")).EnumerateArray().Single();
        comment.GetProperty("text").GetString().Should().StartWith("NarrativeAssist — ");
        comment.GetProperty("quoted").GetString().Should().Be(controlText.Substring(start, length).TrimEnd());

        // Navigator badges come from the last check.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Navigasi" }).ClickAsync();
        (await page.Locator(".nav-q[data-question='P.MP.1.a'] .badge").GetAttributeAsync("data-status")).Should().Be("kuat");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task On_WordApi_1_1_Jadikan_komentar_is_replaced_by_a_note()
    {
        await using var p = await WordPane.OpenAsync(app, 320, 900, WordPane.Seed(app, cursorIn: "P.MP.2.c", wordApi: "1.1"));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.Locator("#pertanyaan-kini[data-question='P.MP.2.c'] #temuan-kini").WaitForAsync();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Jadikan komentar" }).CountAsync()).Should().Be(0);
        (await page.Locator("#catatan-komentar").InnerTextAsync()).Should().Contain("WordApi 1.4");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task Sisipkan_kerangka_inserts_tagged_controls_and_Sisipkan_contoh_narasi_inserts_the_template_html()
    {
        await using var p = await WordPane.OpenAsync(app, 450, 900, WordPane.Seed(app, cursorIn: null));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        var (client, _) = await WordPane.ApiAsync(app);
        using var _c = client;

        // Skeleton of one question at the cursor (end of the document).
        await page.GetByRole(AriaRole.Tab, new() { Name = "Navigasi" }).ClickAsync();
        await page.Locator("#navigator > details[data-area='MP'] > summary").ClickAsync();
        var row = page.Locator(".nav-q[data-question='P.MP.2.b']");
        await row.Locator("xpath=ancestor::details[1]/summary").ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Sisipkan kerangka pertanyaan P.MP.2.b" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.__fakeWord.controlText('lke-jawaban:P.MP.2.b') !== null");
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.2.b')")).Should().Be("[Tulis narasi P.MP.2.b di sini]");
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke-jawaban:P.MP.2.b')")).Should().Be("[jawaban]");
        (await page.EvaluateAsync<string>("() => window.__fakeWord.bodyText()")).Should().Contain("P.MP.2.b — ");
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.1.a')")).Should().StartWith("Kepala KPPN Contoh", "existing narratives are untouched");

        // Skeleton of a whole sub-area: one narrative + one answer control per question.
        var before = (await WordPane.Fake(page, "controls()")).GetArrayLength();
        var sub = page.Locator("#navigator > details[data-area='MP'] > details").Nth(2);
        var subQuestions = await sub.Locator(".nav-q").CountAsync();
        await page.EvaluateAsync("() => window.__fakeWord.placeCursorAtEnd()");
        await sub.Locator("> summary .icon-button").ClickAsync();
        await page.WaitForFunctionAsync("n => window.__fakeWord.controls().length === n", before + 2 * subQuestions);

        // Template for the skeleton's question, inserted with insertHtml into its control.
        await row.Locator(".nav-q-open").ClickAsync();
        await page.Locator("#pertanyaan-kini[data-question='P.MP.2.b']").WaitForAsync();
        var template = await client.GetAsync("/api/templates/narratives/P.MP.2.b");
        template.StatusCode.Should().Be(HttpStatusCode.OK, "the template endpoint must serve P.MP.2.b (a 404 fails this test)");
        var html = (await template.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("html").GetString();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sisipkan contoh narasi" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.__fakeWord.htmlInserts().length === 1");
        var insert = (await WordPane.Fake(page, "htmlInserts()")).EnumerateArray().Single();
        insert.GetProperty("tag").GetString().Should().Be("lke:P.MP.2.b");
        insert.GetProperty("html").GetString().Should().Be(html);
        insert.GetProperty("location").GetString().Should().Be("Replace", "the skeleton's placeholder is replaced");
        var text = await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.2.b')");
        text.Should().NotContain("[Tulis narasi").And.Contain("[", "the template keeps placeholders like [nomor SK]");
        await page.Locator("#pertanyaan-kini #daftar-periksa").WaitForAsync();
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task Saving_uses_the_ETag_and_a_conflict_shows_both_versions_with_both_choices()
    {
        var (client, unitId) = await WordPane.ApiAsync(app);
        using var _c = client;
        await using var p = await WordPane.OpenAsync(app, 450, 900, WordPane.Seed(app, cursorIn: "P.PP.1.a"));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.Locator("#pertanyaan-kini[data-question='P.PP.1.a'] #daftar-periksa").WaitForAsync();

        // Save an edit: PUT with If-Match, the server's version grows by one.
        var path = $"/api/units/{unitId}/narratives/P.PP.1.a";
        var v0 = (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("version").GetInt32();
        await page.EvaluateAsync("() => { window.__fakeWord.placeCursor('P.PP.1.a', 100000); window.__fakeWord.typeAtCursor(' Standar pelayanan ditetapkan dengan SK Kepala Kantor.'); }");
        IRequest? put = null;
        page.Request += (_, r) => { if (r.Method == "PUT") put = r; };
        await page.Locator("#simpan").ClickAsync();
        await page.Locator("#save-note", new() { HasTextString = "P.PP.1.a tersimpan." }).WaitForAsync();
        (await put!.HeaderValueAsync("if-match")).Should().Be($"\"v{v0}\"");
        var saved = await client.GetFromJsonAsync<JsonElement>(path);
        saved.GetProperty("version").GetInt32().Should().Be(v0 + 1);
        saved.GetProperty("text").GetString().Should().EndWith("SK Kepala Kantor.");

        // Someone else changes P.MP.4.a after the pane read it; the pane's save gets 412 and shows both versions.
        await page.EvaluateAsync("() => window.__fakeWord.placeCursor('P.MP.4.a', 3)");
        await page.Locator("#pertanyaan-kini[data-question='P.MP.4.a'] #daftar-periksa").WaitForAsync();
        await page.WaitForTimeoutAsync(300); // the pane has fetched its baseline (GET with ETag)
        var other = $"/api/units/{unitId}/narratives/P.MP.4.a";
        var current = await client.GetAsync(other);
        var serverText = "Kepala Kantor memberi contoh disiplin dengan hadir paling awal setiap hari (versi rekan kerja).";
        using (var req = new HttpRequestMessage(HttpMethod.Put, other) { Content = JsonContent.Create(new { text = serverText }) })
        {
            req.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(current.Headers.ETag!.ToString()));
            (await client.SendAsync(req)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        await page.EvaluateAsync("() => { window.__fakeWord.placeCursor('P.MP.4.a', 100000); window.__fakeWord.typeAtCursor(' Pimpinan hadir apel setiap Senin.'); }");
        await page.Locator("#simpan").ClickAsync();
        var dialog = page.Locator("dialog#konflik[open]");
        await dialog.WaitForAsync();
        (await dialog.Locator("#versi-saya pre").InnerTextAsync()).Should().EndWith("Pimpinan hadir apel setiap Senin.");
        (await dialog.Locator("#versi-server pre").InnerTextAsync()).Should().Be(serverText);
        (await dialog.GetByRole(AriaRole.Button, new() { Name = "Pakai versi server" }).IsVisibleAsync()).Should().BeTrue();
        await page.ScreenshotAsync(new() { Path = Screenshot("word-konflik-450.png") });

        // "Pakai versi server": the document takes the server's text, nothing is written.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Pakai versi server" }).ClickAsync();
        await page.WaitForFunctionAsync("t => window.__fakeWord.controlText('lke:P.MP.4.a') === t", serverText);
        var afterServer = await client.GetFromJsonAsync<JsonElement>(other);
        afterServer.GetProperty("text").GetString().Should().Be(serverText);

        // Another concurrent change, then "Timpa dengan versi saya": PUT with the server's current ETag wins.
        var v = afterServer.GetProperty("version").GetInt32();
        using (var req = new HttpRequestMessage(HttpMethod.Put, other) { Content = JsonContent.Create(new { text = serverText + " Lagi." }) })
        {
            req.Headers.IfMatch.Add(EntityTagHeaderValue.Parse($"\"v{v}\""));
            (await client.SendAsync(req)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        await page.EvaluateAsync("() => { window.__fakeWord.placeCursor('P.MP.4.a', 100000); window.__fakeWord.typeAtCursor(' Versi saya.'); }");
        await page.Locator("#simpan").ClickAsync();
        await dialog.WaitForAsync();
        (await dialog.Locator("#versi-server pre").InnerTextAsync()).Should().EndWith("Lagi.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Timpa dengan versi saya" }).ClickAsync();
        await page.Locator("#save-note", new() { HasTextString = "P.MP.4.a tersimpan." }).WaitForAsync();
        var mine = await client.GetFromJsonAsync<JsonElement>(other);
        mine.GetProperty("text").GetString().Should().EndWith("Versi saya.");
        mine.GetProperty("version").GetInt32().Should().Be(v + 2);
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task Simpan_semua_saves_only_the_changed_narratives_each_with_If_Match()
    {
        var (client, unitId) = await WordPane.ApiAsync(app);
        using var _c = client;
        var sample = WordPane.SampleNarratives(app);
        var before = new Dictionary<string, (int Version, string Text)>();
        foreach (var n in sample)
        {
            var j = await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/{n.QuestionId}");
            before[n.QuestionId] = (j.GetProperty("version").GetInt32(), j.GetProperty("text").GetString()!);
        }
        await using var p = await WordPane.OpenAsync(app, 450, 900, WordPane.Seed(app, cursorIn: null));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.EvaluateAsync("() => { window.__fakeWord.placeCursor('P.MP.1.b', 100000); window.__fakeWord.typeAtCursor(' Hasil seleksi diumumkan kepada seluruh pegawai.'); }");
        var puts = new List<IRequest>();
        page.Request += (_, r) => { if (r.Method == "PUT") lock (puts) puts.Add(r); };
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan semua" }).ClickAsync();
        await page.Locator("#save-note", new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\d+ narasi tersimpan, \d+ tidak berubah\.$") }).WaitForAsync();

        var expectedChanged = sample.Where(n => n.QuestionId == "P.MP.1.b" || before[n.QuestionId].Text != n.Text).Select(n => n.QuestionId).ToList();
        puts.Select(r => new Uri(r.Url).AbsolutePath.Split('/').Last()).Should().BeEquivalentTo(expectedChanged, "unchanged narratives are not written again");
        foreach (var r in puts) (await r.HeaderValueAsync("if-match")).Should().MatchRegex("^\"v\\d+\"$");
        foreach (var n in sample)
        {
            var j = await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/{n.QuestionId}");
            j.GetProperty("version").GetInt32().Should().Be(before[n.QuestionId].Version + (expectedChanged.Contains(n.QuestionId) ? 1 : 0), n.QuestionId);
        }
        (await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/P.MP.1.b")).GetProperty("text").GetString()
            .Should().EndWith("diumumkan kepada seluruh pegawai.");
        p.ShouldHaveRunClean();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Screenshots_of_the_pane(int width)
    {
        await using var p = await WordPane.OpenAsync(app, width, 900, WordPane.Seed(app, cursorIn: "P.MP.2.c"));
        var page = p.Page;
        await page.ScreenshotAsync(new() { Path = Screenshot($"word-masuk-{width}.png") });
        await WordPane.SignInAsync(page);
        await page.Locator("#pertanyaan-kini[data-question='P.MP.2.c'] #temuan-kini").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessOrEqualTo(width, "no horizontal scrolling in the pane");
        await page.ScreenshotAsync(new() { Path = Screenshot($"word-{width}.png") });

        await page.GetByRole(AriaRole.Tab, new() { Name = "Seluruh dokumen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa seluruh dokumen" }).ClickAsync();
        await page.Locator("#cakupan-area").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessOrEqualTo(width);
        await page.ScreenshotAsync(new() { Path = Screenshot($"word-dokumen-{width}.png") });

        await page.GetByRole(AriaRole.Tab, new() { Name = "Navigasi" }).ClickAsync();
        await page.Locator("#navigator > details[data-area='MP'] > summary").ClickAsync();
        await page.Locator("#navigator > details[data-area='MP'] > details").First.Locator("> summary").ClickAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot($"word-navigasi-{width}.png") });
        p.ShouldHaveRunClean();
    }

    private string Screenshot(string name)
    {
        Directory.CreateDirectory(app.ScreenshotDirectory);
        return Path.Combine(app.ScreenshotDirectory, name);
    }
}

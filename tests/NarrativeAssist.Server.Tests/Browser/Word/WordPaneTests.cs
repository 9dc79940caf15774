using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser.Word;

/// <summary>The Word task pane end to end: real server, real Chromium, and the fake Word host standing in for
/// office.js (it fails like Word when a property is read before load()+sync()). Screenshots go to artifacts/screenshots/ (docs/screenshots/ with .ci/refresh-screenshots).</summary>
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

    private static string RuleKey(string rule) => rule.StartsWith("unsur.", StringComparison.Ordinal) ? "unsur" : rule;
    private static string Lever(string questionId) => questionId.StartsWith("H.", StringComparison.Ordinal) ? "H" : questionId.Split('.')[1];
    private static string Light(double score) => score >= 80 ? "hijau" : score >= 60 ? "kuning" : "merah";

    [Fact]
    public async Task Checking_the_whole_document_shows_coverage_and_a_scored_traffic_light_per_area_and_findings_grouped_by_check()
    {
        await using var p = await WordPane.OpenAsync(app, 450, 1000, WordPane.Seed(app, cursorIn: null));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Seluruh dokumen" }).ClickAsync();

        IRequest? sent = null;
        page.Request += (_, r) => { if (r.Url.Contains("/api/check/document")) sent = r; };
        var responseTask = page.WaitForResponseAsync(r => r.Url.Contains("/api/check/document"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa seluruh dokumen" }).ClickAsync();
        var report = JsonDocument.Parse(await (await responseTask).TextAsync()).RootElement;
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

        // Scorecard per lever: the mean score of the narratives written in that area, with the Acrolinx traffic light.
        var questions = report.GetProperty("questions").EnumerateArray().ToList();
        foreach (var area in new[] { "MP", "PP", "PW" })
        {
            var scores = questions.Where(q => q.GetProperty("status").GetString() != "kosong" && Lever(q.GetProperty("id").GetString()!) == area)
                .Select(q => q.GetProperty("score").GetInt32()).ToList();
            scores.Should().NotBeEmpty(area);
            var badge = page.Locator($"#cakupan-area .area-row[data-area='{area}'] .lever-score");
            (await badge.GetAttributeAsync("data-score")).Should().Be(((int)Math.Round(scores.Average(), MidpointRounding.AwayFromZero)).ToString(), area);
            (await badge.GetAttributeAsync("data-light")).Should().Be(Light(scores.Average()), area);
        }
        (await page.Locator("#cakupan-area .area-row[data-area='TL'] .badge").InnerTextAsync()).Should().Be("Belum ada narasi");

        // Findings grouped by check, each group with its count; the groups together hold every finding of the report.
        var expected = questions.SelectMany(q => q.GetProperty("findings").EnumerateArray())
            .GroupBy(f => RuleKey(f.GetProperty("rule").GetString()!)).ToDictionary(g => g.Key, g => g.Count());
        var groups = page.Locator("#temuan-dokumen .rule-group");
        var shown = new Dictionary<string, int>();
        for (var i = 0; i < await groups.CountAsync(); i++)
            shown[(await groups.Nth(i).GetAttributeAsync("data-rule"))!] = int.Parse(await groups.Nth(i).Locator(".rule-count").InnerTextAsync());
        shown.Should().BeEquivalentTo(expected);
        (await page.Locator("#panel-dokumen h3", new() { HasTextString = "Temuan (" }).InnerTextAsync()).Should().Be($"Temuan ({expected.Values.Sum()})");
        var severities = await groups.EvaluateAllAsync<string[]>("gs => gs.map(g => g.dataset.severity)");
        var rank = new Dictionary<string, int> { ["error"] = 0, ["warning"] = 1, ["saran"] = 2 };
        severities.Select(s => rank[s]).Should().BeInAscendingOrder("the most severe checks come first");
        (await groups.Locator(".rule-name").AllInnerTextsAsync()).Should().Contain("Ungkapan kabur").And.Contain("Unsur daftar periksa belum ada");

        // "Berikutnya" in the "kabur" group selects the occurrence's text in Word ("dll" in P.MP.2.c).
        var kabur = page.Locator("#temuan-dokumen .rule-group[data-rule='kabur']");
        await kabur.GetByRole(AriaRole.Button, new() { Name = "Berikutnya" }).ClickAsync();
        var first = questions.SelectMany(q => q.GetProperty("findings").EnumerateArray().Select(f => (Id: q.GetProperty("id").GetString()!, F: f)))
            .First(x => x.F.GetProperty("rule").GetString() == "kabur");
        var controlText = await page.EvaluateAsync<string>("t => window.__fakeWord.controlText(t)", "lke:" + first.Id);
        var quote = controlText.Substring(first.F.GetProperty("start").GetInt32(), first.F.GetProperty("length").GetInt32()).TrimEnd();
        await page.WaitForFunctionAsync("q => window.__fakeWord.selection().text === q", quote);
        (await kabur.Locator(".step-pos").InnerTextAsync()).Should().Be($"1 dari {expected["kabur"]}");
        (await kabur.Locator(".step-current .finding-quote").InnerTextAsync()).Should().Be($"“{quote}”");

        // WordApi 1.4: the finding becomes a Word comment on that text.
        await kabur.Locator(".step-current").GetByRole(AriaRole.Button, new() { Name = "Jadikan komentar" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.__fakeWord.comments().length === 1");
        var comment = (await WordPane.Fake(page, "comments()")).EnumerateArray().Single();
        comment.GetProperty("text").GetString().Should().StartWith("NarrativeAssist — ");
        comment.GetProperty("quoted").GetString().Should().Be(quote);

        // Navigator badges and the lever's light come from the last check.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Navigasi" }).ClickAsync();
        (await page.Locator(".nav-q[data-question='P.MP.1.a'] .badge").GetAttributeAsync("data-status")).Should().Be("kuat");
        (await page.Locator("#navigator > details[data-area='MP'] > summary .light").GetAttributeAsync("data-light"))
            .Should().Be(await page.Locator("#cakupan-area .area-row[data-area='MP'] .lever-score").GetAttributeAsync("data-light"));
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task Sebelumnya_and_Berikutnya_step_through_the_occurrences_of_one_check_selecting_each_in_the_document()
    {
        var seed = new
        {
            narratives = new object[]
            {
                new { questionId = "P.MP.1.a", text = "Kepala Kantor membentuk tim dan melaksanakan berbagai kegiatan, antara lain rapat dan sosialisasi dll.", answer = "Ya" },
                new { questionId = "P.MP.2.a", text = "Rencana kerja disusun bersama pegawai dsb.", answer = "Ya" },
            },
            requirements = new Dictionary<string, string> { ["WordApi"] = "1.4" },
        };
        await using var p = await WordPane.OpenAsync(app, 450, 1000, seed);
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Seluruh dokumen" }).ClickAsync();
        var responseTask = page.WaitForResponseAsync(r => r.Url.Contains("/api/check/document"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa seluruh dokumen" }).ClickAsync();
        var report = JsonDocument.Parse(await (await responseTask).TextAsync()).RootElement;
        await page.Locator("#temuan-dokumen").WaitForAsync();

        // Expected occurrences of "kabur", in document order, as the text each one covers.
        var occurrences = new List<string>();
        foreach (var q in report.GetProperty("questions").EnumerateArray())
        {
            var text = await page.EvaluateAsync<string>("t => window.__fakeWord.controlText(t)", "lke:" + q.GetProperty("id").GetString());
            foreach (var f in q.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == "kabur"))
                occurrences.Add(text.Substring(f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32()).TrimEnd());
        }
        occurrences.Should().HaveCount(3).And.Contain("dll").And.Contain("dsb");

        var group = page.Locator("#temuan-dokumen .rule-group[data-rule='kabur']");
        (await group.Locator(".rule-count").InnerTextAsync()).Should().Be("3");
        (await group.Locator(".step-pos").InnerTextAsync()).Should().Be("3 temuan", "nothing selected yet");
        var next = group.GetByRole(AriaRole.Button, new() { Name = "Berikutnya" });
        var previous = group.GetByRole(AriaRole.Button, new() { Name = "Sebelumnya" });

        async Task ExpectAsync(int index)
        {
            await page.WaitForFunctionAsync("q => window.__fakeWord.selection().text === q", occurrences[index]);
            (await group.Locator(".step-pos").InnerTextAsync()).Should().Be($"{index + 1} dari 3");
        }
        await next.ClickAsync(); await ExpectAsync(0);
        await next.ClickAsync(); await ExpectAsync(1);
        await next.ClickAsync(); await ExpectAsync(2);
        (await group.Locator(".step-where .q-now-id").InnerTextAsync()).Should().Be("P.MP.2.a");
        await next.ClickAsync(); await ExpectAsync(0); // wraps around
        await previous.ClickAsync(); await ExpectAsync(2);
        await previous.ClickAsync(); await ExpectAsync(1);

        // "Tampilkan semua" lists every occurrence; clicking one selects it and moves the step position there.
        await group.GetByRole(AriaRole.Button, new() { Name = "Tampilkan semua (3)" }).ClickAsync();
        (await group.Locator(".rule-items .rule-item").CountAsync()).Should().Be(3);
        await group.Locator(".rule-items .rule-item").Nth(2).Locator(".finding-jump").ClickAsync();
        await ExpectAsync(2);

        // A whole-narrative finding (no text span): stepping selects the whole narrative control.
        var bukti = page.Locator("#temuan-dokumen .rule-group[data-rule='bukti']");
        await bukti.GetByRole(AriaRole.Button, new() { Name = "Berikutnya" }).ClickAsync();
        var whole = await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.1.a')");
        await page.WaitForFunctionAsync("t => window.__fakeWord.selection().text === t", whole);
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
        var before = new Dictionary<string, (int Version, string Text, string? Answer)>();
        foreach (var n in sample)
        {
            var j = await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/{n.QuestionId}");
            before[n.QuestionId] = (j.GetProperty("version").GetInt32(), j.GetProperty("text").GetString()!,
                j.GetProperty("answer").ValueKind == JsonValueKind.String ? j.GetProperty("answer").GetString() : null);
        }
        await using var p = await WordPane.OpenAsync(app, 450, 900, WordPane.Seed(app, cursorIn: null));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.EvaluateAsync("() => { window.__fakeWord.placeCursor('P.MP.1.b', 100000); window.__fakeWord.typeAtCursor(' Hasil seleksi diumumkan kepada seluruh pegawai.'); }");
        var puts = new List<IRequest>();
        page.Request += (_, r) => { if (r.Method == "PUT") lock (puts) puts.Add(r); };
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan semua" }).ClickAsync();
        await page.Locator("#save-note", new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\d+ narasi tersimpan, \d+ tidak berubah\.$") }).WaitForAsync();

        // Changed = the text or the answer differs from the stored version (another test may have saved some).
        var expectedChanged = sample.Where(n => n.QuestionId == "P.MP.1.b" || before[n.QuestionId].Text != n.Text
            || !string.Equals(before[n.QuestionId].Answer ?? "", n.Answer ?? "", StringComparison.OrdinalIgnoreCase)).Select(n => n.QuestionId).ToList();
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

    private const string LongNarrative =
        "Pelaksanaan rencana kerja pembangunan Zona Integritas tahun 2024 dipantau oleh tim kerja melalui rapat koordinasi bulanan yang dipimpin Kepala Kantor. " +
        "Dari 48 kegiatan dalam rencana aksi, 45 kegiatan telah dilaksanakan sesuai jadwal pada enam area perubahan, antara lain penetapan standar pelayanan, " +
        "survei kepuasan masyarakat, pembangunan sistem antrean daring dan sosialisasi kode etik pegawai. Tiga kegiatan yang tertunda dijadwalkan ulang dengan " +
        "persetujuan pimpinan pada rapat tanggal 2 Oktober 2024. Capaian dilaporkan dalam laporan monitoring triwulan tanggal 30 September 2024 dan notulen rapat " +
        "evaluasi tanggal 2 Oktober 2024 sebagai bukti dukung (tautan https://s.id/renaksi-zi).";

    [Fact]
    public async Task Choosing_an_answer_writes_the_lke_jawaban_control_rechecks_with_it_and_Simpan_stores_it_in_the_workspace()
    {
        var (client, unitId) = await WordPane.ApiAsync(app);
        using var _c = client;
        var options = await WordPane.OptionsAsync(client);
        options["P.MP.3.a"].Should().Equal("A", "B", "C", "D");
        var dropdown = new[]
        {
            new { displayText = "A — Jika agen perubahan telah ditetapkan dan berkontribusi", value = "A" },
            new { displayText = "B — Jika agen perubahan telah ditetapkan namun belum berkontribusi", value = "B" },
            new { displayText = "C — Jika belum ada agen perubahan", value = "C" },
        };
        var seed = new
        {
            narratives = new object[]
            {
                new { questionId = "P.MP.3.a", text = LongNarrative, noAnswerControl = true },
                new { questionId = "P.MP.4.b", text = "Agen perubahan ditetapkan dengan SK Kepala Kantor Nomor KEP-20/2024 tanggal 15 Januari 2024.", answer = "B", answerItems = dropdown },
            },
            requirements = new Dictionary<string, string> { ["WordApi"] = "1.9" },
            cursorIn = "P.MP.3.a",
        };
        await using var p = await WordPane.OpenAsync(app, 450, 1000, seed);
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.Locator("#pertanyaan-kini[data-question='P.MP.3.a'] #daftar-periksa").WaitForAsync();
        (await page.Locator("#jawaban-kini").InnerTextAsync()).Should().Be("belum dipilih");
        (await page.Locator("#pilihan-jawaban input[type=radio]").CountAsync()).Should().Be(4, "one radio per answer option of the catalog");
        (await WordPane.Fake(page, "controls()")).EnumerateArray().Should().NotContain(c => c.GetProperty("tag").GetString() == "lke-jawaban:P.MP.3.a");

        // Pick "D": no answer control yet, so "Jawaban: D" is inserted after the narrative with D in a tagged control.
        var checks = new List<IRequest>();
        page.Request += (_, r) => { if (r.Method == "POST" && new Uri(r.Url).AbsolutePath == "/api/check") lock (checks) checks.Add(r); };
        await page.Locator("#pilihan-jawaban input[value='D']").CheckAsync();
        await page.WaitForFunctionAsync("() => window.__fakeWord.controlText('lke-jawaban:P.MP.3.a') === 'D'");
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.3.a')")).Should().Be(LongNarrative, "the narrative itself is untouched");
        (await page.EvaluateAsync<string>("() => window.__fakeWord.bodyText()")).Should().Contain(LongNarrative + "\nJawaban: D\n");
        var control = (await WordPane.Fake(page, "controls()")).EnumerateArray().Single(c => c.GetProperty("tag").GetString() == "lke-jawaban:P.MP.3.a");
        control.GetProperty("title").GetString().Should().Be("Jawaban P.MP.3.a");

        // The re-check sends the chosen answer; the answer rules react to it (lowest answer for a long narrative).
        await page.Locator("#temuan-kini .finding[data-rule='jawaban_terendah']").WaitForAsync();
        lock (checks) JsonDocument.Parse(checks.Last().PostData!).RootElement.GetProperty("answer").GetString().Should().Be("D");
        (await page.Locator("#jawaban-kini").InnerTextAsync()).Should().Be("D");

        // Pick "A": the same control is rewritten; "A" means "semua", which the narrative does not show.
        await page.Locator("#pilihan-jawaban input[value='A']").CheckAsync();
        await page.Locator("#temuan-kini .finding[data-rule='konsisten_jawaban']").WaitForAsync();
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke-jawaban:P.MP.3.a')")).Should().Be("A");
        (await WordPane.Fake(page, "controls()")).EnumerateArray().Count(c => c.GetProperty("tag").GetString() == "lke-jawaban:P.MP.3.a").Should().Be(1);
        (await page.Locator("#temuan-kini .finding[data-rule='jawaban_terendah']").CountAsync()).Should().Be(0);
        lock (checks) JsonDocument.Parse(checks.Last().PostData!).RootElement.GetProperty("answer").GetString().Should().Be("A");

        // "Simpan": the workspace gets the text and the answer.
        var path = $"/api/units/{unitId}/narratives/P.MP.3.a";
        await page.Locator("#simpan").ClickAsync();
        await page.Locator("#save-note", new() { HasTextString = "P.MP.3.a tersimpan." }).WaitForAsync();
        var saved = await client.GetFromJsonAsync<JsonElement>(path);
        saved.GetProperty("text").GetString().Should().Be(LongNarrative);
        saved.GetProperty("answer").GetString().Should().Be("A");
        var answers = await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/answers");
        answers.GetProperty("answers").GetProperty("P.MP.3.a").GetString().Should().Be("A");

        // Changing only the answer is a change too: "Simpan" writes it as a new version.
        await page.Locator("#pilihan-jawaban input[value='B']").CheckAsync();
        await page.WaitForFunctionAsync("() => window.__fakeWord.controlText('lke-jawaban:P.MP.3.a') === 'B'");
        await page.Locator("#jawaban-kini", new() { HasTextString = "B" }).WaitForAsync();
        await page.Locator("#simpan").ClickAsync();
        await page.Locator("#save-note", new() { HasTextString = "P.MP.3.a tersimpan." }).WaitForAsync();
        var again = await client.GetFromJsonAsync<JsonElement>(path);
        again.GetProperty("answer").GetString().Should().Be("B");
        again.GetProperty("version").GetInt32().Should().Be(saved.GetProperty("version").GetInt32() + 1);

        // A drop-down answer control (the CLI skeleton's): its shown "B — …" reads as B, and choosing A selects the
        // list item (WordApi 1.9) instead of typing over the control.
        await page.EvaluateAsync("() => window.__fakeWord.placeCursor('P.MP.4.b', 3)");
        await page.Locator("#pertanyaan-kini[data-question='P.MP.4.b'] #daftar-periksa").WaitForAsync();
        (await page.Locator("#jawaban-kini").InnerTextAsync()).Should().Be("B");
        (await page.Locator("#pilihan-jawaban input[value='B']").IsCheckedAsync()).Should().BeTrue();
        await page.Locator("#jawaban summary").ClickAsync();
        await page.Locator("#pilihan-jawaban input[value='A']").CheckAsync();
        await page.WaitForFunctionAsync("t => window.__fakeWord.controlText('lke-jawaban:P.MP.4.b') === t", dropdown[0].displayText);
        await page.Locator("#jawaban-kini", new() { HasTextString = "A" }).WaitForAsync();
        lock (checks) JsonDocument.Parse(checks.Last().PostData!).RootElement.GetProperty("answer").GetString().Should().Be("A");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task A_drop_down_answer_on_Word_without_WordApi_1_9_is_left_alone_with_an_Indonesian_message()
    {
        var seed = new
        {
            narratives = new object[]
            {
                new { questionId = "P.MP.4.b", text = "Agen perubahan ditetapkan dengan SK Kepala Kantor.", answer = "B",
                    answerItems = new[] { new { displayText = "A — ditetapkan dan berkontribusi", value = "A" }, new { displayText = "B — ditetapkan", value = "B" }, new { displayText = "C — belum", value = "C" } } },
            },
            requirements = new Dictionary<string, string> { ["WordApi"] = "1.4" },
            cursorIn = "P.MP.4.b",
        };
        await using var p = await WordPane.OpenAsync(app, 320, 900, seed);
        var page = p.Page;
        await WordPane.SignInAsync(page);
        await page.Locator("#pertanyaan-kini[data-question='P.MP.4.b'] #daftar-periksa").WaitForAsync();
        (await page.Locator("#jawaban").GetAttributeAsync("open")).Should().BeNull("answered: the options are folded");
        await page.Locator("#jawaban summary").ClickAsync();
        await page.Locator("#pilihan-jawaban input[value='A']").ClickAsync();
        (await page.Locator("#panel-pertanyaan .message-error").InnerTextAsync()).Should().Contain("daftar pilihan").And.Contain("WordApi 1.9");
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke-jawaban:P.MP.4.b')")).Should().Be("B — ditetapkan");
        (await page.Locator("#pilihan-jawaban input[value='B']").IsCheckedAsync()).Should().BeTrue("the pane shows what the document holds");
        p.ShouldHaveRunClean();
    }

    [Fact]
    public async Task With_two_units_a_picker_chooses_the_unit_remembers_it_and_saves_there_and_with_one_unit_there_is_none()
    {
        var (admin, kppnId) = await WordPane.ApiAsync(app);
        using var _a = admin;
        const string Password = "Uji-Penulis-Word-2026!";
        const string TwoUnits = "dua.unit.word@test.local", OneUnit = "satu.unit.word@test.local";
        (await admin.PostAsJsonAsync($"/api/units/{kppnId}/members", new { email = TwoUnits, role = "penulis", areas = new[] { "MP" }, password = Password }))
            .IsSuccessStatusCode.Should().BeTrue();
        (await admin.PostAsJsonAsync($"/api/units/{kppnId}/members", new { email = OneUnit, role = "penulis", areas = new[] { "MP" }, password = Password }))
            .IsSuccessStatusCode.Should().BeTrue();
        var created = await admin.PostAsJsonAsync("/api/units", new { nama = "Zona Uji Panel Word", instansi = "Kementerian Uji" });
        created.IsSuccessStatusCode.Should().BeTrue();
        var zonaId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await admin.PostAsJsonAsync($"/api/units/{zonaId}/members", new { email = TwoUnits, role = "admin" })).IsSuccessStatusCode.Should().BeTrue();
        // The admin stays out of the new unit's membership so other tests still see "KPPN Contoh" first.
        var adminId = (await admin.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetString();
        (await admin.DeleteAsync($"/api/units/{zonaId}/members/{adminId}")).IsSuccessStatusCode.Should().BeTrue();
        var kppnBefore = (await admin.GetFromJsonAsync<JsonElement>($"/api/units/{kppnId}/narratives/P.MP.1.a")).GetProperty("version").GetInt32();

        await using var p = await WordPane.OpenAsync(app, 320, 900, WordPane.Seed(app, cursorIn: "P.MP.1.a"));
        var page = p.Page;
        await WordPane.SignInAsync(page, TwoUnits, Password);
        await page.Locator("#pertanyaan-kini[data-question='P.MP.1.a'] #daftar-periksa").WaitForAsync();
        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Unit kerja" });
        (await picker.Locator("option").AllInnerTextsAsync()).Should().Equal("KPPN Contoh", "Zona Uji Panel Word");
        (await picker.InputValueAsync()).Should().Be(kppnId, "the first unit until the user picks one");
        await page.ScreenshotAsync(new() { Path = Screenshot("word-unit-320.png") });

        await picker.SelectOptionAsync(new SelectOptionValue { Label = "Zona Uji Panel Word" });
        await page.Locator("#save-note", new() { HasTextString = "Unit kerja: Zona Uji Panel Word" }).WaitForAsync();
        (await page.EvaluateAsync<string>("() => localStorage.getItem('na.word.unit')")).Should().Be(zonaId);
        await page.Locator("#pertanyaan-kini[data-question='P.MP.1.a'] #daftar-periksa").WaitForAsync();

        // "Simpan" now writes to the chosen unit: a new narrative there (no If-Match), the sample unit untouched.
        IRequest? put = null;
        page.Request += (_, r) => { if (r.Method == "PUT") put = r; };
        await page.Locator("#simpan").ClickAsync();
        await page.Locator("#save-note", new() { HasTextString = "P.MP.1.a tersimpan." }).WaitForAsync();
        new Uri(put!.Url).AbsolutePath.Should().Be($"/api/units/{zonaId}/narratives/P.MP.1.a");
        (await put.HeaderValueAsync("if-match")).Should().BeNull("the narrative is new in that unit");
        var inZona = await admin.GetFromJsonAsync<JsonElement>($"/api/units/{zonaId}/narratives/P.MP.1.a");
        inZona.GetProperty("text").GetString().Should().Be(await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.1.a')"));
        inZona.GetProperty("answer").GetString().Should().Be("Ya");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/units/{kppnId}/narratives/P.MP.1.a")).GetProperty("version").GetInt32().Should().Be(kppnBefore);

        // The choice is remembered across reloads (Word reopens the pane).
        await page.ReloadAsync();
        await page.Locator("body[data-ready=true] #pertanyaan-kini").WaitForAsync();
        (await page.GetByRole(AriaRole.Combobox, new() { Name = "Unit kerja" }).InputValueAsync()).Should().Be(zonaId);
        p.ShouldHaveRunClean();

        // One unit: no picker, just its name.
        await using var single = await WordPane.OpenAsync(app, 320, 900, WordPane.Seed(app, cursorIn: "P.MP.1.a"));
        await WordPane.SignInAsync(single.Page, OneUnit, Password);
        await single.Page.Locator("#pertanyaan-kini[data-question='P.MP.1.a']").WaitForAsync();
        (await single.Page.Locator("#pilih-unit").CountAsync()).Should().Be(0);
        (await single.Page.Locator("#pane-unit").InnerTextAsync()).Should().Be("· KPPN Contoh");
        single.ShouldHaveRunClean();
    }

    [Fact]
    public async Task Simpan_semua_shows_every_conflict_in_one_dialog_with_both_versions_and_keeps_or_takes_each_without_losing_text()
    {
        var (client, unitId) = await WordPane.ApiAsync(app);
        using var _c = client;
        await using var p = await WordPane.OpenAsync(app, 450, 1000, WordPane.Seed(app, cursorIn: null));
        var page = p.Page;
        await WordPane.SignInAsync(page);
        var sample = WordPane.SampleNarratives(app).ToDictionary(n => n.QuestionId);

        // Three narratives edited in Word and, meanwhile, saved by a colleague on the server; one edited only in Word.
        var contested = new[] { "P.MP.2.a", "P.MP.3.b", "P.PP.4.a" };
        var serverText = new Dictionary<string, string>();
        var serverVersion = new Dictionary<string, int>();
        foreach (var id in contested)
        {
            var path = $"/api/units/{unitId}/narratives/{id}";
            var current = await client.GetAsync(path);
            serverText[id] = $"Versi rekan kerja untuk {id}: kegiatan dilaksanakan pada 3 Februari 2025 dengan notulen rapat sebagai bukti.";
            using var req = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(new { text = serverText[id], answer = sample[id].Answer }) };
            req.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(current.Headers.ETag!.ToString()));
            var res = await client.SendAsync(req);
            res.StatusCode.Should().Be(HttpStatusCode.OK);
            serverVersion[id] = (await res.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        }
        var mine = new Dictionary<string, string>();
        foreach (var id in contested.Append("P.MP.1.b"))
        {
            await page.EvaluateAsync("id => { window.__fakeWord.placeCursor(id, 100000); window.__fakeWord.typeAtCursor(' Tambahan saya untuk ' + id + '.'); }", id);
            mine[id] = await page.EvaluateAsync<string>("id => window.__fakeWord.controlText('lke:' + id)", id);
        }
        var freeVersion = (await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/P.MP.1.b")).GetProperty("version").GetInt32();

        var dialogs = 0;
        await page.ExposeFunctionAsync("__countDialog", () => { Interlocked.Increment(ref dialogs); });
        await page.EvaluateAsync("() => { const d = document.getElementById('konflik'); const show = d.showModal.bind(d); d.showModal = () => { window.__countDialog(); show(); }; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan semua" }).ClickAsync();
        var dialog = page.Locator("dialog#konflik[open]");
        await dialog.WaitForAsync();
        (await dialog.Locator("#konflik-judul").InnerTextAsync()).Should().Be("3 narasi sudah diubah orang lain");
        var items = dialog.Locator("#daftar-konflik .conflict-item");
        (await items.EvaluateAllAsync<string[]>("xs => xs.map(x => x.dataset.question)")).Should().Equal(contested);
        foreach (var id in contested)
        {
            var item = dialog.Locator($".conflict-item[data-question='{id}']");
            (await item.Locator(".versi-saya pre").InnerTextAsync()).Should().Be(mine[id]);
            (await item.Locator(".versi-server pre").InnerTextAsync()).Should().Be(serverText[id]);
            (await item.GetByRole(AriaRole.Radio, new() { Name = "Pertahankan versi saya" }).IsCheckedAsync()).Should().BeTrue("keeping the user's text is the default");
        }
        await page.ScreenshotAsync(new() { Path = Screenshot("word-konflik-semua-450.png") });
        await dialog.Locator(".conflict-item[data-question='P.MP.3.b']").GetByRole(AriaRole.Radio, new() { Name = "Pakai versi server" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Terapkan pilihan" }).ClickAsync();
        await page.Locator("#save-note", new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\d+ narasi tersimpan, \d+ tidak berubah, 1 memakai versi server\.") }).WaitForAsync();
        dialogs.Should().Be(1, "all conflicts are resolved in one dialog");

        // Kept: the user's text won over the colleague's version (which stays in the history). Taken: the document shows
        // the server's text and nothing was written. Edited only in Word: saved normally.
        foreach (var id in new[] { "P.MP.2.a", "P.PP.4.a" })
        {
            var j = await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/{id}");
            j.GetProperty("text").GetString().Should().Be(mine[id]);
            j.GetProperty("version").GetInt32().Should().Be(serverVersion[id] + 1);
        }
        var taken = await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/P.MP.3.b");
        taken.GetProperty("text").GetString().Should().Be(serverText["P.MP.3.b"]);
        taken.GetProperty("version").GetInt32().Should().Be(serverVersion["P.MP.3.b"]);
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.3.b')")).Should().Be(serverText["P.MP.3.b"]);
        (await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/P.MP.1.b")).GetProperty("version").GetInt32().Should().Be(freeVersion + 1);

        // The replaced text is not lost: it is kept as a backup and "Pulihkan versi saya" puts it back in the document.
        (await page.EvaluateAsync<string>("() => localStorage.getItem('na.word.cadangan')")).Should().Contain("Tambahan saya untuk P.MP.3.b.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pulihkan versi saya" }).ClickAsync();
        await page.WaitForFunctionAsync("t => window.__fakeWord.controlText('lke:P.MP.3.b') === t", mine["P.MP.3.b"]);

        // "Batal" leaves everything as it is: another colleague's save, another "Simpan semua", cancelled.
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/P.MP.2.a");
        using (var req = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unitId}/narratives/P.MP.2.a") { Content = JsonContent.Create(new { text = "Versi ketiga.", answer = "Ya" }) })
        {
            req.Headers.IfMatch.Add(EntityTagHeaderValue.Parse($"\"v{before.GetProperty("version").GetInt32()}\""));
            (await client.SendAsync(req)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        await page.EvaluateAsync("() => { window.__fakeWord.placeCursor('P.MP.2.a', 100000); window.__fakeWord.typeAtCursor(' Lagi.'); }");
        var docText = await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.2.a')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan semua" }).ClickAsync();
        await dialog.WaitForAsync();
        (await items.CountAsync()).Should().BeGreaterThanOrEqualTo(1);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
        await page.Locator("#save-note", new() { HasTextString = "konflik belum diselesaikan (teks Anda tetap di dokumen)" }).WaitForAsync();
        (await page.EvaluateAsync<string>("() => window.__fakeWord.controlText('lke:P.MP.2.a')")).Should().Be(docText);
        (await client.GetFromJsonAsync<JsonElement>($"/api/units/{unitId}/narratives/P.MP.2.a")).GetProperty("text").GetString().Should().Be("Versi ketiga.");
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
        var kabur = page.Locator("#temuan-dokumen .rule-group[data-rule='kabur']");
        await kabur.GetByRole(AriaRole.Button, new() { Name = "Berikutnya" }).ClickAsync();
        await kabur.Locator(".step-current .finding").WaitForAsync();
        await kabur.ScrollIntoViewIfNeededAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessOrEqualTo(width);
        await page.ScreenshotAsync(new() { Path = Screenshot($"word-temuan-{width}.png") });

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

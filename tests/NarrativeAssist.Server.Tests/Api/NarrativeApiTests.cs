using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

[Collection("api")]
public class NarrativeApiTests(SharedServer s)
{
    private const string Text = "Kepala kantor telah membentuk tim kerja melalui Surat Keputusan Nomor KEP-1/2024 tanggal 2 Januari 2024.";

    private static async Task<HttpResponseMessage> Put(HttpClient c, Guid unit, string qid, object body, string? ifMatch = null)
    {
        var req = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unit}/narratives/{qid}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) req.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await c.SendAsync(req);
    }

    [Fact]
    public async Task Save_read_update_with_etags_history_and_approval()
    {
        var unit = await s.Admin.CreateUnit("Narasi Uji " + Guid.NewGuid().ToString("N")[..6]);
        var created = await Put(s.Admin, unit, "P.MP.1.a", new { text = Text, answer = "ya" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var etag = created.Headers.ETag!.Tag;
        var body = await created.Json();
        body.GetProperty("answer").GetString().Should().Be("Ya");
        body.GetProperty("result").GetProperty("id").GetString().Should().Be("P.MP.1.a");

        var get = await s.Admin.GetAsync($"/api/units/{unit}/narratives/P.MP.1.a");
        get.Headers.ETag!.Tag.Should().Be(etag);
        (await get.Json()).GetProperty("text").GetString().Should().Be(Text);

        await (await Put(s.Admin, unit, "P.MP.1.a", new { text = Text + " Revisi." })).ShouldBeProblem((HttpStatusCode)428, "precondition_required");
        var updated = await Put(s.Admin, unit, "P.MP.1.a", new { text = Text + " Revisi." }, etag);
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        var stale = await (await Put(s.Admin, unit, "P.MP.1.a", new { text = "Teks basi." }, etag)).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "precondition_failed");
        stale.GetProperty("current").GetProperty("text").GetString().Should().Be(Text + " Revisi.");

        var history = await (await s.Admin.GetAsync($"/api/units/{unit}/narratives/P.MP.1.a/history")).Json();
        history.EnumerateArray().Select(h => h.GetProperty("version").GetInt32()).Should().Equal(2, 1);

        var pimpinan = await s.Factory.Member(s.Admin, unit, "pimpinan");
        var approve = new HttpRequestMessage(HttpMethod.Post, $"/api/units/{unit}/narratives/P.MP.1.a/approve");
        approve.Headers.TryAddWithoutValidation("If-Match", updated.Headers.ETag!.Tag);
        (await pimpinan.SendAsync(approve)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await s.Admin.GetAsync($"/api/units/{unit}/narratives")).Json())[0].GetProperty("approved").GetBoolean().Should().BeTrue();
        await (await Put(pimpinan, unit, "P.MP.1.a", new { text = "x" }, "*")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Writers_write_only_their_areas_reviewers_only_comment()
    {
        var unit = await s.Admin.CreateUnit("Peran Uji " + Guid.NewGuid().ToString("N")[..6]);
        var penulis = await s.Factory.Member(s.Admin, unit, "penulis", "MP");
        var peninjau = await s.Factory.Member(s.Admin, unit, "peninjau");
        (await Put(penulis, unit, "P.MP.1.a", new { text = Text })).StatusCode.Should().Be(HttpStatusCode.Created);
        var other = await (await Put(penulis, unit, "P.PP.1.a", new { text = Text })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        other.GetProperty("detail").GetString().Should().Contain("area PP");
        await (await Put(peninjau, unit, "P.MP.1.b", new { text = Text })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await penulis.PostAsync($"/api/units/{unit}/narratives/P.MP.1.a/approve", null)).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        (await peninjau.PostAsJsonAsync($"/api/units/{unit}/narratives/P.MP.1.a/comments", new { text = "Sebutkan nomor SK." })).StatusCode.Should().Be(HttpStatusCode.Created);
        var comments = await (await penulis.GetAsync($"/api/units/{unit}/narratives/P.MP.1.a/comments")).Json();
        comments[0].GetProperty("text").GetString().Should().Be("Sebutkan nomor SK.");
        await (await peninjau.PostAsJsonAsync($"/api/units/{unit}/narratives/P.MP.1.a/comments", new { text = "" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
    }

    [Fact]
    public async Task Bad_narrative_input_is_refused()
    {
        var unit = s.SampleUnit;
        await (await Put(s.Admin, unit, "P.ZZ.9.z", new { text = Text })).ShouldBeProblem(HttpStatusCode.NotFound, "unknown_question");
        await (await s.Admin.GetAsync($"/api/units/{unit}/narratives/P.ZZ.9.z")).ShouldBeProblem(HttpStatusCode.NotFound, "unknown_question");
        await (await Put(s.Admin, unit, "P.TL.1.a", new { text = Text, answer = "E" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_answer");
        await (await Put(s.Admin, unit, "P.TL.1.a", new { text = new string('a', 100_001) })).ShouldBeProblem(HttpStatusCode.BadRequest, "text_too_long");
        await (await Put(s.Admin, unit, "P.TL.1.b", new { text = Text }, "\"v9\"")).ShouldBeProblem(HttpStatusCode.PreconditionFailed, "precondition_failed");
        await (await s.Admin.GetAsync($"/api/units/{unit}/narratives/P.SDM.1.a")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await s.Admin.PostAsync($"/api/units/{unit}/narratives/P.SDM.1.a/approve", null)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        var badJson = new HttpRequestMessage(HttpMethod.Put, $"/api/units/{unit}/narratives/P.TL.1.a") { Content = new StringContent("{\"text\": 12", System.Text.Encoding.UTF8, "application/json") };
        await (await s.Admin.SendAsync(badJson)).ShouldBeProblem(HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task Answers_are_saved_in_bulk_or_not_at_all_and_scored()
    {
        var unit = await s.Admin.CreateUnit("Jawaban Uji " + Guid.NewGuid().ToString("N")[..6]);
        var saved = await (await s.Admin.PutAsJsonAsync($"/api/units/{unit}/answers", new { answers = new Dictionary<string, string> { ["P.MP.1.a"] = "Ya", ["H.1.a"] = "3,8", ["R.PW.2.a"] = "90 %" } })).Json();
        saved.GetProperty("saved").GetInt32().Should().Be(3);
        var answers = (await (await s.Admin.GetAsync($"/api/units/{unit}/answers")).Json()).GetProperty("answers");
        answers.GetProperty("H.1.a").GetString().Should().Be("3,8");
        answers.GetProperty("R.PW.2.a").GetString().Should().Be("90");

        var bad = await (await s.Admin.PutAsJsonAsync($"/api/units/{unit}/answers", new { answers = new Dictionary<string, string> { ["P.MP.1.b"] = "A", ["P.MP.2.a"] = "Mungkin" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_answer");
        bad.GetProperty("detail").GetString().Should().Contain("P.MP.2.a");
        (await (await s.Admin.GetAsync($"/api/units/{unit}/answers")).Json()).GetProperty("answers").TryGetProperty("P.MP.1.b", out _).Should().BeFalse();

        var score = await (await s.Admin.GetAsync($"/api/units/{unit}/score?target=wbk")).Json();
        score.GetProperty("total").GetDouble().Should().BeGreaterThan(0);
        score.GetProperty("unanswered").GetArrayLength().Should().Be(110);
        var peninjau = await s.Factory.Member(s.Admin, unit, "peninjau");
        await (await peninjau.PutAsJsonAsync($"/api/units/{unit}/answers", new { answers = new Dictionary<string, string> { ["P.MP.1.a"] = "Ya" } })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        (await peninjau.GetAsync($"/api/units/{unit}/score")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Evidence_register_and_progress()
    {
        var unit = await s.Admin.CreateUnit("Bukti Uji " + Guid.NewGuid().ToString("N")[..6]);
        var missingBefore = (await (await s.Admin.GetAsync($"/api/units/{unit}/evidence/missing")).Json()).GetProperty("questionIds").GetArrayLength();
        var created = await s.Admin.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "SK Tim ZI", number = "KEP-1/2024", date = "2024-01-02", link = "https://s.id/sk", questionIds = new[] { "P.MP.1.a", "P.MP.1.b" } });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var missingAfter = (await (await s.Admin.GetAsync($"/api/units/{unit}/evidence/missing")).Json()).GetProperty("questionIds");
        missingAfter.GetArrayLength().Should().Be(missingBefore - 2);

        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "X", date = "32/13/2024" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_date");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "X", link = "javascript:alert(1)" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_link");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "X", questionIds = new[] { "Z.1" } })).ShouldBeProblem(HttpStatusCode.BadRequest, "unknown_question");
        await (await s.Admin.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        var peninjau = await s.Factory.Member(s.Admin, unit, "peninjau");
        await (await peninjau.PostAsJsonAsync($"/api/units/{unit}/evidence", new { title = "X" })).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var progress = await (await peninjau.GetAsync($"/api/units/{unit}/progress")).Json();
        var mp = progress.GetProperty("now").GetProperty("areas")[0];
        (mp.GetProperty("id").GetString(), mp.GetProperty("withEvidence").GetInt32()).Should().Be(("MP", 2));
        progress.GetProperty("history").GetArrayLength().Should().Be(1);
        progress.GetProperty("now").GetProperty("statuses").GetProperty("kosong").GetInt32().Should().Be(113);
    }
}

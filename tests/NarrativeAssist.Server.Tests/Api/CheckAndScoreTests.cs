using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

[Collection("api")]
public class CheckAndScoreTests(SharedServer s)
{
    private static string RepoFile(params string[] parts) => Path.Combine([RepoRoot.Path, .. parts]);

    [Fact]
    public async Task Check_one_narrative_returns_the_CLI_question_shape()
    {
        var r = await s.Admin.PostAsJsonAsync("/api/check", new { questionId = "P.MP.2.c", text = "Sosialisasi akan dilakukan dll.", answer = "A" });
        r.StatusCode.Should().Be(HttpStatusCode.OK);
        var q = await r.Json();
        q.GetProperty("id").GetString().Should().Be("P.MP.2.c");
        q.GetProperty("status").GetString().Should().Be("lemah");
        q.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).Should().Contain(["terlaksana", "kabur"]);
        q.GetProperty("missing").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Check_uses_the_unit_profile_when_a_unit_is_named()
    {
        var text = "Hasil survei menunjukkan IKM meningkat dari 3,54 pada 2023 menjadi 3,58 pada 2024.";
        var withUnit = await (await s.Admin.PostAsJsonAsync("/api/check", new { questionId = "P.PP.4.a", text, unitId = s.SampleUnit })).Json();
        withUnit.GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("rule").GetString() == "profil");
        var without = await (await s.Admin.PostAsJsonAsync("/api/check", new { questionId = "P.PP.4.a", text })).Json();
        without.GetProperty("findings").EnumerateArray().Should().NotContain(f => f.GetProperty("rule").GetString() == "profil");
    }

    [Fact]
    public async Task An_edited_profile_is_used_by_the_very_next_check()
    {
        // The parsed profile is reused while the stored text is unchanged: an edit must still count at once.
        var unit = await s.Admin.CreateUnit("Unit Profil Berubah");
        var profile = await File.ReadAllTextAsync(RepoFile("templates", "units", "contoh.yaml"));
        const string text = "Hasil survei menunjukkan IKM meningkat dari 3,54 pada 2023 menjadi 3,58 pada 2024.";
        async Task<bool> Disagrees()
        {
            var q = await (await s.Admin.PostAsJsonAsync("/api/check", new { questionId = "P.PP.4.a", text, unitId = unit })).Json();
            return q.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("rule").GetString() == "profil");
        }

        (await s.Admin.PutAsJsonAsync($"/api/units/{unit}/profile", new { text = profile })).EnsureSuccessStatusCode();
        (await Disagrees()).Should().BeTrue("the profile says 3.45 for 2023");
        (await Disagrees()).Should().BeTrue("and still does on the second check");
        (await s.Admin.PutAsJsonAsync($"/api/units/{unit}/profile", new { text = profile.Replace("2023: 3.45", "2023: 3.54") })).EnsureSuccessStatusCode();
        (await Disagrees()).Should().BeFalse("the edited profile agrees with the narrative");
    }

    [Fact]
    public async Task Check_refuses_bad_input_with_codes()
    {
        await (await s.Admin.PostAsJsonAsync("/api/check", new { questionId = "P.XX.1.a", text = "x" })).ShouldBeProblem(HttpStatusCode.BadRequest, "unknown_question");
        await (await s.Admin.PostAsJsonAsync("/api/check", new { questionId = "P.MP.1.a", text = "x", answer = "Z" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_answer");
        await (await s.Admin.PostAsJsonAsync("/api/check", new { text = "x" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsync("/api/check", new StringContent("{\"questionId\": 5, \"text\": []}", Encoding.UTF8, "application/json")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "bad_request");
        await (await s.Admin.PostAsync("/api/check", new StringContent("bukan json", Encoding.UTF8, "application/json")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "bad_request");
        await (await s.Admin.PostAsJsonAsync("/api/check", new { questionId = "P.MP.1.a", text = "x", unitId = Guid.NewGuid() }))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Check_document_accepts_the_sample_docx()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(File.ReadAllBytes(RepoFile("templates", "samples", "narasi-contoh.docx")));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(file, "file", "narasi-contoh.docx");
        var r = await s.Admin.PostAsync($"/api/check/document?unitId={s.SampleUnit}", form);
        r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        var json = await r.Json();
        json.GetProperty("questions").GetArrayLength().Should().Be(113);
        json.GetProperty("coverage").GetProperty("answered").GetInt32().Should().Be(10);
        json.GetProperty("coverage").GetProperty("areas")[0].GetProperty("id").GetString().Should().Be("MP");
    }

    [Fact]
    public async Task Check_document_accepts_json_narratives_and_refuses_bad_files()
    {
        var json = await (await s.Admin.PostAsJsonAsync("/api/check/document", new { narratives = new[] { new { questionId = "P.MP.1.a", text = "Tim dibentuk.", answer = "Ya" } } })).Json();
        json.GetProperty("questions")[0].GetProperty("id").GetString().Should().Be("P.MP.1.a");
        json.GetProperty("coverage").GetProperty("total").GetInt32().Should().Be(113);

        using var form = new MultipartFormDataContent { { new ByteArrayContent("bukan zip"u8.ToArray()), "file", "x.docx" } };
        var bad = await (await s.Admin.PostAsync("/api/check/document", form)).ShouldBeProblem(HttpStatusCode.BadRequest, "document_rejected");
        bad.GetProperty("reason").GetString().Should().Be("not_a_zip");
        await (await s.Admin.PostAsJsonAsync("/api/check/document", new { narratives = Array.Empty<object>() })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        await (await s.Admin.PostAsJsonAsync("/api/check/document", new { narratives = new[] { new { questionId = "Q.1", text = "x" } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "unknown_question");
        await (await s.Admin.PostAsync("/api/check/document", new StringContent("teks", Encoding.UTF8, "text/plain")))
            .ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task Score_takes_an_answers_file_and_returns_the_CLI_contract()
    {
        var yaml = File.ReadAllText(RepoFile("templates", "samples", "jawaban-contoh.yaml"));
        var r = await s.Admin.PostAsync("/api/score?target=wbbm", new StringContent(yaml, Encoding.UTF8, "application/json"));
        r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        var json = await r.Json();
        json.GetProperty("total").GetDouble().Should().BeApproximately(89.12, 0.01);
        json.GetProperty("eligible").GetProperty("wbk").GetBoolean().Should().BeTrue();
        json.GetProperty("whatIf")[0].GetProperty("questionId").GetString().Should().Be("P.PW.1.b");

        var fromJson = await (await s.Admin.PostAsJsonAsync("/api/score", new Dictionary<string, object> { ["P.MP.1.a"] = "Ya", ["H.1.a"] = 3.7 })).Json();
        fromJson.GetProperty("areas").EnumerateArray().Should().Contain(a => a.GetProperty("id").GetString() == "P.MP");
    }

    [Fact]
    public async Task Score_refuses_bad_answers_and_targets()
    {
        var bad = await (await s.Admin.PostAsync("/api/score", new StringContent("{\"P.MP.1.a\": \"Z\",\n\"P.ZZ.1.a\": \"A\"}", Encoding.UTF8, "application/json")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
        bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).Should().Equal(1, 2);
        await (await s.Admin.PostAsJsonAsync("/api/score?target=emas", new Dictionary<string, string> { ["P.MP.1.a"] = "Ya" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_target");
        await (await s.Admin.PostAsJsonAsync("/api/score?areaBasis=acak", new Dictionary<string, string> { ["P.MP.1.a"] = "Ya" })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_area_basis");
        await (await s.Admin.PostAsync("/api/score", new StringContent("", Encoding.UTF8, "application/json"))).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
    }
}

[Collection("api")]
public class LimitTests(SharedServer s)
{
    [Fact]
    public async Task A_huge_json_body_is_refused_before_parsing()
    {
        var huge = "{\"narratives\": [" + string.Join(",", Enumerable.Repeat("{\"questionId\":\"P.MP.1.a\",\"text\":\"x\"}", 100_000)) + "]}";
        var r = await s.Admin.PostAsync("/api/check/document", new StringContent(huge, Encoding.UTF8, "application/json"));
        await r.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task Too_many_narratives_in_one_request_are_refused()
    {
        var many = Enumerable.Range(0, 501).Select(_ => new { questionId = "P.MP.1.a", text = "x" });
        await (await s.Admin.PostAsJsonAsync("/api/check/document", new { narratives = many })).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_input");
    }
}

using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>The unit score carries the score the stored narratives support (issue #14 item 3) and the inferred answer
/// comes back with a saved narrative.</summary>
[Collection("api")]
public class SupportedScoreApiTests(SharedServer s)
{
    [Fact]
    public async Task The_unit_score_adds_the_score_the_narratives_support()
    {
        var unit = await s.Admin.CreateUnit("Skor Narasi " + Guid.NewGuid().ToString("N")[..6]);
        var saved = await s.Admin.PutAsJsonAsync($"/api/units/{unit}/narratives/P.SDM.3.d",
            new { text = "Pada tahun 2024, 19 dari 34 pegawai telah mengikuti diklat teknis dan e-learning.", answer = "A" });
        saved.StatusCode.Should().Be(HttpStatusCode.Created);
        var inferred = (await saved.Json()).GetProperty("result").GetProperty("inferredAnswer");
        inferred.GetProperty("code").GetString().Should().Be("B");

        var score = await (await s.Admin.GetAsync($"/api/units/{unit}/score?target=wbk")).Json();
        var supported = score.GetProperty("supported");
        supported.GetProperty("total").GetDouble().Should().BeLessThan(score.GetProperty("total").GetDouble());
        supported.GetProperty("gap").GetDouble().Should().BeGreaterThan(0);
        var first = supported.GetProperty("strengthen")[0];
        first.GetProperty("questionId").GetString().Should().Be("P.SDM.3.d");
        (first.GetProperty("claimed").GetString(), first.GetProperty("supported").GetString()).Should().Be(("A", "B"));
        supported.GetProperty("eligible").TryGetProperty("wbk", out _).Should().BeTrue();
    }
}

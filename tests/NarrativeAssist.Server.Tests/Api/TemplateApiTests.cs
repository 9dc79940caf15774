using System.Net;
using System.Net.Http.Json;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

[Collection("api")]
public class TemplateApiTests(SharedServer s)
{
    [Fact]
    public async Task Every_Pemenuhan_question_has_a_template_rendered_for_Word()
    {
        var list = await (await s.Admin.GetAsync("/api/templates/narratives")).Json();
        list.GetArrayLength().Should().Be(87);
        var t = await (await s.Admin.GetAsync("/api/templates/narratives/P.MP.1.a")).Json();
        t.GetProperty("html").GetString().Should().Contain("<p>").And.Contain("<mark class=\"placeholder\">");
        t.GetProperty("placeholders").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_missing_template_is_a_404_and_anonymous_is_refused()
    {
        await (await s.Admin.GetAsync("/api/templates/narratives/R.MP.1.a")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await s.Factory.CreateClient().GetAsync("/api/templates/narratives/P.MP.1.a")).ShouldBeProblem(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_template_inserted_unfilled_is_flagged_by_the_checker()
    {
        var t = await (await s.Admin.GetAsync("/api/templates/narratives/P.MP.1.a")).Json();
        var r = await (await s.Admin.PostAsJsonAsync("/api/check", new { questionId = "P.MP.1.a", text = t.GetProperty("markdown").GetString() })).Json();
        r.GetProperty("findings").EnumerateArray().Should().Contain(f => f.GetProperty("rule").GetString() == "placeholder");
    }
}

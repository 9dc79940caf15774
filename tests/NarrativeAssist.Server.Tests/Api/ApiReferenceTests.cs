using System.Net;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>The API reference is for an on-premises install: an Indonesian introduction, and none of Scalar's cloud
/// features (AI agent, MCP, developer toolbar with SDK generation, deploy and share).</summary>
[Collection("api")]
public class ApiReferenceTests(SharedServer s)
{
    [Fact]
    public async Task The_openapi_document_introduces_itself_in_Indonesian()
    {
        var info = (await (await s.Factory.CreateClient().GetAsync("/openapi/v1.json")).Json()).GetProperty("info");
        info.GetProperty("title").GetString().Should().Be("NarrativeAssist API");
        info.GetProperty("description").GetString().Should().Contain("tanpa layanan awan").And.Contain("Zona Integritas");
    }

    [Fact]
    public async Task The_reference_page_turns_off_the_cloud_features()
    {
        var r = await s.Factory.CreateClient().GetAsync("/referensi-api");
        r.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await r.Content.ReadAsStringAsync();
        html.Should().Contain("Referensi API NarrativeAssist");
        // Scalar writes its configuration into the page as JSON; these are the switches the reader obeys.
        html.Should().MatchRegex("\"agent\"\\s*:\\s*\\{[^}]*\"disabled\"\\s*:\\s*true");
        html.Should().MatchRegex("\"showDeveloperTools\"\\s*:\\s*\"never\"");
        html.Should().MatchRegex("\"mcp\"\\s*:\\s*\\{[^}]*\"disabled\"\\s*:\\s*true");
    }
}

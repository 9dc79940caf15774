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

/// <summary>An unknown address: a browser gets an Indonesian page, the API and programs keep ProblemDetails.</summary>
[Collection("api")]
public class NotFoundAnswerTests(SharedServer s)
{
    [Fact]
    public async Task A_browser_gets_an_Indonesian_page_and_the_api_keeps_json()
    {
        var client = s.Factory.CreateClient();
        var page = new HttpRequestMessage(HttpMethod.Get, "/halaman-yang-tidak-ada");
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        var r = await client.SendAsync(page);
        r.StatusCode.Should().Be(HttpStatusCode.NotFound);
        r.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await r.Content.ReadAsStringAsync()).Should().Contain("Halaman tidak ditemukan").And.Contain("Kembali ke halaman utama");

        var api = new HttpRequestMessage(HttpMethod.Get, "/api/tidak-ada");
        api.Headers.Accept.ParseAdd("text/html");
        await (await client.SendAsync(api)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await client.GetAsync("/tidak-ada")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }
}

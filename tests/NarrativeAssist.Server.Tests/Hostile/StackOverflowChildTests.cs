using System.Net;
using NarrativeAssist.Server.Tests.Support;
using NarrativeAssist.Tests.Hostile;

namespace NarrativeAssist.Server.Tests.Hostile;

/// <summary>Issue #13, attack 1, against the real built server in its own process (<see cref="ServerChild"/>): a part
/// named word/document.dat or ppt/slides/slide1.dat nested 20,000–30,000 levels deep made Open XML SDK recurse until
/// "Stack overflow", which ends the process whatever handler is installed. Here the server must answer 4xx in
/// Indonesian and keep serving. Being a child process, a server without the guard dies alone and the test fails
/// (connection lost, the log tail shows the overflow) instead of taking the test host with it.</summary>
public class StackOverflowChildTests
{
    public static TheoryData<string, string> Attacks() => new()
    {
        { "bagian-dat-bersarang.docx", "/api/check/document" },
        { "slide-dat-bersarang.pptx", "/api/decks/timing" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task The_server_process_refuses_the_file_and_keeps_serving(string name, string path)
    {
        var c = HostileCorpus.Documents().Concat(HostileCorpus.Presentations()).Single(x => x.Name == name);
        var dir = Directory.CreateTempSubdirectory("na-overflow-");
        try
        {
            await using var server = await ServerChild.StartAsync(ServerChild.Sqlite(Path.Combine(dir.FullName, "uji.db")), TimeSpan.FromMinutes(2));
            using var http = await server.SignInAsync();
            HttpResponseMessage? r = null;
            try { r = await http.PostAsync(path, new MultipartFormDataContent { { new ByteArrayContent(c.Bytes()), "file", name } }); }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { /* the process died (or is dying) mid-request */ }
            r.Should().NotBeNull($"the server process must survive {name}; its log ends with:\n{Tail(server.Log)}");
            var body = await r!.Content.ReadAsStringAsync();
            ((int)r.StatusCode).Should().BeInRange(400, 499, body);
            (await r.Json()).GetProperty("detail").GetString().Should().Contain("bersarang").And.Contain("demi keamanan");
            (await http.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private static string Tail(string log) => log.Length > 1500 ? log[^1500..] : log;
}

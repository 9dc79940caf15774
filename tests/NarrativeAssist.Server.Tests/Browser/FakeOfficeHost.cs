namespace NarrativeAssist.Server.Tests.Browser;

/// <summary>The script served in place of office.js: the shared core (fake-office-core.js) followed by one host's
/// fake (Word/fake-word-host.js or PowerPoint/fake-powerpoint-host.js). Read from the source tree when the tests run
/// from a clone, else from the copies next to the test assembly.</summary>
public static class FakeOfficeHost
{
    public static string Script(WebAppFixture app, string hostFile) => Read(app, "fake-office-core.js") + "\n" + Read(app, hostFile);

    private static string Read(WebAppFixture app, string relative)
    {
        var source = Path.Combine(app.RepoRoot, "tests", "NarrativeAssist.Server.Tests", "Browser", relative);
        return File.ReadAllText(File.Exists(source) ? source : Path.Combine(AppContext.BaseDirectory, "Browser", relative));
    }
}

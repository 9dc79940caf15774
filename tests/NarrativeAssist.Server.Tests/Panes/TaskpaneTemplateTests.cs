using System.Diagnostics;

namespace NarrativeAssist.Server.Tests.Panes;

/// <summary>The two taskpane.html pages are renderings of one source, .ci/tools/panes/taskpane.template.html, by
/// .ci/tools/panes/render-taskpanes.mjs (which also preloads every module a pane imports). A page edited by hand, or a pane
/// module added without re-rendering, fails here. Needs Node.js (installed by <c>.ci/run</c>).</summary>
public class TaskpaneTemplateTests
{
    [Fact]
    public async Task Shipped_pages_are_the_rendering_of_the_shared_template()
    {
        var r = await RenderAsync("--check");
        r.Code.Should().Be(0, r.Output);
    }

    [Fact]
    public async Task A_new_pane_module_makes_the_check_fail_until_the_pages_are_rendered_again()
    {
        var copy = Directory.CreateTempSubdirectory("na-taskpane-");
        try
        {
            var wwwroot = Path.Combine(copy.FullName, "wwwroot");
            foreach (var file in Directory.GetFiles(RepoRoot.File("src/NarrativeAssist.Server/wwwroot"), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(wwwroot, Path.GetRelativePath(RepoRoot.File("src/NarrativeAssist.Server/wwwroot"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            await File.WriteAllTextAsync(Path.Combine(wwwroot, "powerpoint", "extra-tab.js"), "export const extra = 1;\n");
            var pane = Path.Combine(wwwroot, "powerpoint", "pane.js");
            await File.WriteAllTextAsync(pane, "import { extra } from \"./extra-tab.js\";\nvoid extra;\n" + await File.ReadAllTextAsync(pane));

            var stale = await RenderAsync("--check", "--wwwroot", wwwroot);
            stale.Code.Should().Be(1);
            stale.Output.Should().Contain("powerpoint").And.Contain("taskpane.html").And.NotContain("word");

            (await RenderAsync("--wwwroot", wwwroot)).Code.Should().Be(0);
            var page = await File.ReadAllTextAsync(Path.Combine(wwwroot, "powerpoint", "taskpane.html"));
            page.Should().Contain("<link rel=\"modulepreload\" href=\"extra-tab.js\">");
            (await RenderAsync("--check", "--wwwroot", wwwroot)).Code.Should().Be(0);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Output)> RenderAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("node", [RepoRoot.File(".ci/tools/panes/render-taskpanes.mjs"), .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoRoot.Path,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

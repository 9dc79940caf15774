using System.Diagnostics;

namespace NarrativeAssist.Server.Tests.Panes;

/// <summary><c>.ci/typecheck</c> (tsc with --checkJs and @types/office-js over wwwroot, run by <c>.ci/run</c> before
/// the tests) passes on the shipped browser code and fails on a type error in a pane. Runs on a temporary copy of
/// wwwroot, so the tracked files stay untouched. Needs Node.js and npm (installed by <c>.ci/run</c>).</summary>
public class PaneTypeCheckTests
{
    [Fact]
    public async Task Type_check_passes_on_the_panes_and_fails_on_a_type_error_in_one()
    {
        var copy = Directory.CreateTempSubdirectory("na-typecheck-");
        try
        {
            var wwwroot = Path.Combine(copy.FullName, "wwwroot");
            CopyTree(RepoRoot.File("src/NarrativeAssist.Server/wwwroot"), wwwroot);

            var clean = await TypeCheckAsync(wwwroot);
            clean.Code.Should().Be(0, clean.Output);

            // Office.js's insertText takes text first: a number there is what the Office types must catch.
            var pane = Path.Combine(wwwroot, "word", "pane.js");
            await File.AppendAllTextAsync(pane, "\nWord.run(async (context) => { context.document.body.insertText(42, \"End\"); });\n");
            var broken = await TypeCheckAsync(wwwroot);
            broken.Code.Should().NotBe(0, broken.Output);
            broken.Output.Should().MatchRegex(@"word[/\\]pane\.js\(\d+,\d+\): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'");
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Output)> TypeCheckAsync(string wwwroot)
    {
        var psi = new ProcessStartInfo(RepoRoot.File(".ci/typecheck"), [wwwroot])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3)); // the first run may install TypeScript
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}

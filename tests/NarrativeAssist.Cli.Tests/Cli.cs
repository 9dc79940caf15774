using System.IO.Compression;
using System.Text;

namespace NarrativeAssist.Cli.Tests;

/// <summary>Runs the CLI in-process as a user would from a shell, capturing stdout, stderr and the exit code.</summary>
internal static class Cli
{
    public sealed record Result(int Exit, string Out, string Err);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter(); var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    public static string RepoRoot => NarrativeAssist.Tests.RepoRoot.Path;

    public static string Sample(string name) => Path.Combine(RepoRoot, "templates", "samples", name);
    public static string SampleUnit => Path.Combine(RepoRoot, "templates", "units", "contoh.yaml");

    public static string TempFile(string name, byte[] content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "na-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static string TempText(string name, string content) => TempFile(name, Encoding.UTF8.GetBytes(content));
}

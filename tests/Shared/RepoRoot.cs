namespace NarrativeAssist.Tests;

/// <summary>The repository root (the folder holding NarrativeAssist.sln), found from the test binaries.
/// One file, linked into every test project and the benchmarks.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "NarrativeAssist.sln"))) return dir.FullName;
        throw new InvalidOperationException("NarrativeAssist.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path => Root.Value;

    /// <summary>A repository file's full path from its path relative to the root ("templates/units/contoh.yaml").</summary>
    public static string File(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Tests;

/// <summary>The built-in data, loaded once for all tests, and a checker over it.</summary>
internal static class TestData
{
    public static RuleBook Book => BuiltInData.Rules;
    public static NarrativeChecker Checker { get; } = new(BuiltInData.Rules);

    /// <summary>The repository root (the folder holding NarrativeAssist.sln).</summary>
    public static string RepoRoot => NarrativeAssist.Tests.RepoRoot.Path;

    public static IEnumerable<string> Rules(this QuestionResult r) => r.Findings.Select(f => f.Rule);
}

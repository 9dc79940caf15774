using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Contracts;

// The `check` JSON contract shared by the CLI and the server. Names are fixed (issue #2); fields may be added.
public sealed record CheckJson(IReadOnlyList<QuestionJson> Questions, CoverageJson Coverage, IReadOnlyList<string>? Warnings = null)
{
    public static CheckJson From(CheckReport report, IReadOnlyList<string>? warnings = null) =>
        new(report.Questions.Select(QuestionJson.From).ToList(), CoverageJson.From(report.Coverage), warnings is { Count: > 0 } ? warnings : null);
}

public sealed record QuestionJson(
    string Id, string Status, int Score, string? Answer, IReadOnlyList<FindingJson> Findings,
    IReadOnlyList<string> Covered, IReadOnlyList<string> Missing,
    IReadOnlyList<ElementJson> CoveredElements, IReadOnlyList<ElementJson> MissingElements,
    IReadOnlyList<string> EvidenceCited, int Words, InferredAnswerJson? InferredAnswer = null)
{
    public static QuestionJson From(QuestionResult r) => new(
        r.Id, r.Status.Name(), r.Score, r.Answer, r.Findings.Select(FindingJson.From).ToList(),
        r.Covered.Select(e => e.Id).ToList(), r.Missing.Select(e => e.Id).ToList(),
        r.Covered.Select(e => new ElementJson(e.Id, e.Label)).ToList(), r.Missing.Select(e => new ElementJson(e.Id, e.Label)).ToList(),
        r.EvidenceCited, r.Words, InferredAnswerJson.From(r.InferredAnswer));
}

/// <summary>The answer the narrative supports: option code, the span that shows it, and a short reason.</summary>
public sealed record InferredAnswerJson(string Code, int Start, int Length, string Reason)
{
    public static InferredAnswerJson? From(Judgement.InferredAnswer? a) => a is null ? null : new(a.Code, a.Start, a.Length, a.Reason);
}

public sealed record ElementJson(string Id, string Label);

public sealed record FindingJson(string Rule, string Severity, string Message, string Suggestion, int Start, int Length,
    string? Defect = null, string? Expected = null)
{
    public static FindingJson From(Finding f) => new(f.Rule, f.Severity.Name(), f.Message, f.Suggestion, f.Start, f.Length, f.Defect, f.Expected);
}

public sealed record CoverageJson(IReadOnlyList<AreaCoverageJson> Areas, IReadOnlyList<AreaCoverageJson> Components, int Answered, int Strong, int Total)
{
    public static CoverageJson From(Coverage c) => new(
        c.Areas.Select(AreaCoverageJson.From).ToList(), c.Components.Select(AreaCoverageJson.From).ToList(), c.Answered, c.Strong, c.Total);
}

public sealed record AreaCoverageJson(string Id, string Name, int Total, int Answered, int Strong, IReadOnlyList<string> Missing, IReadOnlyList<string> Weak)
{
    public static AreaCoverageJson From(AreaCoverage a) => new(a.Id, a.Name, a.Total, a.Answered, a.Strong, a.MissingQuestions, a.WeakQuestions);
}

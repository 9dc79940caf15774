using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Checking;

/// <summary>One narrative to check, as read from a document or sent by the task pane.</summary>
public sealed record NarrativeInput(string QuestionId, string? Text, string? Answer = null);

/// <summary>The result of checking a set of narratives: one result per narrative (LKE order) and coverage of the whole LKE.</summary>
public sealed record CheckReport(IReadOnlyList<QuestionResult> Questions, Coverage Coverage);

public static class DocumentCheck
{
    /// <summary>Checks every narrative; a question given twice is checked once on the texts joined.
    /// Unknown ids raise <see cref="UnknownQuestionException"/> before any work is done.</summary>
    public static CheckReport Run(NarrativeChecker checker, IEnumerable<NarrativeInput> narratives, UnitProfile? profile = null)
    {
        var catalog = checker.Book.Catalog;
        var merged = new Dictionary<string, NarrativeInput>(StringComparer.Ordinal);
        foreach (var n in narratives)
        {
            if (catalog.FindQuestion(n.QuestionId) is null) throw new UnknownQuestionException(n.QuestionId);
            merged[n.QuestionId] = merged.TryGetValue(n.QuestionId, out var prev)
                ? prev with { Text = $"{prev.Text}\n{n.Text}", Answer = prev.Answer ?? n.Answer }
                : n;
        }
        var results = catalog.Questions
            .Where(q => merged.ContainsKey(q.Id))
            .Select(q => merged[q.Id])
            .Select(n => checker.Check(n.QuestionId, n.Text, n.Answer, profile))
            .ToList();
        return new CheckReport(results, CoverageCalculator.Compute(catalog, results));
    }
}

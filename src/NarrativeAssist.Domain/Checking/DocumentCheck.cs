using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Checking;

/// <summary>One narrative to check, as read from a document or sent by the task pane.</summary>
public sealed record NarrativeInput(string QuestionId, string? Text, string? Answer = null);

/// <summary>The result of checking a set of narratives: one result per narrative (LKE order) and coverage of the whole LKE.</summary>
public sealed record CheckReport(IReadOnlyList<QuestionResult> Questions, Coverage Coverage);

public static class DocumentCheck
{
    /// <summary>Checks every narrative; a question given twice is checked once on the texts joined.
    /// Unknown ids raise <see cref="UnknownQuestionException"/> before any work is done. An answer that fits no
    /// option does not stop the check of a whole document: that narrative is checked without it and gets a finding.</summary>
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
            .Select(n => CheckOne(checker, n, profile))
            .ToList();
        return new CheckReport(results, CoverageCalculator.Compute(catalog, results));
    }

    private static QuestionResult CheckOne(NarrativeChecker checker, NarrativeInput n, UnitProfile? profile)
    {
        var q = checker.Book.Catalog.FindQuestion(n.QuestionId)!;
        if (n.Answer is null || AnswerParser.TryParse(q, n.Answer, out _, out var error))
            return checker.Check(n.QuestionId, n.Text, n.Answer, profile);
        var result = checker.Check(n.QuestionId, n.Text, null, profile);
        var finding = new Finding("jawaban", Severity.Error, $"Jawaban tidak dikenali: {error}.",
            "Pilih jawaban dari daftar pilihan pertanyaan ini (atau isi angka sesuai rentangnya).", 0, 0)
            { Defect = Defects.InvalidAnswer, Expected = "salah satu pilihan: " + string.Join(", ", q.Options.Select(o => o.Code)) };
        return result with { Answer = n.Answer, Findings = [finding, .. result.Findings] };
    }
}

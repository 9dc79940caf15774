using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Bench;

/// <summary>The one place where a checker finding becomes an evaluator's defect name for the fidelity benchmark.
/// Findings carry their category in <see cref="Finding.Defect"/>; a rule that does not set it yet is mapped by its
/// rule id here, so the benchmark measures today's checker fairly while the rules are being migrated. Remove a row
/// once its rule sets <see cref="Finding.Defect"/> itself.</summary>
internal static class FindingDefects
{
    private static readonly Dictionary<string, string> ByRuleId = new(StringComparer.Ordinal)
    {
    };

    /// <summary>The defect the finding stands for, or null when neither the finding nor the table names one
    /// (such a finding can only count against precision).</summary>
    public static string? Of(Finding finding) =>
        Defects.IsKnown(finding.Defect) ? finding.Defect : ByRuleId.GetValueOrDefault(finding.Rule);
}

namespace NarrativeAssist.Domain.Rules;

/// <summary>What a convincing narrative for one question covers, the evidence it should cite,
/// its own rules and the generic rules it opts out of.</summary>
public sealed record Checklist(
    string QuestionId,
    string Jenis,
    IReadOnlyList<ChecklistElement> Elements,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<NarrativeRule> Rules,
    IReadOnlySet<string> Skip);

/// <summary>An element is covered when one of <see cref="Any"/> occurs and, if <see cref="With"/> is given,
/// one of those occurs in the same sentence.</summary>
public sealed record ChecklistElement(string Id, string Label, PatternSet Any, PatternSet With, string Saran, Severity Severity, double Weight);

public sealed record EvidenceItem(string Label, PatternSet Any);

/// <summary>The two narrative kinds of the checklists: upaya (what was done) and hasil (results).</summary>
public static class Jenis
{
    public const string Upaya = "upaya";
    public const string Hasil = "hasil";
    public static readonly IReadOnlySet<string> Known = new HashSet<string> { Upaya, Hasil };
}

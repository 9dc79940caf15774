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

/// <summary>An element is covered when one of <see cref="Any"/> occurs in an asserted, realised clause (not as a bare
/// quality claim) and, if <see cref="With"/> is given, one of those occurs in the same sentence. A core element is what
/// the question is about: without it the narrative proves nothing and cannot be <c>kuat</c>; a supporting element's gap
/// is a suggestion. <see cref="Defect"/> names what an evaluator marks when a core element is missing.</summary>
public sealed record ChecklistElement(string Id, string Label, PatternSet Any, PatternSet With, string Saran, Severity Severity, double Weight)
{
    public bool Core { get; init; }
    /// <summary>The data says <c>core: true</c> (rather than the first-element default).</summary>
    public bool CoreDeclared { get; init; }
    public string Defect { get; init; } = Checking.Defects.OverClaim;
}

public sealed record EvidenceItem(string Label, PatternSet Any);

/// <summary>The two narrative kinds of the checklists: upaya (what was done) and hasil (results).</summary>
public static class Jenis
{
    public const string Upaya = "upaya";
    public const string Hasil = "hasil";
    public static readonly IReadOnlySet<string> Known = new HashSet<string> { Upaya, Hasil };
}

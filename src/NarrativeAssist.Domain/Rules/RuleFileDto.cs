namespace NarrativeAssist.Domain.Rules;

// Shapes of rule files (Data/rules/*.yaml, Data/checklists/*.yaml, and deployment extras); see docs/format-aturan.md.
#pragma warning disable CS8618
internal sealed class RuleFileDto
{
    public ScoringPolicyDto? Scoring { get; set; }
    public List<RuleDto>? Rules { get; set; }
    public Dictionary<string, ChecklistDto>? Questions { get; set; }
}

internal sealed class ScoringPolicyDto
{
    public Dictionary<string, int>? Penalties { get; set; }
    public int? Kuat { get; set; }
    public int? PerluPerbaikan { get; set; }
}

internal sealed class ChecklistDto
{
    public string? Jenis { get; set; }
    public List<ElementDto>? Elements { get; set; }
    public List<EvidenceDto>? Evidence { get; set; }
    public List<RuleDto>? Rules { get; set; }
    public List<string>? Skip { get; set; }
}

internal sealed class ElementDto
{
    public string Id { get; set; }
    public string Label { get; set; }
    public List<string>? Any { get; set; }
    public List<string>? With { get; set; }
    public string? Saran { get; set; }
    public string? Severity { get; set; }
    public double? Weight { get; set; }
    public bool? Core { get; set; }
    public string? Defect { get; set; }
}

internal sealed class EvidenceDto
{
    public string Label { get; set; }
    public List<string>? Any { get; set; }
}

internal sealed class RuleDto
{
    public string Id { get; set; }
    public string Kind { get; set; }
    public string? Severity { get; set; }
    public string? Defect { get; set; }
    public string? Message { get; set; }
    public string? Suggestion { get; set; }
    public AppliesDto? Applies { get; set; }
    public List<string>? Tokens { get; set; }
    public List<string>? Unless { get; set; }
    public List<string>? Pattern { get; set; }
    public int? Min { get; set; }
    public int? Max { get; set; }
    public List<string>? If { get; set; }
    public List<string>? Then { get; set; }
    public string? Scope { get; set; }
    public string? Metric { get; set; }
    public List<string>? With { get; set; }
    public string? When { get; set; }
    public string? WhenAnswer { get; set; }
    public List<string>? OptionMentions { get; set; }
    public List<string>? Require { get; set; }
    public int? MaxWords { get; set; }
    public double? Tolerance { get; set; }
}

internal sealed class AppliesDto
{
    public List<string>? Jenis { get; set; }
    public List<string>? Parts { get; set; }
    public List<string>? Areas { get; set; }
    public List<string>? Questions { get; set; }
    public List<string>? AnswerTypes { get; set; }
    public List<string>? QuestionMentions { get; set; }
}
#pragma warning restore CS8618

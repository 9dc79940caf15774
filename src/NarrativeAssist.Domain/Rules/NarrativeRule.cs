using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Rules;

/// <summary>A declarative rule from a rule file. Each kind is a small class; all share id, severity,
/// message, suggestion and scope. <c>{match}</c> in a message is replaced by the matched text.</summary>
public abstract class NarrativeRule
{
    /// <summary>Per rule, so a narrative full of "dll" gives a readable list, not hundreds of findings.</summary>
    protected const int MaxFindingsPerRule = 10;

    public required string Id { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public required string Suggestion { get; init; }
    public RuleScope Scope { get; init; } = RuleScope.All;
    /// <summary>The evaluator's category of what this rule finds (<see cref="Defects"/>); required for error and warning.</summary>
    public string? Defect { get; internal set; }

    public abstract void Check(RuleContext ctx, List<Finding> findings);

    protected Finding At(PatternMatch m, RuleContext ctx) => At(m.Start, m.Length, ctx.Snippet(m));

    protected Finding At(int start, int length, string match = "") =>
        new(Id, Severity, Message.Replace("{match}", match), Suggestion.Replace("{match}", match), start, length) { Defect = Defect };

    protected Finding Whole() => At(0, 0);
}

using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Checking;

/// <summary>One thing to fix or consider: the rule, its severity, where in the narrative (character span;
/// length 0 for the narrative as a whole), an Indonesian message and a concrete suggestion.
/// <see cref="Defect"/> names the evaluator's category (<see cref="Defects"/>); <see cref="Expected"/> says, in
/// Indonesian, what the question needed at that point.</summary>
public sealed record Finding(string Rule, Severity Severity, string Message, string Suggestion, int Start, int Length)
{
    public string? Defect { get; init; }
    public string? Expected { get; init; }
}

namespace NarrativeAssist.Domain.Scoring;

/// <summary>A unit's answers by question id, and the predicates it already holds (WBBM requires WBK).
/// <see cref="HeldPredicates"/> null means "not stated".</summary>
public sealed record AnswerSheet(IReadOnlyDictionary<string, AnswerValue> Answers, IReadOnlySet<string>? HeldPredicates = null)
{
    /// <summary>The answers the narratives support (<see cref="SupportedAnswers"/>); when set, the report adds the
    /// supported score beside the claimed one.</summary>
    public IReadOnlyDictionary<string, AnswerValue>? Supported { get; init; }
}

namespace NarrativeAssist.Domain.Scoring;

/// <summary>A unit's answers by question id, and the predicates it already holds (WBBM requires WBK).
/// <see cref="HeldPredicates"/> null means "not stated".</summary>
public sealed record AnswerSheet(IReadOnlyDictionary<string, AnswerValue> Answers, IReadOnlySet<string>? HeldPredicates = null);

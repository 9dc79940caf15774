namespace NarrativeAssist.Domain.Judgement;

/// <summary>The option the narrative supports, the span that shows it and why, in Indonesian.</summary>
public sealed record InferredAnswer(string Code, int Start, int Length, string Reason);

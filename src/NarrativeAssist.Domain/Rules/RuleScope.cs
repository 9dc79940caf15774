using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Rules;

/// <summary>Which questions a rule applies to (the <c>applies</c> key); an empty list means any.</summary>
public sealed record RuleScope(
    IReadOnlySet<string> Jenis,
    IReadOnlySet<string> Parts,
    IReadOnlySet<string> Areas,
    IReadOnlySet<string> Questions,
    IReadOnlySet<string> AnswerTypes)
{
    public static readonly RuleScope All = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public bool Applies(Question q, Checklist c) =>
        (Jenis.Count == 0 || Jenis.Contains(c.Jenis))
        && (Parts.Count == 0 || Parts.Contains(q.Part.Id))
        && (Areas.Count == 0 || Areas.Contains(q.Area.Code))
        && (Questions.Count == 0 || Questions.Contains(q.Id))
        && (AnswerTypes.Count == 0 || AnswerTypes.Contains(q.AnswerType.Id));
}

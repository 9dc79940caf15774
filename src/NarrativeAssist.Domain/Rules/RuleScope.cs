using System.Collections.Concurrent;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Rules;

/// <summary>Which questions a rule applies to (the <c>applies</c> key); an empty list means any.
/// <see cref="QuestionMentions"/> keeps a rule to questions whose text or option criteria mention one of its patterns:
/// "compare with the previous period" only where the question asks about change.</summary>
public sealed record RuleScope(
    IReadOnlySet<string> Jenis,
    IReadOnlySet<string> Parts,
    IReadOnlySet<string> Areas,
    IReadOnlySet<string> Questions,
    IReadOnlySet<string> AnswerTypes)
{
    public static readonly RuleScope All = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public PatternSet QuestionMentions { get; init; } = PatternSet.Empty;

    private readonly ConcurrentDictionary<string, bool> _mentions = new(StringComparer.Ordinal);

    public bool Applies(Question q, Checklist c) =>
        (Jenis.Count == 0 || Jenis.Contains(c.Jenis))
        && (Parts.Count == 0 || Parts.Contains(q.Part.Id))
        && (Areas.Count == 0 || Areas.Contains(q.Area.Code))
        && (Questions.Count == 0 || Questions.Contains(q.Id))
        && (AnswerTypes.Count == 0 || AnswerTypes.Contains(q.AnswerType.Id))
        && (QuestionMentions.IsEmpty || _mentions.GetOrAdd(q.Id, _ => Mentions(q)));

    private bool Mentions(Question q)
    {
        var text = string.Join("\n", new[] { q.Text, q.Penjelasan ?? "" }.Concat(q.Options.Select(o => o.Penjelasan)));
        return QuestionMentions.Find(AnalyzedText.Analyze(text)).Count > 0;
    }
}

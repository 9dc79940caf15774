using System.Collections.Concurrent;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Rules;

/// <summary>evidence_relevance: the evidence named in the narrative's evidence statements must be about this question.
/// A piece is relevant when one of its content words (document-type words removed) occurs in the question's own
/// vocabulary — its text and option criteria, its typical evidence (bukti_dukung), its checklist patterns — or in the
/// narrative body it supports. When every piece that names something is about something else ("foto senam pagi",
/// "donor darah" for gratification reporting), the evidence does not prove this question.</summary>
public sealed class EvidenceRelevanceRule : NarrativeRule
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _vocabulary = new(StringComparer.Ordinal);

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        if (ctx.AnswerIsLowest) return;
        var evidence = ctx.Evidence;
        var named = evidence.Pieces.Where(p => p.Content.Count > 0 && !p.Generic).ToList();
        if (named.Count == 0) return;
        var vocabulary = _vocabulary.GetOrAdd(ctx.Question.Id, _ => Vocabulary(ctx));
        var body = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in ctx.Text.Tokens)
            if (!evidence.InStatement(t.Start)) AddStems(body, t.Stems);
        bool Known(Token t) => vocabulary.Contains(t.Stems.Primary) || body.Contains(t.Stems.Primary)
            || t.Stems.Alternative is { } a && (vocabulary.Contains(a) || body.Contains(a));
        if (named.Any(p => p.Content.Any(Known))) return;
        var first = named[0];
        var list = string.Join("; ", named.Take(3).Select(p => ctx.Text.Text.Substring(p.Start, p.Length)));
        findings.Add(new Finding(Id, Severity, Message.Replace("{match}", list), Suggestion.Replace("{match}", list), first.Start, named[^1].Start + named[^1].Length - first.Start)
        {
            Defect = Defect,
            Expected = ctx.Question.BuktiDukung.Count > 0 ? string.Join("; ", ctx.Question.BuktiDukung) : string.Join("; ", ctx.Checklist.Evidence.Select(e => e.Label)),
        });
    }

    private static HashSet<string> Vocabulary(RuleContext ctx)
    {
        var q = ctx.Question;
        var texts = new List<string> { q.Text, q.Penjelasan ?? "" };
        texts.AddRange(q.Options.Select(o => o.Penjelasan));
        texts.AddRange(q.BuktiDukung);
        texts.AddRange(ctx.Checklist.Evidence.Select(e => e.Label));
        foreach (var e in ctx.Checklist.Elements)
        {
            texts.Add(e.Label);
            texts.AddRange(e.Any.Patterns.Concat(e.With.Patterns).Select(p => p.Source));
        }
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in AnalyzedText.Analyze(string.Join("\n", texts)).Tokens) AddStems(set, t.Stems);
        return set;
    }

    private static void AddStems(HashSet<string> set, Stems s)
    {
        set.Add(s.Primary);
        if (s.Alternative is { } a) set.Add(a);
    }
}

using System.Runtime.CompilerServices;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Rules;

/// <summary>relevance: the narrative answers this question. Each narrative is scored against every question's vocabulary
/// (question text, option criteria, checklist patterns; words weighted by how few questions use them); when another
/// question fits clearly better and this question's core is not shown, the finding names it. A narrative that only
/// restates the question or its top criterion (most of its words taken from them, no fact) answers nothing.</summary>
public sealed class RelevanceRule : NarrativeRule
{
    /// <summary>Another question must score this many times higher before the narrative is said to belong there.</summary>
    private const double ClearlyBetter = 2.0;
    /// <summary>Share of the narrative's words found in the question text and criteria that makes it a restatement.</summary>
    internal const double CopyShare = 0.75;

    private static readonly ConditionalWeakTable<RuleBook, RelevanceIndex> Indexes = new();

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        if (ctx.Book is null || ctx.AnswerIsLowest) return;
        var index = Indexes.GetValue(ctx.Book, b => new RelevanceIndex(b));
        if (index.RestatesQuestion(ctx))
        {
            findings.Add(new Finding(Id, Severity, "Narasi hanya mengulang teks pertanyaan atau kriteria jawabannya, tanpa fakta.",
                "Ganti kalimat yang menyalin pertanyaan dengan apa yang telah dilakukan unit: kegiatan, tanggal, dasar SK, jumlah dan bukti dukungnya.", 0, 0)
            {
                Defect = Defect,
                Expected = "uraian fakta yang menjawab: " + ctx.Question.Text,
            });
            return;
        }
        if (!ctx.CoreIncomplete) return;
        var (best, bestScore, own) = index.Best(ctx);
        if (best is null || best.Id == ctx.Question.Id || bestScore < ClearlyBetter * Math.Max(own, 1e-9) || bestScore <= 0) return;
        var name = $"{best.Id} ({best.Text})";
        findings.Add(new Finding(Id, Severity, Message.Replace("{match}", name), Suggestion.Replace("{match}", best.Id), 0, 0)
        {
            Defect = Defect,
            Expected = ctx.Question.Text,
        });
    }
}

/// <summary>Each question's vocabulary as weighted stems, built once per rule book.</summary>
internal sealed class RelevanceIndex
{
    private readonly Dictionary<string, List<(Question Q, double W)>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _norm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _questionWords = new(StringComparer.Ordinal);

    public RelevanceIndex(RuleBook book)
    {
        var perQuestion = new Dictionary<Question, HashSet<string>>();
        foreach (var q in book.Catalog.Questions)
        {
            var c = book.ChecklistFor(q.Id);
            var texts = new List<string> { q.Text };
            foreach (var e in c.Elements) texts.AddRange(e.Any.Patterns.Select(p => p.Source));
            perQuestion[q] = Stems(string.Join("\n", texts));
            var own = new List<string> { q.Text, q.Penjelasan ?? "" };
            if (q.Options.Count > 0) own.Add(q.Options[0].Penjelasan);
            _questionWords[q.Id] = Stems(string.Join("\n", own));
        }
        var df = perQuestion.Values.SelectMany(s => s).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var n = perQuestion.Count;
        foreach (var (q, stems) in perQuestion)
        {
            double norm = 0;
            foreach (var s in stems)
            {
                var w = Math.Log((double)n / df[s]);
                if (w <= 0) continue;
                if (!_byStem.TryGetValue(s, out var list)) _byStem[s] = list = [];
                list.Add((q, w));
                norm += w * w;
            }
            _norm[q.Id] = Math.Sqrt(norm);
        }
    }

    private static HashSet<string> Stems(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in AnalyzedText.Analyze(text).Tokens)
            if (t.Lower.Length >= 3 && !t.Lower.All(char.IsDigit)) set.Add(t.Stems.Primary);
        return set;
    }

    /// <summary>The best-fitting question, its score, and the score of the question asked.</summary>
    public (Question? Best, double Score, double Own) Best(RuleContext ctx)
    {
        var scores = new Dictionary<string, (Question Q, double S)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in ctx.Text.Tokens)
        {
            if (ctx.Evidence.InStatement(t.Start) || !seen.Add(t.Stems.Primary)) continue;
            if (!_byStem.TryGetValue(t.Stems.Primary, out var list)) continue;
            foreach (var (q, w) in list)
                scores[q.Id] = (q, (scores.TryGetValue(q.Id, out var s) ? s.S : 0) + w);
        }
        Question? best = null;
        double bestScore = 0, own = 0;
        foreach (var (id, (q, s)) in scores)
        {
            var normalised = s / Math.Max(1e-9, _norm[id]);
            if (id == ctx.Question.Id) own = normalised;
            if (normalised > bestScore) (best, bestScore) = (q, normalised);
        }
        return (best, bestScore, own);
    }

    /// <summary>Most of the narrative's words come from the question text and its top criterion, and it holds no fact.</summary>
    public bool RestatesQuestion(RuleContext ctx)
    {
        if (ctx.Text.Entities.Any(e => e.Kind is EntityKind.Angka or EntityKind.Persen or EntityKind.Tanggal or EntityKind.Nomor or EntityKind.Tautan))
            return false;
        var words = _questionWords[ctx.Question.Id];
        var content = ctx.Text.Tokens.Where(t => t.Lower.Length >= 3 && !ctx.Evidence.InStatement(t.Start)).ToList();
        if (content.Count < 5) return false;
        return content.Count(t => words.Contains(t.Stems.Primary)) >= RelevanceRule.CopyShare * content.Count;
    }
}

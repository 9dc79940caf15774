using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Judgement;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Checking;

/// <summary>Checks one question's narrative against its checklist and the generic rules.
/// Stateless and thread-safe; the rule book is compiled once.</summary>
public sealed class NarrativeChecker(RuleBook book)
{
    /// <summary>Longer narratives are checked on their first part only: no narrative is legitimately this long,
    /// and a hostile 10 MB paragraph must not take the server's time.</summary>
    public const int MaxCheckedChars = 100_000;

    public RuleBook Book { get; } = book;

    /// <summary>Judges the claimed answer against the options' criteria (null: the catalog has no option data).</summary>
    public AnswerJudge? Judge { get; init; } = Judges.For(book.Catalog);

    public QuestionResult Check(string questionId, string? text, string? answer = null, UnitProfile? profile = null)
    {
        var question = Book.Catalog.FindQuestion(questionId) ?? throw new UnknownQuestionException(questionId);
        var canonicalAnswer = string.IsNullOrWhiteSpace(answer) ? null : AnswerParser.Parse(question, answer).ToString();
        var checklist = Book.ChecklistFor(question.Id);
        if (string.IsNullOrWhiteSpace(text))
        {
            var missing = checklist.Elements.Select(e => new ElementRef(e.Id, e.Label)).ToList();
            var empty = new Finding("kosong", Severity.Error, "Narasi untuk pertanyaan ini belum diisi.",
                "Tulis apa yang telah dilakukan, oleh siapa, kapan, dasar SK-nya, hasilnya dan bukti dukungnya.", 0, 0);
            return new QuestionResult(question.Id, NarrativeStatus.Kosong, 0, canonicalAnswer, [empty], [], missing, [], 0);
        }

        var findings = new List<Finding>();
        if (text.Length > MaxCheckedChars)
        {
            findings.Add(new Finding("terlalu_besar", Severity.Error,
                $"Narasi sangat panjang ({text.Length:N0} karakter); hanya {MaxCheckedChars:N0} karakter pertama yang diperiksa.",
                "Ringkas narasi dan pindahkan rincian ke dokumen bukti dukung.", MaxCheckedChars, text.Length - MaxCheckedChars));
            text = text[..MaxCheckedChars];
        }
        var ctx = new RuleContext(question, checklist, AnalyzedText.Analyze(text), canonicalAnswer, profile) { Book = Book };

        if (canonicalAnswer is not null && Judge?.Book.For(question.Id) is { } criteria)
            ctx.AskedOnlyAboveClaim = DistinguishingRequirements.AskedOnlyAbove(criteria, criteria.IndexOf(canonicalAnswer));
        var covered = new List<ElementRef>();
        var missingElements = new List<ElementRef>();
        var outcomes = new Dictionary<string, ElementOutcome>(StringComparer.Ordinal);
        double coveredWeight = 0, totalWeight = 0;
        foreach (var e in checklist.Elements)
        {
            totalWeight += e.Weight;
            var outcome = ElementReading.Evaluate(e, ctx);
            outcomes[e.Id] = outcome;
            if (outcome.State == ElementState.Covered)
            {
                covered.Add(new ElementRef(e.Id, e.Label));
                coveredWeight += e.Weight;
                continue;
            }
            if (e.Core) ctx.CoreIncomplete = true;
            missingElements.Add(new ElementRef(e.Id, e.Label));
            findings.Add(ElementFindings.For(outcome, ctx));
        }

        ctx.Elements = outcomes;
        var ruleFindings = new List<Finding>();
        foreach (var rule in Book.RulesFor(question)) rule.Check(ctx, ruleFindings);
        ConsistencyChecks.Run(ctx, ruleFindings);
        var judged = Judge?.Judge(ctx, covered.Count, checklist.Elements.Count);
        if (judged is not null) ruleFindings.AddRange(judged.Findings);
        CountedShortfallClaim.Check(ctx, Judge, ruleFindings);
        findings.AddRange(ruleFindings);
        LeftoverNotes.DropReadingsInside(findings);
        LeftoverNotes.DropReadingsInside(ruleFindings);
        var countBefore = findings.Count;
        UnprovenClaim.Check(ctx, findings, judged, out var inferred);
        ruleFindings.AddRange(findings.Skip(countBefore));

        var policy = Book.Scoring;
        var coverage = totalWeight == 0 ? 1 : coveredWeight / totalWeight;
        var score = (int)Math.Round(Math.Clamp(100 * coverage - ruleFindings.Sum(f => policy.Penalty(f.Severity)), 0, 100));
        var hasError = findings.Any(f => f.Severity == Severity.Error);
        // kuat ⇔ nothing an evaluator would mark: no error, no warning. Suggestions never block it.
        var status = !hasError && !findings.Any(f => f.Severity == Severity.Warning) ? NarrativeStatus.Kuat
            : score >= policy.PerluPerbaikan ? NarrativeStatus.PerluPerbaikan
            : NarrativeStatus.Lemah;
        var evidence = checklist.Evidence.Where(ev => ctx.Has(ev.Any)).Select(ev => ev.Label).ToList();
        if (status == NarrativeStatus.Kuat && score < policy.PerluPerbaikan) score = policy.PerluPerbaikan; // supporting gaps only
        findings.Sort((a, b) => a.Severity != b.Severity ? a.Severity.CompareTo(b.Severity) : a.Start.CompareTo(b.Start));
        return new QuestionResult(question.Id, status, score, canonicalAnswer, findings, covered, missingElements, evidence, ctx.Text.WordCount)
            { InferredAnswer = inferred };
    }
}

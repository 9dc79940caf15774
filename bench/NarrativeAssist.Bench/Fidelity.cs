using System.Globalization;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Bench;

/// <summary>`bench -- fidelity`: how closely the checker reads like an evaluator (issue #14 item 8). Each labelled
/// narrative of tests/corpora/checker/{dev,heldout} is checked with its claimed answer; the checker "accepts" it
/// when the status is kuat. Printed per half as Markdown: accept/reject agreement, per-defect precision and recall
/// (item level), overall defect recall, precision of warnings and errors (finding level), and the disagreements.</summary>
internal static class Fidelity
{
    public static int Run(IReadOnlyList<string> args)
    {
        var showAll = args.Contains("--all"); // also list items that agree on accept/reject but differ on defects
        var showRules = args.Contains("--rules"); // also list the rules that fired, with their defect and a message
        var checker = new NarrativeChecker(BuiltInData.Rules);
        // `--half dev` measures one half only: checker builders tune on dev and should not read the held-out
        // half's disagreements (they show its labels).
        var halfAt = args.ToList().IndexOf("--half");
        var halves = halfAt >= 0 && halfAt + 1 < args.Count ? [args[halfAt + 1]] : CheckerCorpus.Halves;
        foreach (var half in halves)
        {
            var items = CheckerCorpus.Items(half);
            Console.WriteLine($"## {half} ({items.Count} narasi)");
            Console.WriteLine();
            if (items.Count == 0)
            {
                Console.WriteLine("(kosong)");
                Console.WriteLine();
                continue;
            }
            var outcomes = items.Select(i => Measure(checker, i)).ToList();
            // The held-out half's disagreements name its items and labels: a tuner who reads them is no longer blind to
            // it. They are listed only on request (`--list-heldout`), for a reviewer, never while tuning.
            Print(outcomes, showAll, showRules, half != "heldout" || args.Contains("--list-heldout"));
            // `--detail` (one half only, for a tuner reading dev): every finding, suggestions included, of each
            // disagreement, beside the label's note and the text.
            if (args.Contains("--detail") && halfAt >= 0) Detail(checker, outcomes);
        }
        return 0;
    }

    /// <summary>One narrative: the label, the checker's verdict, and the defects its warnings and errors name.</summary>
    private sealed record Outcome(CorpusItem Item, NarrativeStatus Status, IReadOnlyList<Finding> Raised,
        IReadOnlySet<string> Got)
    {
        public bool CheckerAccepts => Status == NarrativeStatus.Kuat;
        public bool Agrees => CheckerAccepts == Item.Label.Acceptable;
        public IReadOnlySet<string> Expected { get; } = Item.Label.Defects.ToHashSet(StringComparer.Ordinal);
    }

    private static Outcome Measure(NarrativeChecker checker, CorpusItem item)
    {
        QuestionResult result;
        try { result = checker.Check(item.Question, item.Text, item.Answer); }
        catch (NarrativeAssist.Domain.Scoring.InvalidAnswerException e)
        {
            // The checker refuses an answer off the question's scale outright (the API answers 400): that is the
            // evaluator's invalid_answer, raised as an error.
            var refused = new Finding("jawaban_tidak_sah", Severity.Error, e.Message, "", 0, 0) { Defect = Defects.InvalidAnswer };
            return new Outcome(item, NarrativeStatus.Lemah, [refused], new HashSet<string>(StringComparer.Ordinal) { Defects.InvalidAnswer });
        }
        var raised = result.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).ToList();
        var got = raised.Select(f => FindingDefects.Of(f) ?? Unmapped(f)).ToHashSet(StringComparer.Ordinal);
        return new Outcome(item, result.Status, raised, got);
    }

    /// <summary>A finding with no defect name is shown by its rule id so the disagreement list says what fired.</summary>
    private static string Unmapped(Finding f) => "?" + f.Rule;

    private static void Print(IReadOnlyList<Outcome> outcomes, bool showAll, bool showRules, bool listDisagreements)
    {
        var n = outcomes.Count;
        var agree = outcomes.Count(o => o.Agrees);
        var expectedTotal = outcomes.Sum(o => o.Expected.Count);
        var foundTotal = outcomes.Sum(o => o.Expected.Count(o.Got.Contains));
        var raisedTotal = outcomes.Sum(o => o.Raised.Count);
        var raisedRight = outcomes.Sum(o => o.Raised.Count(f => FindingDefects.Of(f) is { } d && o.Expected.Contains(d)));

        Console.WriteLine("| Ukuran | Nilai |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| Kesepakatan terima/tolak | {Pct(agree, n)} ({agree}/{n}) |");
        Console.WriteLine($"| Recall defect keseluruhan | {Pct(foundTotal, expectedTotal)} ({foundTotal}/{expectedTotal}) |");
        Console.WriteLine($"| Presisi warning+error | {Pct(raisedRight, raisedTotal)} ({raisedRight}/{raisedTotal}) |");
        Console.WriteLine($"| Diterima evaluator / checker | {outcomes.Count(o => o.Item.Label.Acceptable)} / {outcomes.Count(o => o.CheckerAccepts)} |");
        Console.WriteLine();

        Console.WriteLine("| Defect | Label | Ditemukan (TP) | Salah tandai (FP) | Presisi | Recall |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var d in CheckerCorpus.DefectNames)
        {
            var tp = outcomes.Count(o => o.Expected.Contains(d) && o.Got.Contains(d));
            var fp = outcomes.Count(o => !o.Expected.Contains(d) && o.Got.Contains(d));
            var fn = outcomes.Count(o => o.Expected.Contains(d) && !o.Got.Contains(d));
            Console.WriteLine($"| {d} | {tp + fn} | {tp} | {fp} | {Pct(tp, tp + fp)} | {Pct(tp, tp + fn)} |");
        }
        var unmapped = outcomes.SelectMany(o => o.Got).Where(g => g.StartsWith('?')).GroupBy(g => g)
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key[1..]} ×{g.Count()}").ToList();
        if (unmapped.Count > 0) Console.WriteLine($"\nTemuan tanpa nama defect (dihitung salah untuk presisi): {string.Join(", ", unmapped)}");
        Console.WriteLine();

        if (showRules)
        {
            // Which rules fired (warnings and errors), how often, under which defect, with one message each:
            // what the mapping in FindingDefects is judged on.
            Console.WriteLine("| aturan | jumlah | defect | contoh pesan |");
            Console.WriteLine("|---|---:|---|---|");
            foreach (var g in outcomes.SelectMany(o => o.Raised).GroupBy(f => f.Rule).OrderByDescending(g => g.Count()))
                Console.WriteLine($"| {g.Key} | {g.Count()} | {FindingDefects.Of(g.First()) ?? "–"} | {g.First().Message.Replace('|', '/')} |");
            Console.WriteLine();
        }

        if (!listDisagreements)
        {
            Console.WriteLine("(Ketidaksesuaian setengah held-out tidak dicetak; `--list-heldout` untuk peninjau.)");
            Console.WriteLine();
            return;
        }
        var listed = outcomes.Where(o => !o.Agrees || (showAll && !o.Expected.SetEquals(o.Got))).ToList();
        Console.WriteLine(showAll ? "Ketidaksesuaian (terima/tolak atau defect):" : "Ketidaksesuaian terima/tolak:");
        Console.WriteLine();
        Console.WriteLine("| id | pertanyaan/jawaban | diharapkan | checker |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var o in listed)
            Console.WriteLine($"| {o.Item.Id} | {o.Item.Question} {o.Item.Answer} | {Verdict(o.Item.Label.Acceptable, o.Expected)} | {o.Status.Name()} {Set(o.Got)} |");
        Console.WriteLine();
    }

    private static void Detail(NarrativeChecker checker, IReadOnlyList<Outcome> outcomes)
    {
        foreach (var o in outcomes.Where(o => !o.Agrees || !o.Expected.SetEquals(o.Got)))
        {
            Console.WriteLine($"### {o.Item.Id} {o.Item.Question} {o.Item.Answer} → {Verdict(o.Item.Label.Acceptable, o.Expected)} (didukung {o.Item.Label.SupportedAnswer}); checker {o.Status.Name()} {Set(o.Got)}");
            Console.WriteLine($"catatan: {o.Item.Label.Note}");
            Console.WriteLine(o.Item.Text.Trim());
            try
            {
                var r = checker.Check(o.Item.Question, o.Item.Text, o.Item.Answer);
                Console.WriteLine($"inferred: {r.InferredAnswer?.Code ?? "-"}");
                foreach (var f in r.Findings) Console.WriteLine($"  - {f.Severity} {f.Rule} [{f.Defect}] {f.Message}");
            }
            catch (Exception e) { Console.WriteLine($"  ! {e.GetType().Name}"); }
            Console.WriteLine();
        }
    }

    private static string Verdict(bool acceptable, IReadOnlySet<string> defects) =>
        (acceptable ? "terima" : "tolak") + " " + Set(defects);

    private static string Set(IReadOnlySet<string> s) => "[" + string.Join(", ", s.Order(StringComparer.Ordinal)) + "]";

    private static string Pct(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}

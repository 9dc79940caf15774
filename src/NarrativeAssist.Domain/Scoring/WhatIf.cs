using System.Globalization;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>Finds a small set of answer improvements that reaches the target predicate. Greedy: repeatedly take
/// the question whose move to its best answer most reduces the unmet thresholds' relative shortfall (ties: most
/// points); then drop moves that turn out unnecessary and lower each move to the least answer that still
/// suffices. Exact minimum sets are combinatorial; this is explainable and fast (a few ms).</summary>
internal static class WhatIf
{
    private const int MaxSteps = 150;

    public static IReadOnlyList<Improvement> Plan(ScoreCalculator calc, Dictionary<string, double> current, PredicateRule target,
        AreaBasis basis, IReadOnlySet<string>? held, IReadOnlyDictionary<string, AnswerValue> answers, out bool reaches)
    {
        var values = new Dictionary<string, double>(current, StringComparer.Ordinal);
        var chosen = new List<string>();
        double Deficit(Dictionary<string, double> v) =>
            calc.Evaluate(target, calc.NodeScores(v), basis, held).Unmet.Sum(c => c.Required == 0 ? 0 : c.Gap / c.Required);
        bool Reached(Dictionary<string, double> v) => calc.Evaluate(target, calc.NodeScores(v), basis, held).Eligible;

        var deficit = Deficit(values);
        for (var step = 0; step < MaxSteps && deficit > 1e-9; step++)
        {
            string? best = null; double bestDeficit = deficit, bestGain = 0;
            var baseTotal = calc.NodeScores(values)["total"];
            foreach (var q in calc.Catalog.Questions)
            {
                var top = Candidates(q).Last().Value;
                if (Current(values, q) >= top - 1e-9) continue;
                var old = values.GetValueOrDefault(q.Id, 0);
                values[q.Id] = top;
                var d = Deficit(values);
                var gain = calc.NodeScores(values)["total"] - baseTotal;
                values[q.Id] = old;
                if (!current.ContainsKey(q.Id) && old == 0) values.Remove(q.Id);
                if (d < bestDeficit - 1e-9 || (Math.Abs(d - bestDeficit) < 1e-9 && best is not null && gain > bestGain))
                {
                    best = q.Id; bestDeficit = d; bestGain = gain;
                }
            }
            if (best is null) break; // nothing helps: an unmet prerequisite, or already at every maximum
            values[best] = Candidates(calc.Catalog.FindQuestion(best)!).Last().Value;
            chosen.Add(best);
            deficit = bestDeficit;
        }
        reaches = Reached(values);

        if (reaches)
        {
            // Drop moves that are not needed, latest first, then lower each to the least sufficient answer.
            for (var i = chosen.Count - 1; i >= 0; i--)
            {
                var id = chosen[i]; var kept = values[id];
                Restore(values, current, id);
                if (Reached(values)) chosen.RemoveAt(i); else values[id] = kept;
            }
            foreach (var id in chosen)
            {
                var q = calc.Catalog.FindQuestion(id)!;
                foreach (var c in Candidates(q).Where(c => c.Value > Current(current, q) + 1e-9))
                {
                    var kept = values[id];
                    values[id] = c.Value;
                    if (Reached(values)) break;
                    values[id] = kept;
                }
            }
        }

        var baseScores = calc.NodeScores(current);
        return chosen.Select(id =>
            {
                var q = calc.Catalog.FindQuestion(id)!;
                var trial = new Dictionary<string, double>(current, StringComparer.Ordinal) { [id] = values[id] };
                var gain = calc.NodeScores(trial)["total"] - baseScores["total"];
                var to = Candidates(q).First(c => Math.Abs(c.Value - values[id]) < 1e-9).Label;
                return new Improvement(id, answers.TryGetValue(id, out var a) ? a.ToString() : null, to, ScoreCalculator.Round(gain));
            })
            .OrderByDescending(i => i.Gain).ThenBy(i => i.QuestionId, StringComparer.Ordinal)
            .ToList();
    }

    private static double Current(Dictionary<string, double> values, Question q) =>
        values.TryGetValue(q.Id, out var v) && !double.IsNaN(v) ? v : 0;

    private static void Restore(Dictionary<string, double> values, Dictionary<string, double> current, string id)
    {
        if (current.TryGetValue(id, out var v)) values[id] = v; else values.Remove(id);
    }

    /// <summary>Answers a question can be raised to, worst to best, as (value, label).</summary>
    private static IEnumerable<(double Value, string Label)> Candidates(Question q)
    {
        if (q.AnswerType.Numeric is { Unit: "indeks" })
            return new[] { 3.2, 3.6, 4.0 }.Select(i => (i / 4, i.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')));
        if (q.AnswerType.Numeric is not null)
            return new[] { 50.0, 75.0, 100.0 }.Select(p => (p / 100, p.ToString("0", CultureInfo.InvariantCulture)));
        return q.Options.Reverse().Select(o => (o.Value, o.Code));
    }
}

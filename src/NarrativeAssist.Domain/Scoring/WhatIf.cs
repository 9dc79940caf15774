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

    public static IReadOnlyList<Improvement> Plan(ScoreCalculator calc, double[] current, PredicateRule target,
        AreaBasis basis, IReadOnlySet<string>? held, IReadOnlyDictionary<string, AnswerValue> answers, out bool reaches)
    {
        var model = calc.Model;
        var questions = calc.Catalog.Questions; // question i is value i
        var checks = model.Checks(target, basis);
        var prerequisiteHeld = target.RequiresPredicate is not { } req || held?.Contains(req) == true;
        var scores = new double[model.NodeCount];
        var values = (double[])current.Clone();
        var tops = questions.Select(q => Candidates(q).Last().Value).ToArray();

        double Deficit() { model.Compute(values, scores); return ScoreModel.Deficit(checks, scores); }
        bool Reached() => prerequisiteHeld && Deficit() <= 1e-9;

        var chosen = new List<int>();
        var deficit = Deficit();
        for (var step = 0; step < MaxSteps && deficit > 1e-9; step++)
        {
            var best = -1; double bestDeficit = deficit, bestGain = 0;
            model.Compute(values, scores);
            var baseTotal = scores[model.TotalNode];
            for (var i = 0; i < values.Length; i++)
            {
                if (Current(values, i) >= tops[i] - 1e-9) continue;
                var old = values[i];
                values[i] = tops[i];
                var d = Deficit();
                var gain = scores[model.TotalNode] - baseTotal;
                values[i] = old;
                if (d < bestDeficit - 1e-9 || (Math.Abs(d - bestDeficit) < 1e-9 && best >= 0 && gain > bestGain))
                {
                    best = i; bestDeficit = d; bestGain = gain;
                }
            }
            if (best < 0) break; // nothing helps: already at every maximum that matters
            values[best] = tops[best];
            chosen.Add(best);
            deficit = bestDeficit;
        }
        reaches = Reached();

        if (reaches)
        {
            // Drop moves that are not needed, latest first, then lower each to the least sufficient answer.
            for (var k = chosen.Count - 1; k >= 0; k--)
            {
                var i = chosen[k]; var kept = values[i];
                values[i] = current[i];
                if (Reached()) chosen.RemoveAt(k); else values[i] = kept;
            }
            foreach (var i in chosen)
                foreach (var c in Candidates(questions[i]).Where(c => c.Value > Current(current, i) + 1e-9))
                {
                    var kept = values[i];
                    values[i] = c.Value;
                    if (Reached()) break;
                    values[i] = kept;
                }
        }

        var baseScores = calc.NodeScores(current);
        var trial = (double[])current.Clone();
        return chosen.Select(i =>
            {
                var q = questions[i];
                trial[i] = values[i];
                var gain = calc.NodeScores(trial)[model.TotalNode] - baseScores[model.TotalNode];
                trial[i] = current[i];
                var to = Candidates(q).First(c => Math.Abs(c.Value - values[i]) < 1e-9).Label;
                return new Improvement(q.Id, answers.TryGetValue(q.Id, out var a) ? a.ToString() : null, to, ScoreCalculator.Round(gain));
            })
            .ToList()
            .OrderByDescending(i => i.Gain).ThenBy(i => i.QuestionId, StringComparer.Ordinal)
            .ToList();
    }

    private static double Current(double[] values, int i) => double.IsNaN(values[i]) ? 0 : values[i];

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

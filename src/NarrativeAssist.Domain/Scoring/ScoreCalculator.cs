using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>The LKE arithmetic of PermenPAN-RB 90/2021: question value 0..1; sub-area = weight × mean of its
/// questions (unanswered = 0, undefined formula = left out of the mean); area = Σ sub-areas (+ weight × value
/// of Hasil items); part = Σ areas; total = Σ parts. Then the predicate thresholds and a what-if.</summary>
public sealed class ScoreCalculator(LkeCatalog catalog)
{
    public LkeCatalog Catalog { get; } = catalog;

    public ScoreReport Score(AnswerSheet sheet, string target = "wbk", AreaBasis? areaBasis = null)
    {
        var predicate = Catalog.Eligibility.Find(target) ?? throw new ArgumentException(
            $"Predikat target \"{target}\" tidak dikenal; pilih {string.Join(" atau ", Catalog.Eligibility.Predicates.Select(p => p.Id))}.", nameof(target));
        var basis = areaBasis ?? Catalog.Eligibility.DefaultAreaBasis;
        foreach (var id in sheet.Answers.Keys)
            if (Catalog.FindQuestion(id) is null) throw new Checking.UnknownQuestionException(id);

        var values = Values(sheet.Answers, out var undefined);
        var scores = NodeScores(values);
        var predicates = Catalog.Eligibility.Predicates.Select(p => Evaluate(p, scores, basis, sheet.HeldPredicates)).ToList();
        var whatIf = WhatIf.Plan(this, values, predicate, basis, sheet.HeldPredicates, sheet.Answers, out var reaches);

        var notes = new List<string>();
        foreach (var id in undefined)
            notes.Add($"{id}: nilai tidak terdefinisi (pembagian dengan nol), tidak dihitung dalam rata-rata sub-area.");
        var unanswered = Catalog.Questions.Where(q => !sheet.Answers.ContainsKey(q.Id)).Select(q => q.Id).ToList();
        if (unanswered.Count > 0) notes.Add($"{unanswered.Count} pertanyaan belum dijawab dan dihitung 0.");
        var unverified = predicate.Thresholds.Where(t => !t.Verified).Select(t => t.Id).ToList();
        if (unverified.Count > 0) notes.Add("Ambang batas dibaca dari salinan sekunder, belum dari teks peraturan: " + string.Join(", ", unverified) + ".");

        var parts = Catalog.Parts.Select(p => Node(scores, p.Id, p.Name, p.Weight)).ToList();
        return new ScoreReport(
            Total: parts.Sum(p => p.Score),
            Components: parts,
            Pengungkit: new NodeScore("pengungkit", "Pengungkit",
                Catalog.Parts.Where(p => p.Component == "pengungkit").Sum(p => scores[p.Id]),
                Catalog.Parts.Where(p => p.Component == "pengungkit").Sum(p => p.Weight)),
            Areas: Catalog.Parts.SelectMany(p => p.Areas).Select(a => Node(scores, a.Id, a.Name, a.Weight)).ToList(),
            Levers: Levers(scores).ToList(),
            SubAreas: Catalog.Parts.SelectMany(p => p.Areas).SelectMany(a => a.SubAreas).Select(s => Node(scores, s.Id, s.Name, s.Weight)).ToList(),
            Predicates: predicates,
            Target: predicate.Id,
            AreaBasis: basis,
            WhatIf: whatIf,
            WhatIfReachesTarget: reaches,
            Unanswered: unanswered,
            Notes: notes);
    }

    /// <summary>Question values 0..1; NaN marks an undefined value (left out of its sub-area's mean).</summary>
    internal Dictionary<string, double> Values(IReadOnlyDictionary<string, AnswerValue> answers, out List<string> undefined)
    {
        undefined = [];
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, answer) in answers)
        {
            var v = answer.ValueFor(Catalog.FindQuestion(id)!);
            if (double.IsNaN(v)) undefined.Add(id);
            values[id] = v;
        }
        return values;
    }

    /// <summary>Scores of every node (question points, sub-area, area, part, "total") from question values.</summary>
    internal Dictionary<string, double> NodeScores(IReadOnlyDictionary<string, double> values)
    {
        var s = new Dictionary<string, double>(StringComparer.Ordinal);
        double total = 0;
        foreach (var part in Catalog.Parts)
        {
            double partScore = 0;
            foreach (var area in part.Areas)
            {
                double areaScore = 0;
                foreach (var sub in area.SubAreas)
                {
                    double sum = 0; var n = 0;
                    foreach (var q in sub.Questions)
                    {
                        var v = values.GetValueOrDefault(q.Id, 0);
                        if (double.IsNaN(v)) continue;
                        sum += v; n++;
                    }
                    var subScore = n == 0 ? 0 : sub.Weight * sum / n;
                    foreach (var q in sub.Questions)
                        s[q.Id] = n == 0 || double.IsNaN(values.GetValueOrDefault(q.Id, 0)) ? 0 : sub.Weight * values.GetValueOrDefault(q.Id, 0) / n;
                    s[sub.Id] = subScore;
                    areaScore += subScore;
                }
                foreach (var q in area.DirectQuestions)
                {
                    var v = values.GetValueOrDefault(q.Id, 0);
                    s[q.Id] = double.IsNaN(v) ? 0 : q.Weight!.Value * v;
                    areaScore += s[q.Id];
                }
                s[area.Id] = areaScore;
                partScore += areaScore;
            }
            s[part.Id] = partScore;
            total += partScore;
        }
        s["total"] = total;
        return s;
    }

    internal PredicateResult Evaluate(PredicateRule p, IReadOnlyDictionary<string, double> scores, AreaBasis basis, IReadOnlySet<string>? held)
    {
        var checks = new List<ThresholdCheck>();
        foreach (var t in p.Thresholds)
        {
            if (!t.IsAreaPercent)
            {
                var actual = t.Measure.Sum(id => scores[id]);
                checks.Add(new ThresholdCheck(t.Id, t.Label, t.Min!.Value, Round(actual), Round(actual) >= t.Min.Value - 1e-9, t.Verified, t.Sources));
                continue;
            }
            var pct = t.MinPercent!.Value / 100;
            if (basis is AreaBasis.Gabungan or AreaBasis.Keduanya)
                foreach (var lever in Levers(scores))
                    checks.Add(AreaCheck(t, lever.Id, $"{t.Label}: {lever.Name} (Pemenuhan + Reform)", lever.Max * pct, lever.Score));
            if (basis is AreaBasis.PerBagian or AreaBasis.Keduanya)
                foreach (var area in Catalog.Parts.Where(x => x.Component == "pengungkit").SelectMany(x => x.Areas))
                    checks.Add(AreaCheck(t, area.Id, $"{t.Label}: {area.Name} ({area.Part.Name})", area.Weight * pct, scores[area.Id]));
        }
        if (p.RequiresPredicate is { } req)
        {
            var holds = held?.Contains(req) == true;
            var name = Catalog.Eligibility.Find(req)?.Name ?? req;
            checks.Add(new ThresholdCheck("prasyarat_" + req, $"Unit sudah berpredikat {name}" + (held is null ? " (belum dinyatakan)" : ""),
                1, holds ? 1 : 0, holds, true, []));
        }
        return new PredicateResult(p.Id, p.Name, checks.All(c => c.Met), checks);
    }

    private static ThresholdCheck AreaCheck(Threshold t, string id, string label, double required, double actual) =>
        new($"{t.Id}.{id}", label, Round(required), Round(actual), Round(actual) >= Round(required) - 1e-9, t.Verified, t.Sources);

    /// <summary>Each lever's Pemenuhan and Reform halves together (MP, TL, …).</summary>
    internal IEnumerable<NodeScore> Levers(IReadOnlyDictionary<string, double> scores) =>
        Catalog.AreaCodes.Select(code =>
        {
            var areas = Catalog.Parts.Where(p => p.Component == "pengungkit").SelectMany(p => p.Areas).Where(a => a.Code == code).ToList();
            return new NodeScore(code, Catalog.AreaName(code), areas.Sum(a => scores[a.Id]), areas.Sum(a => a.Weight));
        });

    private static NodeScore Node(IReadOnlyDictionary<string, double> scores, string id, string name, double max) =>
        new(id, name, Round(scores[id]), max);

    /// <summary>The LKE shows two decimals; thresholds compare the computed values, rounded to hide float noise.</summary>
    internal static double Round(double v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);
}

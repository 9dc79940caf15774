using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>The LKE arithmetic of PermenPAN-RB 90/2021: question value 0..1; sub-area = weight × mean of its
/// questions (unanswered = 0, undefined formula = left out of the mean); area = Σ sub-areas (+ weight × value
/// of Hasil items); part = Σ areas; total = Σ parts. Then the predicate thresholds and a what-if.</summary>
public sealed class ScoreCalculator(LkeCatalog catalog)
{
    public LkeCatalog Catalog { get; } = catalog;
    internal ScoreModel Model { get; } = new(catalog);

    public ScoreReport Score(AnswerSheet sheet, string target = "wbk", AreaBasis? areaBasis = null)
    {
        var predicate = Catalog.Eligibility.Find(target) ?? throw new ArgumentException(
            $"Predikat target \"{target}\" tidak dikenal; pilih {string.Join(" atau ", Catalog.Eligibility.Predicates.Select(p => p.Id))}.", nameof(target));
        var basis = areaBasis ?? Catalog.Eligibility.DefaultAreaBasis;
        foreach (var id in sheet.Answers.Keys)
            if (Catalog.FindQuestion(id) is null) throw new Checking.UnknownQuestionException(id);

        var values = Model.Values(Values(sheet.Answers, out var undefined));
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
        var supported = sheet.Supported is null ? null : Supported(sheet, values, basis);
        return new ScoreReport(
            Total: parts.Sum(p => p.Score),
            Components: parts,
            Pengungkit: new NodeScore("pengungkit", "Pengungkit",
                Catalog.Parts.Where(p => p.Component == "pengungkit").Sum(p => scores[Model.Index[p.Id]]),
                Catalog.Parts.Where(p => p.Component == "pengungkit").Sum(p => p.Weight)),
            Areas: Catalog.Parts.SelectMany(p => p.Areas).Select(a => Node(scores, a.Id, a.Name, a.Weight)).ToList(),
            Levers: Model.Levers.Select(l => new NodeScore(l.Code, l.Name, ScoreModel.Sum(scores, l.Areas), l.Max)).ToList(),
            SubAreas: Catalog.Parts.SelectMany(p => p.Areas).SelectMany(a => a.SubAreas).Select(s => Node(scores, s.Id, s.Name, s.Weight)).ToList(),
            Predicates: predicates,
            Target: predicate.Id,
            AreaBasis: basis,
            WhatIf: whatIf,
            WhatIfReachesTarget: reaches,
            Unanswered: unanswered,
            Notes: notes) { Supported = supported };
    }

    /// <summary>The report's figures recomputed from the supported answers, and each lowered answer's points at risk
    /// (the total lost by that one question alone).</summary>
    private SupportedScore Supported(AnswerSheet sheet, double[] claimedValues, AreaBasis basis)
    {
        var values = Model.Values(Values(sheet.Supported!, out _));
        var scores = NodeScores(values);
        var claimedTotal = NodeScores(claimedValues)[Model.TotalNode];
        var trial = (double[])claimedValues.Clone();
        var atRisk = new List<AtRisk>();
        foreach (var (id, supported) in sheet.Supported!)
        {
            if (!sheet.Answers.TryGetValue(id, out var claimed) || claimed.ToString() == supported.ToString()) continue;
            var i = Model.Index[id];
            trial[i] = values[i];
            var lost = claimedTotal - NodeScores(trial)[Model.TotalNode];
            trial[i] = claimedValues[i];
            atRisk.Add(new AtRisk(id, claimed.ToString(), supported.ToString(), Round(lost)));
        }
        return new SupportedScore(
            Total: Catalog.Parts.Sum(p => Round(scores[Model.Index[p.Id]])),
            Components: Catalog.Parts.Select(p => Node(scores, p.Id, p.Name, p.Weight)).ToList(),
            Areas: Catalog.Parts.SelectMany(p => p.Areas).Select(a => Node(scores, a.Id, a.Name, a.Weight)).ToList(),
            Levers: Model.Levers.Select(l => new NodeScore(l.Code, l.Name, Round(ScoreModel.Sum(scores, l.Areas)), l.Max)).ToList(),
            Predicates: Catalog.Eligibility.Predicates.Select(p => Evaluate(p, scores, basis, sheet.HeldPredicates)).ToList(),
            Strengthen: atRisk.OrderByDescending(a => a.Points).ThenBy(a => a.QuestionId, StringComparer.Ordinal).ToList());
    }

    /// <summary>Question values 0..1 by id; NaN marks an undefined value (left out of its sub-area's mean).</summary>
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

    /// <summary>Scores of every node, indexed as <see cref="ScoreModel.NodeIds"/>.</summary>
    internal double[] NodeScores(ReadOnlySpan<double> values)
    {
        var scores = new double[Model.NodeCount];
        Model.Compute(values, scores);
        return scores;
    }

    internal PredicateResult Evaluate(PredicateRule p, ReadOnlySpan<double> scores, AreaBasis basis, IReadOnlySet<string>? held)
    {
        var checks = new List<ThresholdCheck>();
        foreach (var c in Model.Checks(p, basis)) checks.Add(c.Result(scores));
        if (p.RequiresPredicate is { } req)
        {
            var holds = held?.Contains(req) == true;
            var name = Catalog.Eligibility.Find(req)?.Name ?? req;
            checks.Add(new ThresholdCheck("prasyarat_" + req, $"Unit sudah berpredikat {name}" + (held is null ? " (belum dinyatakan)" : ""),
                1, holds ? 1 : 0, holds, true, []));
        }
        return new PredicateResult(p.Id, p.Name, checks.All(c => c.Met), checks);
    }

    private NodeScore Node(double[] scores, string id, string name, double max) =>
        new(id, name, Round(scores[Model.Index[id]]), max);

    /// <summary>The LKE shows two decimals; thresholds compare the computed values, rounded to hide float noise.</summary>
    internal static double Round(double v) => Math.Round(v, 4, MidpointRounding.AwayFromZero);
}

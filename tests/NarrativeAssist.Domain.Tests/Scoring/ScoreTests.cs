using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Tests.Scoring;

public class ScoreTests
{
    private static readonly LkeCatalog C = BuiltInData.Catalog;
    private static readonly ScoreCalculator Calc = new(C);

    /// <summary>Every question at its best answer: Ya / A, 100 %, survey index 4.</summary>
    internal static Dictionary<string, AnswerValue> AllTop() => C.Questions.ToDictionary(q => q.Id, q =>
        q.AnswerType.Numeric is { } s ? new AnswerValue(null, s.Max, null) : new AnswerValue(q.Options[0].Code, null, null));

    private static ScoreReport Score(Dictionary<string, AnswerValue> answers, string target = "wbk", AreaBasis? basis = null, params string[] held) =>
        Calc.Score(new AnswerSheet(answers, held.Length == 0 ? null : held.ToHashSet()), target, basis);

    private static AnswerValue A(string questionId, string raw) => AnswerParser.Parse(C.FindQuestion(questionId)!, raw);

    [Fact]
    public void All_best_answers_score_100_and_reach_both_predicates_when_WBK_is_held()
    {
        var r = Score(AllTop(), "wbbm", null, "wbk");
        r.Total.Should().BeApproximately(100, 1e-9);
        r.Predicates.Should().OnlyContain(p => p.Eligible);
        r.WhatIf.Should().BeEmpty();
    }

    [Fact]
    public void Worked_example_by_the_regulation_arithmetic()
    {
        var answers = AllTop();
        // P.MP.2 (weight 1.00): a = Ya (1), b = C (0), c = A (1) → 1.00 × mean(1, 0, 1) = 0.6667 (PN Serang 2022 shows 0.67).
        answers["P.MP.2.b"] = A("P.MP.2.b", "C");
        // R.PW.2 (weight 3.00, one question): 15 of 20 complaints settled → 3.00 × 15/20 = 2.25.
        answers["R.PW.2.a"] = AnswerParser.FromInputs(C.FindQuestion("R.PW.2.a")!, new Dictionary<string, double> { ["n_harus"] = 20, ["n_proses"] = 3, ["n_selesai"] = 15 });
        // P.SDM.4 (weight 2.00, 4 questions): one answer B of A/B/C/D (0.67) → 2.00 × (3 + 0.67) / 4 = 1.835.
        answers["P.SDM.4.a"] = A("P.SDM.4.a", "B");
        // H.1.a IPAK 3,60 → 17.5 × 3.60 / 4 = 15.75; H.2.a IPKP 3,20 → 17.5 × 3.20 / 4 = 14.00; H.1.b = B → 5 × 0.75 = 3.75.
        answers["H.1.a"] = A("H.1.a", "3,60");
        answers["H.2.a"] = A("H.2.a", "3,20");
        answers["H.1.b"] = A("H.1.b", "B");
        var r = Score(answers);

        r.SubAreas.Single(s => s.Id == "P.MP.2").Score.Should().BeApproximately(2.0 / 3, 1e-4);
        r.Areas.Single(a => a.Id == "P.MP").Score.Should().BeApproximately(3.6667, 1e-4);   // 4.00 − 0.3333
        r.Areas.Single(a => a.Id == "P.SDM").Score.Should().BeApproximately(4.835, 1e-4);   // 5.00 − 0.165
        r.Areas.Single(a => a.Id == "R.PW").Score.Should().BeApproximately(6.75, 1e-4);     // 7.50 − 0.75
        r.Areas.Single(a => a.Id == "H.1").Score.Should().BeApproximately(19.5, 1e-4);      // 15.75 + 3.75
        r.Areas.Single(a => a.Id == "H.2").Score.Should().BeApproximately(14.0, 1e-4);
        // Pemenuhan 30 − 0.3333 − 0.165 = 29.5017; Reform 30 − 0.75 = 29.25; Hasil 33.5.
        r.Components.Select(c => Math.Round(c.Score, 4)).Should().Equal(29.5017, 29.25, 33.5);
        r.Pengungkit.Score.Should().BeApproximately(58.7517, 1e-4);
        r.Total.Should().BeApproximately(92.2517, 1e-4);
        // WBK: total ≥ 75, pengungkit ≥ 40, areas ≥ 60 %, H.1 ≥ 18.25, IPAK ≥ 15.75, capaian ≥ 2.5, IPKP ≥ 14 → all met.
        r.Predicates.Single(p => p.Id == "wbk").Eligible.Should().BeTrue();
        // WBBM: IPKP 14.00 < 15.75, and the WBK prerequisite is not stated.
        var wbbm = r.Predicates.Single(p => p.Id == "wbbm");
        wbbm.Eligible.Should().BeFalse();
        wbbm.Unmet.Select(g => (g.Threshold, g.Required, g.Actual)).Should().Equal(("pelayanan_prima", 15.75, 14.0), ("prasyarat_wbk", 1, 0));
    }

    [Fact]
    public void Unanswered_questions_count_zero_and_are_listed()
    {
        var answers = AllTop();
        answers.Remove("P.MP.1.a");   // P.MP.1 (0.5): mean(0, 1) → 0.25
        var r = Score(answers);
        r.SubAreas.Single(s => s.Id == "P.MP.1").Score.Should().Be(0.25);
        r.Unanswered.Should().Equal("P.MP.1.a");
        r.Notes.Should().Contain(n => n.Contains("1 pertanyaan belum dijawab"));
    }

    [Fact]
    public void An_undefined_ratio_is_left_out_and_noted()
    {
        var answers = AllTop();
        // R.SDM.3.a: no violations last year → (0 − 0) / 0 is undefined (reference D7).
        answers["R.SDM.3.a"] = AnswerParser.FromInputs(C.FindQuestion("R.SDM.3.a")!, new Dictionary<string, double> { ["n_tahun_lalu"] = 0, ["n_tahun_ini"] = 0, ["n_disanksi"] = 0 });
        var r = Score(answers);
        r.Notes.Should().Contain(n => n.StartsWith("R.SDM.3.a: nilai tidak terdefinisi"));
        r.SubAreas.Single(s => s.Id == "R.SDM.3").Score.Should().Be(0);
    }

    [Fact]
    public void The_area_basis_choice_changes_the_verdict_and_is_configurable()
    {
        // Reform MP at 2 of 4 (50 %) and Pemenuhan MP full: combined (4 + 2) / 8 = 75 % meets WBBM's 75 %,
        // but Reform MP alone is 50 % < 75 %.
        var answers = AllTop();
        answers["R.MP.2.a"] = A("R.MP.2.a", "E");   // R.MP.2 weight 1.0 → 0
        answers["R.MP.3.a"] = A("R.MP.3.a", "D");   // R.MP.3 weight 1.0 → 0
        var combined = Score(answers, "wbbm", AreaBasis.Gabungan, "wbk");
        var perPart = Score(answers, "wbbm", AreaBasis.PerBagian, "wbk");
        combined.Levers.Single(l => l.Id == "MP").Percent.Should().BeApproximately(75, 1e-6);
        combined.TargetResult.Unmet.Should().BeEmpty();
        perPart.TargetResult.Unmet.Select(g => g.Threshold).Should().Equal("area.R.MP");
        Score(answers, "wbbm", AreaBasis.Keduanya, "wbk").TargetResult.Unmet.Select(g => g.Threshold).Should().Equal("area.R.MP");
    }

    [Fact]
    public void What_if_reaches_the_target_with_no_unneeded_move()
    {
        var answers = C.Questions.ToDictionary(q => q.Id, q =>
            q.AnswerType.Numeric is { Unit: "indeks" } ? new AnswerValue(null, 3.7, null)
            : q.AnswerType.Numeric is not null ? new AnswerValue(null, 60, null)
            : new AnswerValue(q.Options[q.Options.Count / 2].Code, null, null));
        var r = Score(answers, "wbk");
        r.TargetResult.Eligible.Should().BeFalse();
        r.WhatIfReachesTarget.Should().BeTrue();
        r.WhatIf.Should().NotBeEmpty().And.BeInDescendingOrder(w => w.Gain);

        Dictionary<string, AnswerValue> Apply(IEnumerable<Improvement> moves)
        {
            var a = new Dictionary<string, AnswerValue>(answers);
            foreach (var m in moves) a[m.QuestionId] = A(m.QuestionId, m.To);
            return a;
        }
        Score(Apply(r.WhatIf)).TargetResult.Eligible.Should().BeTrue();
        foreach (var m in r.WhatIf)
            Score(Apply(r.WhatIf.Where(x => x != m))).TargetResult.Eligible.Should().BeFalse($"{m.QuestionId} should be needed");
        r.WhatIf.Sum(w => w.Gain).Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData(1, "wbk", AreaBasis.Gabungan)]
    [InlineData(2, "wbk", AreaBasis.PerBagian)]
    [InlineData(3, "wbbm", AreaBasis.Keduanya)]
    [InlineData(4, "wbbm", AreaBasis.Gabungan)]
    [InlineData(5, "wbk", AreaBasis.Keduanya)]
    public void What_if_on_random_sheets_reaches_the_target_and_every_move_is_needed(int seed, string target, AreaBasis basis)
    {
        var random = new Random(seed);
        var answers = new Dictionary<string, AnswerValue>();
        foreach (var q in C.Questions.Where(_ => random.NextDouble() < 0.85)) // some unanswered
            answers[q.Id] = q.AnswerType.Numeric is { Unit: "indeks" } s ? new AnswerValue(null, Math.Round(s.Min + random.NextDouble() * (s.Max - s.Min), 2), null)
                : q.AnswerType.Numeric is not null ? new AnswerValue(null, random.Next(0, 101), null)
                : new AnswerValue(q.Options[random.Next(q.Options.Count)].Code, null, null);
        var r = Score(answers, target, basis, "wbk");
        Dictionary<string, AnswerValue> Apply(IEnumerable<Improvement> moves)
        {
            var a = new Dictionary<string, AnswerValue>(answers);
            foreach (var m in moves) a[m.QuestionId] = A(m.QuestionId, m.To);
            return a;
        }

        r.TargetResult.Eligible.Should().BeFalse("random answers stay under the thresholds");
        r.WhatIfReachesTarget.Should().BeTrue();
        Score(Apply(r.WhatIf), target, basis, "wbk").TargetResult.Eligible.Should().BeTrue();
        foreach (var m in r.WhatIf)
            Score(Apply(r.WhatIf.Where(x => x != m)), target, basis, "wbk").TargetResult.Eligible.Should().BeFalse($"{m.QuestionId} should be needed");
        r.WhatIf.Should().OnlyContain(m => m.Gain > 0);
    }

    [Fact]
    public void An_unmet_prerequisite_cannot_be_fixed_by_answers()
    {
        var r = Score(AllTop(), "wbbm");
        r.TargetResult.Unmet.Select(g => g.Threshold).Should().Equal("prasyarat_wbk");
        r.WhatIfReachesTarget.Should().BeFalse();
    }
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>The score the narratives support, beside the claimed score (issue #14 item 3).</summary>
public class SupportedScoreTests
{
    private static readonly ScoreCalculator Calc = new(BuiltInData.Catalog);

    /// <summary>Every question answered with its best option (persen 100, indeks 4).</summary>
    private static Dictionary<string, AnswerValue> AllTop() => BuiltInData.Catalog.Questions.ToDictionary(q => q.Id,
        q => AnswerParser.Parse(q, q.Options.Count > 0 ? q.Options[0].Code : q.AnswerType.Numeric!.Unit == "indeks" ? "4" : "100"));

    private static ScoreReport Score(Dictionary<string, AnswerValue> answers, params (string Id, string Text)[] narratives)
    {
        var results = narratives.Select(n => TestData.Checker.Check(n.Id, n.Text, answers[n.Id].ToString()));
        return Calc.Score(new AnswerSheet(answers) { Supported = SupportedAnswers.From(BuiltInData.Catalog, answers, results) });
    }

    [Fact]
    public void An_over_claimed_answer_lowers_the_supported_score_and_is_named_first_to_strengthen()
    {
        var answers = AllTop();
        var report = Score(answers,
            ("P.SDM.3.d", "Pada tahun 2024, 19 dari 34 pegawai telah mengikuti diklat teknis dan e-learning."),
            ("P.SDM.4.c", "Pengukuran kinerja individu dilakukan setiap semester melalui aplikasi e-Kinerja."),
            ("P.SDM.3.e", "Pengembangan kompetensi diberikan kepada 34 dari 34 pegawai melalui coaching pada tahun 2024."));
        report.Total.Should().BeApproximately(100, 1e-6);
        var s = report.Supported!;
        // SDM sub-area iii (weight 1.25, six questions): d A→B loses 1.25 × 0.33 / 6; sub-area iv (weight 2, four questions): c A→C loses 2 × 0.5 / 4.
        s.Strengthen.Select(a => (a.QuestionId, a.Claimed, a.Supported)).Should().Equal(("P.SDM.4.c", "A", "C"), ("P.SDM.3.d", "A", "B"));
        s.Strengthen[0].Points.Should().BeApproximately(0.25, 1e-4);
        s.Strengthen[1].Points.Should().BeApproximately(1.25 * 0.33 / 6, 1e-4);
        s.Total.Should().BeApproximately(100 - 0.25 - 1.25 * 0.33 / 6, 1e-3);
        s.Levers.Single(l => l.Id == "SDM").Score.Should().BeLessThan(report.Levers.Single(l => l.Id == "SDM").Score);
        s.EligibleFor("wbk").Should().BeTrue();

        var json = ScoreJson.From(report);
        json.Supported!.Gap.Should().BeApproximately(0.25 + 1.25 * 0.33 / 6, 0.005);
        json.Supported.Strengthen[0].QuestionId.Should().Be("P.SDM.4.c");
        json.Supported.Eligible.Should().ContainKey("wbbm");
    }

    [Fact]
    public void Narratives_that_support_their_answers_leave_the_score_as_claimed()
    {
        var answers = AllTop();
        var report = Score(answers, ("P.SDM.3.e", "Pengembangan kompetensi diberikan kepada 34 dari 34 pegawai melalui coaching pada tahun 2024."),
            ("P.SDM.3.d", "Seluruh pegawai telah memperoleh kesempatan mengikuti diklat."));
        report.Supported!.Total.Should().BeApproximately(report.Total, 1e-6);
        report.Supported.Strengthen.Should().BeEmpty();
        ScoreJson.From(Calc.Score(new AnswerSheet(answers))).Supported.Should().BeNull();
    }
}

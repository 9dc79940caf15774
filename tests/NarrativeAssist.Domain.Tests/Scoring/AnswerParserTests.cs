using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Tests.Scoring;

public class AnswerParserTests
{
    private static string Parse(string id, string raw) => AnswerParser.Parse(BuiltInData.Catalog.FindQuestion(id)!, raw).ToString();

    [Theory]
    [InlineData("P.MP.1.a", "ya", "Ya")]
    [InlineData("P.MP.1.b", "a: seluruh unsur", "A")]
    [InlineData("P.MP.1.b", "B — Jika sebagian menggunakan prosedur", "B")]
    [InlineData("P.MP.1.b", "Jika tidak di seleksi.", "C")]
    [InlineData("R.PW.2.a", "85 %", "85")]
    [InlineData("R.PW.2.a", "92,5 persen", "92,5")]
    [InlineData("H.1.a", "3.61", "3,61")]
    [InlineData("H.1.a", "3,6", "3,6")]
    public void Accepts_what_users_type_or_pick(string id, string raw, string canonical) => Parse(id, raw).Should().Be(canonical);

    [Theory]
    [InlineData("P.MP.1.a", "Mungkin", "harus salah satu dari Ya, Tidak")]
    [InlineData("P.MP.1.b", "Ab", "harus salah satu dari A, B, C")]
    [InlineData("R.PW.2.a", "150", "harus persen 0–100")]
    [InlineData("H.1.a", "tinggi", "harus angka indeks 1–4")]
    public void Refuses_answers_outside_the_scale(string id, string raw, string message) =>
        FluentActions.Invoking(() => Parse(id, raw)).Should().Throw<InvalidAnswerException>().WithMessage($"*{message}*");

    [Fact]
    public void A_wrong_answer_in_a_document_becomes_a_finding_not_a_failure()
    {
        var report = DocumentCheck.Run(TestData.Checker, [new NarrativeInput("P.MP.1.a", Rules.Narratives.TimKuat, "Mungkin"), new NarrativeInput("P.MP.1.b", "", "A")]);
        var r = report.Questions.First();
        r.Findings.First().Rule.Should().Be("jawaban");
        r.Findings.First().Message.Should().Contain("Mungkin");
        r.Answer.Should().Be("Mungkin");
        report.Questions.Should().HaveCount(2);
    }
}

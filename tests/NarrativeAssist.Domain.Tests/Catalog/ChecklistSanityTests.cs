using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Tests.Catalog;

public class ChecklistSanityTests
{
    public static TheoryData<string> QuestionIds() => new(BuiltInData.Catalog.Questions.Select(q => q.Id));

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void Every_question_has_a_sane_checklist(string id)
    {
        var c = TestData.Book.ChecklistFor(id);
        c.Jenis.Should().BeOneOf(Jenis.Upaya, Jenis.Hasil);
        c.Elements.Should().HaveCountGreaterThanOrEqualTo(2, "a narrative is judged on more than one element");
        c.Elements.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        c.Elements.Should().OnlyContain(e => e.Label.Length > 5 && e.Saran.Length > 20 && !e.Any.IsEmpty && e.Weight > 0);
        c.Evidence.Should().NotBeEmpty("every LKE answer needs bukti dukung");
        TestData.Book.RulesFor(BuiltInData.Catalog.FindQuestion(id)!).Select(r => r.Id).Should().Contain(["bukti", "terlaksana", "kabur"]);
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void A_narrative_with_no_content_words_covers_no_element(string id)
    {
        // Guards against over-broad patterns: filler that names nothing must not tick a checklist element.
        var filler = "Kami sudah bekerja dengan baik dan sungguh-sungguh bersama-sama untuk kantor ini setiap saat.";
        var r = TestData.Checker.Check(id, filler);
        r.Covered.Should().BeEmpty();
    }

    [Fact]
    public void Checklist_examples_mostly_satisfy_their_own_element()
    {
        // Each element's suggestion shows an example sentence; most must tick the element they illustrate.
        var elements = TestData.Book.Checklists.SelectMany(c => c.Elements).ToList();
        var matching = elements.Count(e => e.Any.Find(AnalyzedText.Analyze(e.Saran)).Count > 0);
        ((double)matching / elements.Count).Should().BeGreaterThan(0.9);
    }
}

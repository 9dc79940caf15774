using NarrativeAssist.Domain.Judgement;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>The option criteria data (Data/options) covers every question with options and reads as the penjelasan says.</summary>
public class OptionCriteriaDataTests
{
    private static readonly OptionCriteriaBook Book = Judges.For(BuiltInData.Catalog)!.Book;

    [Fact]
    public void Every_question_with_options_has_criteria_for_each_option_in_order()
    {
        foreach (var q in BuiltInData.Catalog.Questions.Where(q => q.Options.Count > 0))
            Book.For(q.Id)!.Options.Select(o => o.Code).Should().Equal(q.Options.Select(o => o.Code), q.Id);
        Book.All.Count.Should().Be(BuiltInData.Catalog.Questions.Count(q => q.Options.Count > 0));
    }

    [Fact]
    public void Spot_checks_read_as_the_penjelasan_says()
    {
        Book.For("P.SDM.3.d")!.Options.Select(o => o.Coverage).Should().Equal(Coverage.Seluruh, Coverage.SebagianBesar, Coverage.SebagianKecil, null);
        Book.For("P.SDM.3.d")!.Options[^1].Nothing.Should().BeTrue();
        Book.For("P.SDM.4.c")!.Options.Select(o => o.PerYear).Should().Equal(12, 4, 2, 1, null);
        Book.For("P.PP.4.a")!.Options.Select(o => o.PerYear).Should().Equal(4, 3, 2, 1, null);
        Book.For("P.PP.3.a")!.Options.Take(2).Select(o => o.Integrated).Should().Equal(true, false);
        Book.For("P.TL.3.b")!.Options[0].Stage.Should().Be(Stage.Ditindaklanjuti);
        Book.For("P.TL.3.b")!.Options[1].NotStage.Should().Be(Stage.Ditindaklanjuti);
        Book.For("P.MP.3.b")!.Options.Take(2).Select(o => o.Regular).Should().Equal(true, false);
        Book.For("P.PP.2.f")!.Options[0].Replicated.Should().BeTrue();
        Book.For("P.TL.1.b")!.Options[0].Innovation.Should().BeTrue();
        Book.For("R.MP.2.a")!.Options[0].MinShare.Should().Be(0.8);
        Book.For("P.MP.1.a")!.Options.Select(o => o.Nothing).Should().Equal(false, true);
    }

    [Fact]
    public void Option_data_that_does_not_fit_the_catalog_is_refused()
    {
        var bad = "questions:\n  P.SDM.3.d:\n    objek: [pegawai]\n    pilihan:\n      A: { cakupan: semuanya }\n      B: {}\n      C: {}\n      D: {}\n";
        FluentActions.Invoking(() => OptionCriteriaBook.Load(BuiltInData.Catalog, [("x.yaml", bad)]))
            .Should().Throw<Yaml.DataFileException>().WithMessage("*cakupan \"semuanya\" tidak dikenal*");
        var missing = "questions:\n  P.SDM.3.d:\n    pilihan:\n      A: {}\n      B: {}\n";
        FluentActions.Invoking(() => OptionCriteriaBook.Load(BuiltInData.Catalog, [("x.yaml", missing)]))
            .Should().Throw<Yaml.DataFileException>().WithMessage("*A, B, C, D berurutan*");
    }
}

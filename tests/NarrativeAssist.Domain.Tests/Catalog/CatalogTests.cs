using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Tests.Catalog;

public class CatalogTests
{
    private static LkeCatalog C => BuiltInData.Catalog;

    [Fact]
    public void Holds_every_question_of_the_reference_with_its_ids()
    {
        C.Questions.Should().HaveCount(113);
        C.Questions.Count(q => q.Part.Id == "P").Should().Be(87);
        C.Questions.Count(q => q.Part.Id == "R").Should().Be(23);
        C.Questions.Select(q => q.Id).Should().OnlyHaveUniqueItems()
            .And.Contain(["P.MP.1.a", "R.PW.3.b", "H.1.a", "H.1.b", "H.2.a"]);
        C.FindQuestion("P.MP.1.a")!.Text.Should().Be("Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas");
    }

    [Theory]
    [InlineData("P", "MP", 4.0, 12)]
    [InlineData("P", "TL", 3.5, 9)]
    [InlineData("P", "SDM", 5.0, 18)]
    [InlineData("P", "AK", 5.0, 11)]
    [InlineData("P", "PW", 7.5, 18)]
    [InlineData("P", "PP", 5.0, 19)]
    [InlineData("R", "MP", 4.0, 4)]
    [InlineData("R", "PW", 7.5, 4)]
    public void Area_weights_and_question_counts_match_the_regulation(string part, string code, double weight, int questions)
    {
        var area = C.FindArea($"{part}.{code}")!;
        area.Weight.Should().Be(weight);
        area.SubAreas.Sum(s => s.Weight).Should().BeApproximately(weight, 1e-9);
        area.AllQuestions.Should().HaveCount(questions);
    }

    [Fact]
    public void Weights_add_up_to_100()
    {
        C.Parts.Select(p => (p.Id, p.Weight)).Should().Equal(("P", 30.0), ("R", 30.0), ("H", 40.0));
        C.Parts.Single(p => p.Id == "H").Areas.Select(a => a.Weight).Should().Equal(22.5, 17.5);
        C.Questions.Sum(q => q.MaxPoints).Should().BeApproximately(100, 1e-9);
        C.Components.Select(c => c.Weight).Sum().Should().Be(100);
    }

    [Fact]
    public void Answer_scales_carry_the_regulation_values()
    {
        C.AnswerTypes["abcd"].Options.Select(o => o.Value).Should().Equal(1, 0.67, 0.33, 0);
        C.AnswerTypes["abcde"].Options.Select(o => o.Value).Should().Equal(1, 0.75, 0.5, 0.25, 0);
        C.FindQuestion("R.MP.1.a")!.Formula!.Variables.Should().BeEquivalentTo(["n_agen", "n_perubahan"]);
        C.FindQuestion("H.1.a")!.AnswerType.Numeric!.Max.Should().Be(4);
    }

    [Fact]
    public void Thresholds_are_data_with_sources_and_unverified_marks()
    {
        var wbbm = C.Eligibility.Find("wbbm")!;
        wbbm.RequiresPredicate.Should().Be("wbk");
        wbbm.Thresholds.Single(t => t.Id == "total").Min.Should().Be(85);
        wbbm.Thresholds.Single(t => t.Id == "area").MinPercent.Should().Be(75);
        wbbm.Thresholds.Single(t => t.Id == "capaian_kinerja").Note.Should().Contain("D9");
        C.Eligibility.Find("wbk")!.Thresholds.Should().OnlyContain(t => !t.Verified && t.Sources.Count > 0);
        C.Eligibility.DefaultAreaBasis.Should().Be(AreaBasis.Gabungan);
        C.Eligibility.AreaBasisNotes.Keys.Should().BeEquivalentTo([AreaBasis.Gabungan, AreaBasis.PerBagian, AreaBasis.Keduanya]);
    }

    [Fact]
    public void A_catalog_whose_weights_do_not_add_up_is_refused_at_load()
    {
        var yaml = BuiltInData.Resource("lke-permenpan-90-2021.yaml").Replace("    weight: 0.5\n", "    weight: 0.75\n");
        var act = () => CatalogLoader.Parse(yaml);
        act.Should().Throw<DataFileException>().Which.Problems.Should().Contain(p => p.Contains("bobot area P.MP = 4, tetapi jumlah isinya 4.25"));
    }

    [Fact]
    public void A_catalog_with_a_duplicate_id_or_unknown_answer_type_is_refused()
    {
        var yaml = BuiltInData.Resource("lke-permenpan-90-2021.yaml")
            .Replace("id: P.MP.1.b", "id: P.MP.1.a")
            .Replace("answer_type: abcde", "answer_type: abcdef");
        var problems = FluentActions.Invoking(() => CatalogLoader.Parse(yaml)).Should().Throw<DataFileException>().Which.Problems;
        problems.Should().Contain("id ganda: P.MP.1.a");
        problems.Should().Contain(p => p.Contains("jenis jawaban 'abcdef' tidak dikenal"));
    }
}

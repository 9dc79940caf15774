using NarrativeAssist.Domain.Rehearsal;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Tests.Decks;

public class QaBankTests
{
    [Fact]
    public void The_starter_bank_has_at_least_five_questions_for_every_lever()
    {
        var bank = BuiltInData.QaBank;

        foreach (var area in BuiltInData.Catalog.AreaCodes)
            bank.Count(q => q.Area == area).Should().BeGreaterThanOrEqualTo(5, area);
        bank.Select(q => q.Id).Should().OnlyHaveUniqueItems();
        bank.Should().OnlyContain(q => q.Text.EndsWith('?') || q.Text.EndsWith('.'));
    }

    [Fact]
    public void A_bank_file_with_an_unknown_area_or_too_few_questions_is_refused()
    {
        var act = () => QaBank.Parse("pertanyaan:\n  - { id: X-1, area: XX, teks: \"Apa?\" }\n", BuiltInData.Catalog, "uji.yaml");

        act.Should().Throw<DataFileException>().Which.Problems.Should().Contain("X-1: area XX tidak dikenal")
            .And.Contain("area MP kurang dari 5 pertanyaan");
    }
}

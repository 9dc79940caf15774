using NarrativeAssist.Tests;

namespace NarrativeAssist.Domain.Tests.Corpus;

/// <summary>The labelled checker corpus is only worth measuring against if its labels are well formed: every item
/// names a real question, claims an answer on that question's scale (unless the item is about an invalid answer),
/// uses only the evaluator's defect names, and its label agrees with itself. These tests check the files, not the
/// checker.</summary>
public class CheckerCorpusTests
{
    public static TheoryData<string> Halves() => new(CheckerCorpus.Halves);

    [Fact]
    public void The_development_half_is_present_and_parses()
    {
        var files = CheckerCorpus.LoadHalf("dev");
        files.Should().NotBeEmpty("tests/corpora/checker/dev holds the development half");
        files.Should().OnlyContain(f => f.Unit.Length > 0 && f.Kind.Length > 0 && f.Items.Count > 0);
    }

    [Fact]
    public void The_development_half_covers_the_scope_issue_14_asks_for()
    {
        // At least 125 narratives over at least 70 questions, every lever in Pemenuhan and Reform plus Hasil,
        // in the voice of several kinds of units, with both acceptable and defective narratives.
        var files = CheckerCorpus.LoadHalf("dev");
        var items = files.SelectMany(f => f.Items).ToList();
        var questions = items.Select(i => BuiltInData.Catalog.FindQuestion(i.Question)).OfType<NarrativeAssist.Domain.Catalog.Question>().Distinct().ToList();

        items.Should().HaveCountGreaterThanOrEqualTo(125);
        questions.Should().HaveCountGreaterThanOrEqualTo(70);
        foreach (var part in new[] { "P", "R" })
            questions.Where(q => q.Part.Id == part).Select(q => q.Area.Code).Distinct()
                .Should().BeEquivalentTo(["MP", "TL", "SDM", "AK", "PW", "PP"], $"part {part} covers all six areas");
        questions.Should().Contain(q => q.Part.Id == "H");
        files.Select(f => f.Kind).Distinct().Should().HaveCountGreaterThanOrEqualTo(6);
        var acceptableShare = items.Count(i => i.Label.Acceptable) / (double)items.Count;
        acceptableShare.Should().BeInRange(0.3, 0.5, "about 40 % strong, 60 % with defects");
    }

    [Theory]
    [MemberData(nameof(Halves))]
    public void Every_label_is_well_formed(string half)
    {
        var problems = new List<string>();
        foreach (var item in CheckerCorpus.Items(half))
            problems.AddRange(Problems(item).Select(p => $"{item.FileName}/{item.Id}: {p}"));
        problems.Should().BeEmpty();
    }

    [Fact]
    public void Item_ids_are_unique_across_both_halves()
    {
        var duplicates = CheckerCorpus.Halves.SelectMany(CheckerCorpus.Items)
            .GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => g.Key);
        duplicates.Should().BeEmpty();
    }

    [Fact]
    public void A_label_that_contradicts_itself_is_reported()
    {
        // The validation itself must be able to fail: an acceptable item with a defect, an over-claim whose
        // supported answer is not lower, and a defect name that is not on the list.
        const string yaml = """
            unit: Contoh
            kind: other
            items:
              - id: x-1
                question: P.MP.1.a
                answer: "Ya"
                text: "Tim dibentuk dengan SK Nomor 1/2024."
                label: { acceptable: true, supported_answer: "Ya", defects: [no_date], note: "" }
              - id: x-2
                question: P.SDM.3.d
                answer: "B"
                text: "19 dari 34 pegawai mengikuti diklat."
                label: { acceptable: false, supported_answer: "B", defects: [over_claim, kurang_bagus], note: "" }
              - id: x-3
                question: P.MP.1.b
                answer: "Ya"
                text: "Anggota tim dipilih."
                label: { acceptable: false, supported_answer: "C", defects: [over_claim], note: "" }
            """;
        var items = CheckerCorpus.Parse(yaml, "contoh.yaml", "dev").Items;

        Problems(items[0]).Should().ContainSingle().Which.Should().Contain("acceptable");
        Problems(items[1]).Should().Contain(p => p.Contains("kurang_bagus")).And.Contain(p => p.Contains("over_claim"));
        Problems(items[2]).Should().ContainSingle().Which.Should().Contain("invalid_answer");
    }

    /// <summary>What is wrong with one item's label, in words (empty when nothing).</summary>
    private static IEnumerable<string> Problems(CorpusItem item)
    {
        if (item.Id.Length == 0) yield return "id kosong";
        if (item.Text.Trim().Length == 0) yield return "teks kosong";
        var question = BuiltInData.Catalog.FindQuestion(item.Question);
        if (question is null)
        {
            yield return $"pertanyaan '{item.Question}' tidak ada di katalog";
            yield break;
        }
        var label = item.Label;
        foreach (var d in label.Defects.Where(d => !CheckerCorpus.DefectNames.Contains(d)))
            yield return $"defect '{d}' bukan nama yang disepakati";
        if (label.Defects.Distinct().Count() != label.Defects.Count) yield return "defect berulang";
        if (label.Acceptable != (label.Defects.Count == 0))
            yield return "acceptable harus true tepat ketika daftar defects kosong";

        var claimed = CheckerCorpus.Rank(question, item.Answer);
        var supported = CheckerCorpus.Rank(question, label.SupportedAnswer);
        if (supported is null) yield return $"supported_answer '{label.SupportedAnswer}' tidak ada pada skala {question.AnswerType.Label}";
        var invalid = label.Defects.Contains("invalid_answer");
        if (claimed is null && !invalid) yield return $"jawaban '{item.Answer}' di luar skala tetapi tidak ditandai invalid_answer";
        if (claimed is not null && invalid) yield return $"jawaban '{item.Answer}' ada pada skala tetapi ditandai invalid_answer";
        if (claimed is null || supported is null) yield break;
        // over_claim / under_claim say exactly how the claimed answer stands against the supported one.
        if (supported < claimed != label.Defects.Contains("over_claim"))
            yield return $"over_claim harus ditandai tepat ketika jawaban didukung ({label.SupportedAnswer}) di bawah jawaban ({item.Answer})";
        if (supported > claimed != label.Defects.Contains("under_claim"))
            yield return $"under_claim harus ditandai tepat ketika jawaban didukung ({label.SupportedAnswer}) di atas jawaban ({item.Answer})";
    }
}

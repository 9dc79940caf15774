using NarrativeAssist.Domain.Library;
using Xunit.Abstractions;

namespace NarrativeAssist.Domain.Tests.Library;

/// <summary>The anonymiser on its labelled corpus (tests/corpora/anonymiser): issue 13 asks for recall ≥ 99 %; precision
/// is reported (the full table comes from the bench command and is kept in docs/anonimisasi.md).</summary>
public class AnonymizerCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<CorpusText>> Corpus = new(() =>
        Directory.GetFiles(Path.Combine(TestData.RepoRoot, "tests", "corpora", "anonymiser"), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(f => AnonymizerCorpus.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList());

    [Fact]
    public void The_corpus_is_as_large_and_varied_as_the_issue_asks()
    {
        var corpus = Corpus.Value;
        corpus.Count(t => t.Items.Count > 0).Should().BeGreaterThanOrEqualTo(60);
        corpus.Sum(t => t.Items.Count).Should().BeGreaterThanOrEqualTo(300);
        corpus.Count(t => t.Items.Count == 0).Should().BeGreaterThanOrEqualTo(15);
        corpus.SelectMany(t => t.Items).Select(i => i.Kind).Distinct().Should().HaveCount(ReplacementKinds.All.Count, "every kind is labelled somewhere");
    }

    [Fact]
    public void Recall_is_at_least_99_percent_and_precision_is_reported()
    {
        var score = AnonymizerScore.Measure(Corpus.Value);
        output.WriteLine(score.ToMarkdown());
        foreach (var m in score.Missed) output.WriteLine("terlewat: " + m);
        foreach (var m in score.NeedlessReplacements) output.WriteLine("tidak perlu: " + m);

        score.Overall.Recall.Should().BeGreaterThanOrEqualTo(0.99, string.Join("; ", score.Missed));
        score.Overall.Precision.Should().BeGreaterThan(0.9, string.Join("; ", score.NeedlessReplacements));
    }

    [Fact]
    public void Texts_without_personal_data_are_left_as_they_are()
    {
        var clean = Corpus.Value.Where(t => t.Items.Count == 0).ToList();
        var touched = clean.SelectMany(t => Anonymizer.Recognise(t.Text, t.Context).Select(r => $"{t.Id}: {r.Kind} \"{r.Original}\"")).ToList();
        touched.Should().BeEmpty();
    }

    [Fact]
    public void The_measure_counts_a_half_replaced_item_as_missed_and_an_extra_replacement_as_needless()
    {
        var text = new CorpusText("uji", "Bapak Ahmad Fauzi hadir. Rapat dimulai pukul 08.00 di ruang Melati.",
            AnonymizationContext.Empty, [new CorpusItem("Ahmad Fauzi", ReplacementKinds.Person), new CorpusItem("08.00 di ruang Melati", ReplacementKinds.Address)]);
        var score = AnonymizerScore.Measure([text]);
        score.Overall.Items.Should().Be(2);
        score.Overall.Found.Should().Be(1);
        score.Missed.Should().ContainSingle().Which.Should().Contain("08.00 di ruang Melati");
    }
}

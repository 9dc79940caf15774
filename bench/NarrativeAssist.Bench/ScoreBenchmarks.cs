using BenchmarkDotNet.Attributes;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Bench;

/// <summary>Self-scoring with the what-if search, the cost behind <c>POST /api/score</c> and the progress score:
/// a sheet of middling answers (far from WBBM, so the search takes many steps) and an empty sheet.</summary>
[MemoryDiagnoser]
public class ScoreBenchmarks
{
    private readonly ScoreCalculator _calculator = new(BuiltInData.Catalog);
    private AnswerSheet _middling = null!;
    private readonly AnswerSheet _empty = new(new Dictionary<string, AnswerValue>(), null);
    private AnswerSheet _sample = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sample = AnswersFileParser.Parse(File.ReadAllText(Path.Combine(NarrativeAssist.Tests.RepoRoot.Path, "templates", "samples", "jawaban-contoh.yaml")), BuiltInData.Catalog);
        _middling = Middling(BuiltInData.Catalog);
    }

    private static AnswerSheet Middling(LkeCatalog catalog) => new(catalog.Questions.ToDictionary(q => q.Id, q =>
        q.AnswerType.Numeric is { Unit: "indeks" } ? new AnswerValue(null, 3.0, null)
        : q.AnswerType.Numeric is not null ? new AnswerValue(null, 50, null)
        : new AnswerValue(q.Options[q.Options.Count / 2].Code, null, null)), new HashSet<string> { "wbk" });

    [Benchmark(Description = "Skor + what-if WBBM, jawaban sedang (keduanya)")]
    public ScoreReport Middling() => _calculator.Score(_middling, "wbbm", AreaBasis.Keduanya);

    [Benchmark(Description = "Skor + what-if WBBM, jawaban contoh (templates/samples)")]
    public ScoreReport Sample() => _calculator.Score(_sample, "wbbm");

    [Benchmark(Description = "Skor + what-if WBK, lembar kosong")]
    public ScoreReport Empty() => _calculator.Score(_empty, "wbk");
}

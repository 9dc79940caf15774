using BenchmarkDotNet.Attributes;
using NarrativeAssist.Documents;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Bench;

/// <summary>Issue #2 targets on the 2-core machine (median): a whole LKE document read and checked under 50 ms,
/// one narrative checked under 1 ms. Allocations are reported by the memory diagnoser.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private byte[] _document = [];
    private NarrativeChecker _checker = null!;
    private string _narrative = "";

    [GlobalSetup]
    public void Setup()
    {
        _checker = new NarrativeChecker(BuiltInData.Rules);
        _document = FullDocument.Build(wordsPerNarrative: 300);
        _narrative = FullDocument.Narrative("P.MP.3.b", 300);
    }

    [Benchmark(Description = "Baca + periksa dokumen LKE penuh (113 narasi × ~300 kata)")]
    public CheckReport ReadAndCheckDocument()
    {
        using var stream = new MemoryStream(_document, writable: false);
        var doc = NarrativeReader.Read(stream, BuiltInData.Catalog);
        return DocumentCheck.Run(_checker, doc.Entries.Select(e => new NarrativeInput(e.QuestionId, e.Text, e.Answer)));
    }

    [Benchmark(Description = "Periksa satu narasi (~300 kata)")]
    public QuestionResult CheckOneNarrative() => _checker.Check("P.MP.3.b", _narrative, "A");
}

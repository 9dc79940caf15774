using System.Collections.Concurrent;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>The catalog's tree and thresholds compiled once into index arrays, so one scoring is a single pass over
/// arrays with no allocation. The what-if search scores thousands of trial answer sets per request; with dictionaries
/// and LINQ that cost seconds and ~150 MB per request.</summary>
internal sealed class ScoreModel
{
    private readonly ConcurrentDictionary<(string Predicate, AreaBasis Basis), CompiledCheck[]> _checks = new();
    private readonly IReadOnlyList<Area> _pengungkitAreas; // Pemenuhan and Reform areas: what the per-area minimums read
    private readonly SubAreaSlot[] _subAreas;
    private readonly AreaSlot[] _areas;
    private readonly int[][] _partAreas; // part index → area slots
    private readonly int[] _partNodes;

    public ScoreModel(LkeCatalog catalog)
    {
        var ids = catalog.Questions.Select(q => q.Id).ToList(); // questions first: a question's node is its index
        QuestionCount = ids.Count;
        var questionIndex = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        int Add(string id) { ids.Add(id); return ids.Count - 1; }

        var subs = new List<SubAreaSlot>(); var areas = new List<AreaSlot>(); var parts = new List<int[]>(); var partNodes = new List<int>();
        foreach (var part in catalog.Parts)
        {
            var partAreas = new List<int>();
            foreach (var area in part.Areas)
            {
                var first = subs.Count;
                foreach (var sub in area.SubAreas)
                    subs.Add(new SubAreaSlot(Add(sub.Id), sub.Weight, sub.Questions.Select(q => questionIndex[q.Id]).ToArray()));
                var direct = area.DirectQuestions.Select(q => (questionIndex[q.Id], q.Weight!.Value)).ToArray();
                partAreas.Add(areas.Count);
                areas.Add(new AreaSlot(Add(area.Id), first, subs.Count, direct));
            }
            parts.Add(partAreas.ToArray());
            partNodes.Add(Add(part.Id));
        }
        TotalNode = Add("total");
        _subAreas = subs.ToArray(); _areas = areas.ToArray(); _partAreas = parts.ToArray(); _partNodes = partNodes.ToArray();
        NodeIds = ids;
        Index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

        _pengungkitAreas = catalog.Parts.Where(p => p.Component == "pengungkit").SelectMany(p => p.Areas).ToList();
        Levers = catalog.AreaCodes.Select(code =>
        {
            var halves = _pengungkitAreas.Where(a => a.Code == code).ToList();
            return new LeverSlot(code, catalog.AreaName(code), halves.Select(a => Index[a.Id]).ToArray(), halves.Sum(a => a.Weight));
        }).ToArray();
    }

    public int QuestionCount { get; }
    public int NodeCount => NodeIds.Count;
    public int TotalNode { get; }
    /// <summary>Node ids by index: questions (catalog order), then sub-areas, areas, parts and "total".</summary>
    public IReadOnlyList<string> NodeIds { get; }
    public IReadOnlyDictionary<string, int> Index { get; }
    public IReadOnlyList<LeverSlot> Levers { get; }

    /// <summary>Question values 0..1 by question index (unanswered 0, undefined NaN).</summary>
    public double[] Values(IReadOnlyDictionary<string, double> byId)
    {
        var values = new double[QuestionCount];
        foreach (var (id, v) in byId) values[Index[id]] = v;
        return values;
    }

    /// <summary>Every node's score into <paramref name="scores"/>: a question's points, sub-area = weight × mean of
    /// its defined values, area = Σ sub-areas + Σ weight × value of direct items, part = Σ areas, total = Σ parts.</summary>
    public void Compute(ReadOnlySpan<double> values, Span<double> scores)
    {
        double total = 0;
        for (var p = 0; p < _partAreas.Length; p++)
        {
            double partScore = 0;
            foreach (var a in _partAreas[p])
            {
                var area = _areas[a];
                double areaScore = 0;
                for (var s = area.FirstSub; s < area.EndSub; s++)
                {
                    var sub = _subAreas[s];
                    double sum = 0; var n = 0;
                    foreach (var q in sub.Questions)
                        if (!double.IsNaN(values[q])) { sum += values[q]; n++; }
                    foreach (var q in sub.Questions)
                        scores[q] = n == 0 || double.IsNaN(values[q]) ? 0 : sub.Weight * values[q] / n;
                    var subScore = n == 0 ? 0 : sub.Weight * sum / n;
                    scores[sub.Node] = subScore;
                    areaScore += subScore;
                }
                foreach (var (q, weight) in area.Direct)
                {
                    scores[q] = double.IsNaN(values[q]) ? 0 : weight * values[q];
                    areaScore += scores[q];
                }
                scores[area.Node] = areaScore;
                partScore += areaScore;
            }
            scores[_partNodes[p]] = partScore;
            total += partScore;
        }
        scores[TotalNode] = total;
    }

    public static double Sum(ReadOnlySpan<double> scores, int[] nodes)
    {
        double sum = 0;
        foreach (var n in nodes) sum += scores[n];
        return sum;
    }

    /// <summary>A predicate's thresholds as flat checks for one area basis (the prerequisite check is not among them:
    /// it does not depend on scores).</summary>
    public CompiledCheck[] Checks(PredicateRule p, AreaBasis basis) => _checks.GetOrAdd((p.Id, basis), _ => Compile(p, basis));

    /// <summary>Σ relative shortfall of the unmet checks: the what-if search minimises it.</summary>
    public static double Deficit(CompiledCheck[] checks, ReadOnlySpan<double> scores)
    {
        double deficit = 0;
        foreach (var c in checks)
        {
            var actual = ScoreCalculator.Round(Sum(scores, c.Nodes));
            if (c.IsMet(actual) || c.Required == 0) continue;
            deficit += Math.Max(0, c.Required - actual) / c.Required;
        }
        return deficit;
    }

    private CompiledCheck[] Compile(PredicateRule p, AreaBasis basis)
    {
        var checks = new List<CompiledCheck>();
        foreach (var t in p.Thresholds)
        {
            if (!t.IsAreaPercent)
            {
                checks.Add(new CompiledCheck(t.Id, t.Label, t.Min!.Value, t.Measure.Select(id => Index[id]).ToArray(), t));
                continue;
            }
            var pct = t.MinPercent!.Value / 100;
            if (basis is AreaBasis.Gabungan or AreaBasis.Keduanya)
                foreach (var lever in Levers)
                    checks.Add(new CompiledCheck($"{t.Id}.{lever.Code}", $"{t.Label}: {lever.Name} (Pemenuhan + Reform)",
                        ScoreCalculator.Round(lever.Max * pct), lever.Areas, t));
            if (basis is AreaBasis.PerBagian or AreaBasis.Keduanya)
                foreach (var area in _pengungkitAreas)
                    checks.Add(new CompiledCheck($"{t.Id}.{area.Id}", $"{t.Label}: {area.Name} ({area.Part.Name})",
                        ScoreCalculator.Round(area.Weight * pct), [Index[area.Id]], t));
        }
        return checks.ToArray();
    }

    private sealed record SubAreaSlot(int Node, double Weight, int[] Questions);
    private sealed record AreaSlot(int Node, int FirstSub, int EndSub, (int Question, double Weight)[] Direct);
}

/// <summary>A lever: the Pemenuhan and Reform halves of one area code.</summary>
internal sealed record LeverSlot(string Code, string Name, int[] Areas, double Max);

/// <summary>One threshold check: the sum of <see cref="Nodes"/> must reach <see cref="Required"/>.</summary>
internal sealed record CompiledCheck(string Id, string Label, double Required, int[] Nodes, Threshold Threshold)
{
    /// <summary>Compared on values rounded as the LKE shows them, so float noise never flips a verdict.</summary>
    public bool IsMet(double roundedActual) => roundedActual >= Required - 1e-9;

    public ThresholdCheck Result(ReadOnlySpan<double> scores)
    {
        var actual = ScoreCalculator.Round(ScoreModel.Sum(scores, Nodes));
        return new ThresholdCheck(Id, Label, Required, actual, IsMet(actual), Threshold.Verified, Threshold.Sources);
    }
}

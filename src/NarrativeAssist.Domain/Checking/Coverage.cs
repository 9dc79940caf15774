using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Checking;

/// <summary>Completion of one lever (Pemenuhan and Reform together) or of Hasil: how many questions,
/// how many answered (non-empty narrative), how many strong, and which are missing or weak.</summary>
public sealed record AreaCoverage(string Id, string Name, int Total, int Answered, int Strong,
    IReadOnlyList<string> MissingQuestions, IReadOnlyList<string> WeakQuestions)
{
    public double AnsweredPercent => Total == 0 ? 0 : 100.0 * Answered / Total;
    public double StrongPercent => Total == 0 ? 0 : 100.0 * Strong / Total;
}

public sealed record Coverage(IReadOnlyList<AreaCoverage> Areas, IReadOnlyList<AreaCoverage> Components, int Answered, int Strong, int Total);

public static class CoverageCalculator
{
    /// <summary>Coverage over the whole catalog; questions without a result count as unanswered.</summary>
    public static Coverage Compute(LkeCatalog catalog, IEnumerable<QuestionResult> results)
    {
        var byId = results.ToDictionary(r => r.Id, StringComparer.Ordinal);
        AreaCoverage Of(string id, string name, IEnumerable<Question> questions)
        {
            var qs = questions.ToList();
            var answered = qs.Where(q => byId.TryGetValue(q.Id, out var r) && r.Status != NarrativeStatus.Kosong).ToList();
            return new AreaCoverage(id, name, qs.Count, answered.Count,
                answered.Count(q => byId[q.Id].Status == NarrativeStatus.Kuat),
                qs.Except(answered).Select(q => q.Id).ToList(),
                answered.Where(q => byId[q.Id].Status is NarrativeStatus.Lemah or NarrativeStatus.PerluPerbaikan).Select(q => q.Id).ToList());
        }

        var levers = catalog.AreaCodes.Select(code => Of(code, catalog.AreaName(code), catalog.QuestionsOfArea(code)));
        var hasil = catalog.Parts.Where(p => p.Component == "hasil").Select(p => Of(p.Id, p.Name, p.Areas.SelectMany(a => a.AllQuestions)));
        var areas = levers.Concat(hasil).ToList();
        var components = catalog.Parts.Select(p => Of(p.Id, p.Name, p.Areas.SelectMany(a => a.AllQuestions))).ToList();
        return new Coverage(areas, components, areas.Sum(a => a.Answered), areas.Sum(a => a.Strong), areas.Sum(a => a.Total));
    }
}

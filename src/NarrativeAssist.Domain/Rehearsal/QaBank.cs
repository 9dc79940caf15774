using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Rehearsal;

/// <summary>A question evaluators may ask, for the Q&amp;A drill. <see cref="Id"/> is stable.</summary>
public sealed record QaQuestion(string Id, string Area, string Text);

/// <summary>The starter question bank shipped with the product (Data/qa/bank-awal.yaml): at least five questions for
/// each of the six levers. Each unit's bank starts as a copy of it.</summary>
public static class QaBank
{
    public const int MinimumPerArea = 5;

    public static IReadOnlyList<QaQuestion> Parse(string yaml, LkeCatalog catalog, string source = "bank-awal.yaml")
    {
        var file = YamlData.Read<BankFile>(yaml, source);
        var problems = new List<string>();
        var questions = new List<QaQuestion>();
        foreach (var q in file.Pertanyaan)
        {
            if (string.IsNullOrWhiteSpace(q.Id) || string.IsNullOrWhiteSpace(q.Teks)) { problems.Add("pertanyaan tanpa id atau teks"); continue; }
            if (!catalog.AreaCodes.Contains(q.Area)) problems.Add($"{q.Id}: area {q.Area} tidak dikenal");
            questions.Add(new QaQuestion(q.Id, q.Area, q.Teks.Trim()));
        }
        problems.AddRange(questions.GroupBy(q => q.Id).Where(g => g.Count() > 1).Select(g => $"id {g.Key} ganda"));
        problems.AddRange(catalog.AreaCodes.Where(a => questions.Count(q => q.Area == a) < MinimumPerArea)
            .Select(a => $"area {a} kurang dari {MinimumPerArea} pertanyaan"));
        if (problems.Count > 0) throw new DataFileException(source, problems);
        return questions;
    }

    private sealed class BankFile
    {
        public List<Entry> Pertanyaan { get; set; } = [];
    }

    private sealed class Entry
    {
        public string Id { get; set; } = "";
        public string Area { get; set; } = "";
        public string Teks { get; set; } = "";
    }
}

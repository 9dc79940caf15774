using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Workbook;

/// <summary>A summary row's node: a sub-area, area, part, the Pengungkit component or the total.</summary>
public sealed record SummaryNode(string Id, string Name, double Weight);

/// <summary>Compares row texts with the catalog: question texts by the share of the question's words the row holds
/// (copies drop or add words, fix typos, cut the text), and area, sub-area and part names for summary rows.</summary>
public sealed class CatalogMatcher
{
    /// <summary>Share of a question's words a row must hold to be taken for it on its text alone.</summary>
    public const double QuestionThreshold = 0.6;
    private const double NameThreshold = 0.8;
    private const int NameExtraWords = 3;
    /// <summary>Share of a summary row's words that must belong to the name: "Pengendalian gratifikasi telah
    /// diimplementasikan" is a question, not the sub-area "Pengendalian Gratifikasi".</summary>
    private const double RowInName = 0.6;
    public const string PengungkitId = "pengungkit";
    public const string TotalId = "total";

    private readonly LkeCatalog _catalog;
    private readonly List<(Question Question, HashSet<string> Words)> _questions;
    private readonly List<(SummaryNode Node, HashSet<string> Words, string? PartId)> _names = [];

    private static readonly string[][] TotalLabels = [["nilai", "total"], ["total", "nilai"], ["total"], ["jumlah", "nilai"], ["nilai", "lke"], ["indeks", "zi"], ["nilai", "akhir"]];

    public CatalogMatcher(LkeCatalog catalog)
    {
        _catalog = catalog;
        _questions = catalog.Questions.Select(q => (q, Words(q.Text))).ToList();
        foreach (var part in catalog.Parts)
        {
            _names.Add((new SummaryNode(part.Id, part.Name, part.Weight), Words(part.Name), part.Id));
            foreach (var area in part.Areas)
            {
                _names.Add((new SummaryNode(area.Id, area.Name, area.Weight), Words(area.Name), part.Id));
                foreach (var sub in area.SubAreas)
                    _names.Add((new SummaryNode(sub.Id, sub.Name, sub.Weight), Words(sub.Name), part.Id));
            }
        }
        foreach (var component in catalog.Components.Where(c => c.Id == PengungkitId))
            _names.Add((new SummaryNode(PengungkitId, component.Name, component.Weight), Words(component.Name), null));
    }

    public static HashSet<string> Words(string text) => LowerWords.Of(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>Share of <paramref name="q"/>'s words found in <paramref name="row"/>.</summary>
    public double Similarity(Question q, HashSet<string> row)
    {
        var words = _questions.First(x => x.Question == q).Words;
        return Coverage(words, row);
    }

    /// <summary>The questions the row's text resembles most, best first (with their similarity).</summary>
    public IReadOnlyList<(Question Question, double Score)> Questions(HashSet<string> row, int take = 3) =>
        _questions.Select(x => (x.Question, Score: Coverage(x.Words, row), Dice: Dice(x.Words, row)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Dice)
            .Take(take).Select(x => (x.Question, x.Score)).ToList();

    /// <summary>The node a summary row names ("1. MANAJEMEN PERUBAHAN", "i. Penyusunan Tim Kerja", "II. REFORM",
    /// "NILAI TOTAL"); Pemenuhan and Reform share area names, so <paramref name="part"/> (the part being read) decides.</summary>
    public IReadOnlyList<SummaryNode> Summary(string text, string? part)
    {
        var words = LowerWords.Of(text).Where(w => w is not ("komponen" or "bagian" or "aspek" or "area") && !w.All(char.IsDigit)).ToList();
        if (words.Count == 0) return [];
        var set = words.ToHashSet(StringComparer.Ordinal);
        if (TotalLabels.Any(l => l.Length == words.Count && l.SequenceEqual(words))) return [new SummaryNode(TotalId, "Nilai total", 100)];
        var found = _names
            .Where(n => Coverage(n.Words, set) >= NameThreshold && words.Count <= n.Words.Count + NameExtraWords && Coverage(set, n.Words) >= RowInName)
            .OrderByDescending(n => Coverage(n.Words, set)).ThenByDescending(n => Dice(n.Words, set))
            .ToList();
        if (found.Count == 0) return [];
        // Short questions repeat their sub-area's name ("Whistle Blowing System telah diterapkan"): a row that fits a
        // question at least as closely as the name is that question.
        var nameFit = Dice(found[0].Words, set);
        if (_questions.Any(q => Dice(q.Words, set) >= nameFit)) return [];
        var top = Coverage(found[0].Words, set);
        return found.Where(n => Math.Abs(Coverage(n.Words, set) - top) < 1e-9)
            .OrderBy(n => n.PartId == part ? 0 : 1)
            .Select(n => n.Node).ToList();
    }

    private static double Coverage(HashSet<string> target, HashSet<string> row) =>
        target.Count == 0 ? 0 : target.Count(row.Contains) / (double)target.Count;

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}

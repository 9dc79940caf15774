using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>Recognises the LKE outline in plain lines: part headings (Pemenuhan, Reform, Hasil), area and
/// sub-area headings, question ids, LKE numbering ("1.i.a", "i.", "a.") and question text.
/// Name matches are strict for body lines and looser for headings, so narrative sentences that merely mention
/// "hasil" or "manajemen perubahan" are not taken for outline entries.</summary>
internal sealed partial class OutlineMatcher
{
    /// <summary>Share of a question's words a line must contain to be taken for that question.</summary>
    public const double QuestionTextThreshold = 0.7;
    /// <summary>Share of the question's words the text after a number must contain to confirm the number.</summary>
    public const double NumberedTextThreshold = 0.5;
    private const double NameThreshold = 0.8;
    private static readonly HashSet<string> PartFillers = ["komponen", "bagian", "aspek"];

    [GeneratedRegex(@"^\s*(?<id>[PRH]\.[A-Za-z0-9]{1,5}(?:\.\d{1,2})?\.[a-z])(?![A-Za-z0-9])[\s.:)\-–—]*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionIdPattern();

    [GeneratedRegex(@"^\s*(?<area>\d{1,2})\.(?<sub>[ivx]{1,4})\.(?<letter>[a-h])(?![A-Za-z0-9])[\s.:)\-–—]*(?<rest>.*)$")]
    private static partial Regex LkeNumberPattern();

    [GeneratedRegex(@"^\s*(?<sub>[ivx]{1,4})[.)]\s+(?<rest>\S.*)$")]
    private static partial Regex SubAreaNumeralPattern();

    [GeneratedRegex(@"^\s*(?<letter>[a-h])[.)]\s+(?<rest>\S.*)$")]
    private static partial Regex LetterPattern();

    // "I.", "1.", "B)", "ii." … in front of headings, possibly repeated ("1. a.").
    [GeneratedRegex(@"^\s*(?:(?:\d{1,2}|[ivxIVX]{1,4}|[A-Za-z])[.)]\s*)+")]
    private static partial Regex NumberingPrefix();

    private readonly LkeCatalog _catalog;
    private readonly Dictionary<Question, HashSet<string>> _questionWords;
    private readonly Dictionary<string, HashSet<string>> _nameWords = new(StringComparer.Ordinal);

    public OutlineMatcher(LkeCatalog catalog)
    {
        _catalog = catalog;
        _questionWords = catalog.Questions.ToDictionary(q => q, q => Words.Of(q.Text).ToHashSet());
    }

    public (string Id, string Remainder)? QuestionId(string line) =>
        QuestionIdPattern().Match(line) is { Success: true } m ? (m.Groups["id"].Value, m.Groups["rest"].Value.Trim()) : null;

    /// <summary>"1.i.a": area number, sub-area numeral and question letter within <paramref name="part"/>.</summary>
    public (Question Question, string Remainder)? LkeNumber(string line, Part part)
    {
        var m = LkeNumberPattern().Match(line);
        if (!m.Success) return null;
        var q = part.Areas.FirstOrDefault(a => a.Number.ToString() == m.Groups["area"].Value)?
            .SubAreas.FirstOrDefault(s => s.Numeral == m.Groups["sub"].Value)?
            .Questions.FirstOrDefault(x => x.Letter == m.Groups["letter"].Value);
        return q is null ? null : (q, m.Groups["rest"].Value.Trim());
    }

    public Part? PartHeading(Block block)
    {
        if (IsLabel(block)) return null;
        var words = Words.Of(StripNumbering(block.Text)).Where(w => !PartFillers.Contains(w)).ToList();
        foreach (var part in _catalog.Parts)
        {
            var name = NameWords(part.Name);
            if (!name.All(words.Contains)) continue;
            if (words.Count == name.Count || (block.IsHeading && words.Count <= name.Count + 6)) return part;
        }
        return null;
    }

    /// <summary>An area heading, preferring the areas of <paramref name="part"/> (Pemenuhan and Reform share names).
    /// A body line naming the area already being read is a mention, not a new heading.</summary>
    public Area? AreaHeading(Block block, Part? part, Area? current)
    {
        var candidates = (part?.Areas ?? []).Concat(_catalog.Parts.SelectMany(p => p.Areas))
            .Where(a => block.IsHeading || a != current);
        return BestByName(block, candidates, a => a.Name);
    }

    /// <summary>A sub-area heading: "ii. Rencana Pembangunan …" within <paramref name="area"/>, or its name alone
    /// (a body line only counts when it names another sub-area of the current area).</summary>
    public SubArea? SubAreaHeading(Block block, Area? area, Part? part, SubArea? current)
    {
        if (IsLabel(block)) return null;
        if (area is not null && SubAreaNumeralPattern().Match(block.Text) is { Success: true } m
            && area.SubAreas.FirstOrDefault(s => s.Numeral == m.Groups["sub"].Value) is { } numbered
            && (block.IsHeading || Words.Coverage(NameWords(numbered.Name), Words.Of(m.Groups["rest"].Value).ToHashSet()) >= NumberedTextThreshold))
            return numbered;
        var candidates = block.IsHeading
            ? (area?.SubAreas ?? []).Concat((part?.Areas ?? []).SelectMany(a => a.SubAreas))
                .Concat(_catalog.Parts.SelectMany(p => p.Areas).SelectMany(a => a.SubAreas))
            : (area?.SubAreas ?? []).Where(s => s != current);
        return BestByName(block, candidates, s => s.Name);
    }

    /// <summary>"a. &lt;question text&gt;" under a sub-area (or a Hasil area, whose questions hang directly off it).</summary>
    public (Question Question, string Remainder)? Lettered(Block block, IReadOnlyList<Question> scope)
    {
        var m = LetterPattern().Match(block.Text);
        if (!m.Success) return null;
        var q = scope.FirstOrDefault(x => x.Letter == m.Groups["letter"].Value);
        if (q is null) return null;
        var rest = m.Groups["rest"].Value.Trim();
        return block.IsHeading || ResemblesQuestion(q, rest) ? (q, rest) : null;
    }

    /// <summary>The question whose text the line reproduces (≥ 70 % of its words), preferring nearby questions.
    /// The line may not be much longer than the question, or it is a narrative sentence quoting it.</summary>
    public Question? QuestionText(Block block, IEnumerable<Question> nearby)
    {
        var lineWords = Words.Of(StripNumbering(block.Text));
        var lineSet = lineWords.ToHashSet();
        Question? best = null;
        var bestScore = 0.0;
        foreach (var q in nearby.Concat(_catalog.Questions))
        {
            var target = _questionWords[q];
            var allowed = block.IsHeading ? 2 * target.Count + 4 : target.Count + Math.Max(3, target.Count / 3);
            if (lineWords.Count > allowed) continue;
            var score = Words.Coverage(target, lineSet);
            if (score >= QuestionTextThreshold && score > bestScore) (best, bestScore) = (q, score);
        }
        return best;
    }

    /// <summary>Whether text after a number or id restates the question rather than starting the narrative.</summary>
    public bool ResemblesQuestion(Question q, string text) =>
        Words.Coverage(_questionWords[q], Words.Of(text).ToHashSet()) >= NumberedTextThreshold;

    private T? BestByName<T>(Block block, IEnumerable<T> candidates, Func<T, string> name) where T : class
    {
        if (IsLabel(block)) return null;
        var lineWords = Words.Of(StripNumbering(block.Text));
        var lineSet = lineWords.ToHashSet();
        T? best = null;
        var bestScore = 0.0;
        foreach (var c in candidates)
        {
            var target = NameWords(name(c));
            if (lineWords.Count > target.Count + (block.IsHeading ? 4 : 1)) continue;
            var score = Words.Coverage(target, lineSet);
            if (score >= NameThreshold && score > bestScore) (best, bestScore) = (c, score);
        }
        return best;
    }

    private HashSet<string> NameWords(string name)
    {
        if (!_nameWords.TryGetValue(name, out var words)) _nameWords[name] = words = Words.Of(name).ToHashSet();
        return words;
    }

    /// <summary>A body line ending in a colon ("Hasil:") introduces what follows; it is not an outline heading.</summary>
    private static bool IsLabel(Block block) => !block.IsHeading && block.Text.TrimEnd().EndsWith(':');

    private static string StripNumbering(string text) => NumberingPrefix().Replace(text, "");
}

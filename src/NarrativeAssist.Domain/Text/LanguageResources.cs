using NarrativeAssist.Domain.Text.Reading;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Text;

/// <summary>Institution titles and abbreviations, synonym groups and roots the stemmer must keep apart
/// (Data/bahasa/istilah.yaml). Patterns are compiled with them, so a checklist written with "kepala kantor" also
/// accepts "Kakan", and "pegawai" accepts "personel", without every checklist listing every variant.</summary>
public sealed class LanguageResources
{
    private readonly List<(string[] Short, List<string[]> Long)> _abbreviations = [];
    private readonly Dictionary<string, string[]> _synonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fixedRoots = new(StringComparer.Ordinal);

    private static readonly Lazy<LanguageResources> BuiltIn = new(() => Parse(BuiltInData.Resource("bahasa/istilah.yaml"), "bahasa/istilah.yaml"));

    public static LanguageResources Default => BuiltIn.Value;

    public static LanguageResources Parse(string yaml, string sourceName)
    {
        var dto = YamlData.Read<Dto>(yaml, sourceName);
        var r = new LanguageResources();
        var problems = new List<string>();
        foreach (var (shortForm, longForms) in dto.Singkatan ?? [])
        {
            if (longForms is not { Count: > 0 }) { problems.Add($"singkatan {shortForm}: bentuk panjang kosong"); continue; }
            r._abbreviations.Add((LowerWords.Of(shortForm), longForms.Select(LowerWords.Of).Where(w => w.Length > 0).ToList()));
        }
        foreach (var group in dto.Sinonim ?? [])
        {
            var words = group.Select(g => string.Join(' ', LowerWords.Of(g))).Where(w => w.Length > 0).Distinct().ToArray();
            if (words.Length < 2) { problems.Add($"sinonim [{string.Join(", ", group)}]: minimal dua kata"); continue; }
            foreach (var w in words) r._synonyms[w] = words;
        }
        foreach (var (word, root) in dto.AkarTetap ?? []) r._fixedRoots[word.Trim().ToLowerInvariant()] = root.Trim().ToLowerInvariant();
        if (problems.Count > 0) throw new DataFileException(sourceName, problems);
        return r;
    }

    /// <summary>The root a word must keep (pimpinan ≠ pimpin), or null to let the stemmer decide.</summary>
    public string? FixedRoot(string lowerWord) => _fixedRoots.GetValueOrDefault(lowerWord);

    /// <summary>The phrase and its variants: each abbreviation or long form inside it replaced by the other, then each
    /// word or phrase of a synonym group replaced by the others. Bounded: a phrase yields at most 32 variants.</summary>
    public IReadOnlyList<string[]> Variants(string[] words)
    {
        var result = new List<string[]> { words };
        var seen = new HashSet<string>(StringComparer.Ordinal) { string.Join(' ', words) };
        void Add(string[] v) { if (result.Count < 32 && seen.Add(string.Join(' ', v))) result.Add(v); }
        foreach (var (shortForm, longForms) in _abbreviations)
            foreach (var current in result.ToList())
            {
                foreach (var l in longForms)
                {
                    if (Replace(current, l, shortForm) is { } a) Add(a);
                    if (Replace(current, shortForm, l) is { } b) Add(b);
                }
            }
        foreach (var current in result.ToList())
            for (var i = 0; i < current.Length; i++)
                foreach (var len in new[] { 2, 1 })
                {
                    if (i + len > current.Length) continue;
                    var key = string.Join(' ', current, i, len);
                    if (!_synonyms.TryGetValue(key, out var group)) continue;
                    foreach (var g in group.Where(g => g != key))
                        Add([.. current[..i], .. g.Split(' '), .. current[(i + len)..]]);
                }
        return result;
    }

    private static string[]? Replace(string[] words, string[] from, string[] to)
    {
        for (var i = 0; i + from.Length <= words.Length; i++)
        {
            var ok = true;
            for (var k = 0; k < from.Length && ok; k++) ok = words[i + k] == from[k];
            if (ok) return [.. words[..i], .. to, .. words[(i + from.Length)..]];
        }
        return null;
    }

#pragma warning disable CS8618
    private sealed class Dto
    {
        public Dictionary<string, List<string>>? Singkatan { get; set; }
        public List<List<string>>? Sinonim { get; set; }
        public Dictionary<string, string>? AkarTetap { get; set; }
    }
#pragma warning restore CS8618
}

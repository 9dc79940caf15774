using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Library;

/// <summary>Indonesian provinces, regencies and cities (embedded data file Data/wilayah/wilayah-indonesia.yaml), read
/// once. A place name in a narrative points at one unit as surely as its name does.</summary>
public sealed partial class Gazetteer
{
    private static readonly Lazy<Gazetteer> Lazy = new(() => Parse(BuiltInData.Resource("wilayah/wilayah-indonesia.yaml")));

    public static Gazetteer Indonesia => Lazy.Value;

    public required IReadOnlyList<string> Provinces { get; init; }
    public required IReadOnlyList<string> Regencies { get; init; }
    public required IReadOnlyList<string> Cities { get; init; }

    /// <summary>Province abbreviations in common use (Kaltara, Jatim, NTB).</summary>
    public required IReadOnlyList<string> Abbreviations { get; init; }

    /// <summary>Names that are also common words or given names (Batu, Bone, Bima): places only after a cue.</summary>
    public required IReadOnlySet<string> Ambiguous { get; init; }

    /// <summary>Every distinct name, longest first so "Bandung Barat" wins over "Bandung".</summary>
    public IReadOnlyList<string> AllNames => names ??= Provinces.Concat(Regencies).Concat(Cities).Concat(Abbreviations)
        .Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ToList();

    private IReadOnlyList<string>? names;

    private HashSet<string>? lookup;

    /// <summary>Whether <paramref name="name"/> is a place of the gazetteer, as written or in capitals.</summary>
    public bool IsPlace(string name)
    {
        lookup ??= AllNames.Concat(AllNames.Where(n => n.Length >= 4).Select(n => n.ToUpperInvariant())).ToHashSet(StringComparer.Ordinal);
        return lookup.Contains(name);
    }

    /// <summary>Place names in <paramref name="text"/>: runs of up to five capitalised (or upper-case) words that spell a
    /// name of the gazetteer, longest first. A set lookup per word run, so the cost does not grow with the gazetteer.</summary>
    public IEnumerable<(int Start, int End, string Name)> FindNames(string text)
    {
        lookup ??= AllNames.Concat(AllNames.Where(n => n.Length >= 4).Select(n => n.ToUpperInvariant())).ToHashSet(StringComparer.Ordinal);
        var words = WordPattern().Matches(text);
        var i = 0;
        while (i < words.Count)
        {
            var matched = false;
            for (var n = Math.Min(5, words.Count - i); n >= 1 && !matched; n--)
            {
                var first = words[i];
                var last = words[i + n - 1];
                var ok = true;
                for (var k = i + 1; k < i + n && ok; k++)
                {
                    var gap = text.AsSpan(words[k - 1].Index + words[k - 1].Length, words[k].Index - words[k - 1].Index - words[k - 1].Length);
                    ok = gap.Length is >= 1 and <= 3 && gap.Trim().Length == 0 || gap is "-";
                }
                if (!ok) continue;
                var candidate = n == 1 ? first.Value : string.Join(' ', Enumerable.Range(i, n).Select(k => words[k].Value));
                if (!lookup.Contains(candidate)) continue;
                yield return (first.Index, last.Index + last.Length, candidate);
                i += n;
                matched = true;
            }
            if (!matched) i++;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{Lu}][\p{L}\-]*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:dan|Una)(?![\p{L}\p{N}])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    internal static Gazetteer Parse(string yaml)
    {
        var file = YamlData.Read<GazetteerFile>(yaml, "wilayah-indonesia.yaml");
        return new Gazetteer
        {
            Provinces = file.Provinsi.Select(p => p.Nama).ToList(),
            Regencies = file.Provinsi.SelectMany(p => p.Kabupaten).ToList(),
            Cities = file.Provinsi.SelectMany(p => p.Kota).ToList(),
            Abbreviations = file.Provinsi.SelectMany(p => p.Singkatan).ToList(),
            Ambiguous = file.Ambigu.ToHashSet(StringComparer.Ordinal),
        };
    }

    private sealed class GazetteerFile
    {
        public List<ProvinceDto> Provinsi { get; set; } = [];
        public List<string> Ambigu { get; set; } = [];
    }

    private sealed class ProvinceDto
    {
        public string Nama { get; set; } = "";
        public List<string> Singkatan { get; set; } = [];
        public List<string> Kabupaten { get; set; } = [];
        public List<string> Kota { get; set; } = [];
    }
}

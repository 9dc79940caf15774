using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Library;

/// <summary>Given names and family names common in Indonesia, and capitalised words that are never part of a name
/// (embedded data file Data/nama/nama-orang.yaml).</summary>
internal sealed class NameVocabulary
{
    private static readonly Lazy<NameVocabulary> Lazy = new(() => Parse(BuiltInData.Resource("nama/nama-orang.yaml")));

    public static NameVocabulary Indonesia => Lazy.Value;

    public required IReadOnlySet<string> Names { get; init; }
    public required IReadOnlySet<string> NotNames { get; init; }

    public bool IsName(string word) => Names.Contains(word);

    /// <summary>Whether a capitalised word can be part of a person's name (not a title, office, month or function word).</summary>
    public bool CanBeName(string word) => word.Length > 0 && !NotNames.Contains(word.TrimEnd('.', ','));

    private static NameVocabulary Parse(string yaml)
    {
        var file = YamlData.Read<NamesFile>(yaml, "nama-orang.yaml");
        return new NameVocabulary
        {
            Names = file.Nama.ToHashSet(StringComparer.OrdinalIgnoreCase),
            NotNames = file.BukanNama.ToHashSet(StringComparer.OrdinalIgnoreCase),
        };
    }

    private sealed class NamesFile
    {
        public List<string> Nama { get; set; } = [];
        public List<string> BukanNama { get; set; } = [];
    }
}

using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>Kinds of file ("undangan", "notulen", "sk") and words that say nothing about a file's content, from
/// Data/bahasa/berkas.yaml.</summary>
public sealed class FileNameLexicon
{
    private static readonly Lazy<FileNameLexicon> BuiltIn = new(() => Parse(BuiltInData.Resource("bahasa/berkas.yaml"), "bahasa/berkas.yaml"));

    private FileNameLexicon(IReadOnlyList<Stems> kinds, IReadOnlySet<string> ignored) { Kinds = kinds; Ignored = ignored; }

    public static FileNameLexicon Default => BuiltIn.Value;

    public IReadOnlyList<Stems> Kinds { get; }
    public IReadOnlySet<string> Ignored { get; }

    public bool IsKind(Stems s) => Kinds.Any(k => k.Matches(s));

    public static FileNameLexicon Parse(string yaml, string sourceName)
    {
        var dto = YamlData.Read<Dto>(yaml, sourceName);
        if (dto.Jenis is not { Count: > 0 }) throw new DataFileException(sourceName, ["jenis kosong"]);
        return new FileNameLexicon(dto.Jenis.Select(w => IndonesianStemmer.Stem(w.Trim().ToLowerInvariant())).ToList(),
            new HashSet<string>((dto.Abaikan ?? []).Select(w => w.Trim().ToLowerInvariant()), StringComparer.Ordinal));
    }

#pragma warning disable CS8618
    private sealed class Dto
    {
        public List<string>? Jenis { get; set; }
        public List<string>? Abaikan { get; set; }
    }
#pragma warning restore CS8618
}

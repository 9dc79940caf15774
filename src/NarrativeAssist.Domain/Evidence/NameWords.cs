using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>The words of a folder name, a file name or a piece of named evidence, compared the way a reader would:
/// stems ("pembentukan" = "bentuk"), long forms folded into the abbreviation units write in names ("surat keputusan"
/// → "sk", "zona integritas" → "zi", from Data/bahasa/istilah.yaml), and without numbers, months and small words that
/// say nothing about what a file holds (Data/bahasa/berkas.yaml).</summary>
public sealed class NameWords
{
    private NameWords(IReadOnlyList<Stems> stems) => Stems = stems;

    public IReadOnlyList<Stems> Stems { get; }

    public int Count => Stems.Count;

    public static NameWords Of(string text)
    {
        var words = LowerWords.Of(text).Where(w => !FileNameLexicon.Default.Ignored.Contains(w) && !w.All(char.IsDigit) && w.Length > 1).ToArray();
        // The shortest variant folds every long form into its abbreviation on both sides of a comparison.
        var canonical = words.Length == 0 ? words : LanguageResources.Default.Variants(words).MinBy(v => v.Length)!;
        var stems = new List<Stems>();
        foreach (var w in canonical)
        {
            var s = IndonesianStemmer.Stem(w);
            if (!stems.Any(x => x.Matches(s))) stems.Add(s);
        }
        return new NameWords(stems);
    }

    /// <summary>How many of these words the other holds.</summary>
    public int Shared(NameWords other) => Stems.Count(s => other.Stems.Any(o => o.Matches(s)));

    /// <summary>Kinds of file these words name ("undangan", "notulen").</summary>
    public IEnumerable<Stems> Kinds => Stems.Where(FileNameLexicon.Default.IsKind);

    /// <summary>Share of these words found in <paramref name="other"/> (0 when this has none).</summary>
    public double ContainedIn(NameWords other) => Count == 0 ? 0 : Shared(other) / (double)Count;
}

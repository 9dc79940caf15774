using System.Collections.Concurrent;
using LuceneStemmer = Lucene.Net.Analysis.Id.IndonesianStemmer;

namespace NarrativeAssist.Domain.Text;

/// <summary>Indonesian stemming for rule matching: Lucene's rule-based stemmer (derivational on),
/// plus one repair. Lucene has no root lexicon, so where a nasal prefix swallowed the root's first
/// consonant it guesses wrong: "meningkat" → "ingkat" but "peningkatan" → "tingkat"; "perencanaan" → "encana".
/// We keep Lucene's stem and add the restored root as an alternative (men+V → tV, meng+V → kV,
/// meny+V → sV, mem+V → pV, per/ber+V → rV); two words match when any of their stems agree.</summary>
public static class IndonesianStemmer
{
    [ThreadStatic] private static LuceneStemmer? _lucene;
    [ThreadStatic] private static char[]? _buffer;

    // Vocabulary is bounded in real narratives; the cap keeps a hostile 10 MB paragraph from growing it forever.
    private const int CacheCap = 100_000;
    private static readonly ConcurrentDictionary<string, Stems> Cache = new(StringComparer.Ordinal);

    /// <summary>Stems of a lower-case word: primary and, where the prefix may hide a consonant, an alternative.</summary>
    public static Stems Stem(string lowerWord)
    {
        if (Cache.TryGetValue(lowerWord, out var cached)) return cached;
        var result = Compute(lowerWord);
        if (Cache.Count < CacheCap) Cache.TryAdd(lowerWord, result);
        return result;
    }

    private static Stems Compute(string word)
    {
        // Roots the rule-based stemmer would conflate (pimpinan → pimpin, like memimpin): kept apart by data.
        if (LanguageResources.Default.FixedRoot(word) is { } root) return new Stems(root, null);
        if (word.Length < 4 || !word.All(char.IsLetter)) return new Stems(word, null);
        _lucene ??= new LuceneStemmer();
        if (_buffer is null || _buffer.Length < word.Length) _buffer = new char[Math.Max(64, word.Length)];
        word.CopyTo(0, _buffer, 0, word.Length);
        var len = _lucene.Stem(_buffer, word.Length, stemDerivational: true);
        var stem = new string(_buffer, 0, len);
        return new Stems(stem, Restore(word, stem));
    }

    private static string? Restore(string word, string stem)
    {
        if (stem.Length < 3 || !IsVowel(stem[0])) return null;
        var at = word.IndexOf(stem, StringComparison.Ordinal);
        if (at < 2) return null;
        var prefix = word[..at];
        string? consonant = prefix switch
        {
            _ when prefix.EndsWith("ny", StringComparison.Ordinal) => "s",
            _ when prefix.EndsWith("ng", StringComparison.Ordinal) => "k",
            _ when prefix.EndsWith('n') => "t",
            _ when prefix.EndsWith('m') => "p",
            _ when prefix.EndsWith('r') => "r",
            _ => null,
        };
        return consonant is null ? null : consonant + stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

/// <summary>A word's stem and an optional alternative root.</summary>
public readonly record struct Stems(string Primary, string? Alternative)
{
    public bool Matches(Stems other) =>
        Primary == other.Primary
        || (Alternative is not null && (Alternative == other.Primary || Alternative == other.Alternative))
        || (other.Alternative is not null && Primary == other.Alternative);
}

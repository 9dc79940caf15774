using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Rules;

/// <summary>Where a pattern matched: a character span and the sentence holding its start.</summary>
public readonly record struct PatternMatch(int Start, int Length, int Sentence);

/// <summary>One entry of a rule's pattern list (see docs/format-aturan.md): a word or phrase matched on stems,
/// "=word" matched exactly, "{kind}" an entity class, "re:…" a regular expression.</summary>
public abstract class Pattern
{
    protected Pattern(string source) => Source = source;

    public string Source { get; }

    public abstract IEnumerable<PatternMatch> Find(AnalyzedText text);

    public static Pattern Compile(string source)
    {
        var s = source.Trim();
        if (s.Length == 0) throw new FormatException("pola kosong");
        if (s.StartsWith("re:", StringComparison.Ordinal))
        {
            try
            {
                return new RegexPattern(source, new Regex(s[3..], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));
            }
            catch (ArgumentException e) { throw new FormatException($"regex \"{s[3..]}\" tidak valid: {e.Message}"); }
        }
        if (s.StartsWith('{') && s.EndsWith('}'))
        {
            if (!EntityRecognizer.TryParseKind(s[1..^1], out var kind))
                throw new FormatException($"kelas {s} tidak dikenal (angka, persen, tahun, tanggal, nomor, periode, tautan)");
            return new EntityPattern(source, kind);
        }
        var exact = s.StartsWith('=');
        var words = LowerWords.Of(exact ? s[1..] : s);
        if (words.Length == 0) throw new FormatException($"pola \"{source}\" tidak memuat kata");
        var variants = LanguageResources.Default.Variants(words);
        if (variants.Count == 1)
            return exact ? new ExactPattern(source, words) : new StemPattern(source, words.Select(IndonesianStemmer.Stem).ToArray());
        // "kepala kantor" also as "kakan", "pegawai" also as "personel": one pattern, its variants found together.
        return new AnyOfPattern(source, variants.Select(v => exact
            ? (Pattern)new ExactPattern(source, v)
            : new StemPattern(source, v.Select(IndonesianStemmer.Stem).ToArray())).ToList());
    }


    /// <summary>Consecutive tokens starting at each candidate position that satisfy <paramref name="matches"/>.</summary>
    protected static IEnumerable<PatternMatch> Phrases(AnalyzedText text, IEnumerable<int> firsts, int length, Func<int, Token, bool> matches)
    {
        foreach (var first in firsts)
        {
            if (first + length > text.Tokens.Count) continue;
            var ok = true;
            for (var k = 1; k < length && ok; k++) ok = matches(k, text.Tokens[first + k]);
            if (!ok) continue;
            var a = text.Tokens[first]; var b = text.Tokens[first + length - 1];
            yield return new PatternMatch(a.Start, b.End - a.Start, a.Sentence);
        }
    }
}

internal sealed class StemPattern(string source, Stems[] words) : Pattern(source)
{
    public override IEnumerable<PatternMatch> Find(AnalyzedText text) => words.Length >= 3
        ? Loose(text)
        : Phrases(text, text.WithStem(words[0]), words.Length, (k, t) => t.Stems.Matches(words[k]));

    /// <summary>A phrase of three or more words may take one extra word between two of its words, within a sentence:
    /// "sistem informasi kinerja" is also "Sistem Informasi Manajemen Kinerja".</summary>
    private IEnumerable<PatternMatch> Loose(AnalyzedText text)
    {
        var tokens = text.Tokens;
        foreach (var first in text.WithStem(words[0]))
        {
            int at = first, skipped = 0;
            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                if (at + 1 < tokens.Count && tokens[at + 1].Stems.Matches(words[k])) at++;
                else if (skipped == 0 && at + 2 < tokens.Count && tokens[at + 2].Stems.Matches(words[k])) { at += 2; skipped = 1; }
                else ok = false;
            }
            if (!ok || tokens[at].Sentence != tokens[first].Sentence) continue;
            yield return new PatternMatch(tokens[first].Start, tokens[at].End - tokens[first].Start, tokens[first].Sentence);
        }
    }
}

internal sealed class ExactPattern(string source, string[] words) : Pattern(source)
{
    public override IEnumerable<PatternMatch> Find(AnalyzedText text) =>
        Phrases(text, text.WithLower(words[0]), words.Length, (k, t) => t.Lower == words[k]);
}

internal sealed class AnyOfPattern(string source, IReadOnlyList<Pattern> variants) : Pattern(source)
{
    public override IEnumerable<PatternMatch> Find(AnalyzedText text) => variants.SelectMany(v => v.Find(text));
}

internal sealed class EntityPattern(string source, EntityKind kind) : Pattern(source)
{
    public override IEnumerable<PatternMatch> Find(AnalyzedText text) =>
        text.Entities.Where(e => e.Kind == kind).Select(e => new PatternMatch(e.Start, e.Length, text.SentenceAt(e.Start)));
}

internal sealed class RegexPattern(string source, Regex regex) : Pattern(source)
{
    public override IEnumerable<PatternMatch> Find(AnalyzedText text)
    {
        var results = new List<PatternMatch>();
        try
        {
            for (var m = regex.Match(text.Text); m.Success && results.Count < PatternSet.MaxMatches; m = m.NextMatch())
                if (m.Length > 0) results.Add(new PatternMatch(m.Index, m.Length, text.SentenceAt(m.Index)));
        }
        catch (RegexMatchTimeoutException) { /* a pathological text: keep what was found */ }
        return results;
    }
}

/// <summary>A rule's list of patterns, matched together.</summary>
public sealed class PatternSet
{
    internal const int MaxMatches = 10_000;
    public static readonly PatternSet Empty = new([]);

    public PatternSet(IReadOnlyList<Pattern> patterns) => Patterns = patterns;

    public IReadOnlyList<Pattern> Patterns { get; }
    public bool IsEmpty => Patterns.Count == 0;

    public static PatternSet Compile(IEnumerable<string>? sources) =>
        new((sources ?? []).Select(Pattern.Compile).ToList());

    /// <summary>All matches in text order, overlapping ones merged into the first.</summary>
    public List<PatternMatch> Find(AnalyzedText text)
    {
        var all = Patterns.SelectMany(p => p.Find(text)).Take(MaxMatches).OrderBy(m => m.Start).ThenByDescending(m => m.Length).ToList();
        var merged = new List<PatternMatch>(all.Count);
        foreach (var m in all)
            if (merged.Count == 0 || m.Start >= merged[^1].Start + merged[^1].Length) merged.Add(m);
        return merged;
    }

}

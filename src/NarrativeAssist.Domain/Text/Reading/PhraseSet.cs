namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>A list of words and phrases matched on exact lower-case token forms, indexed by first word so a look-up
/// at a token is one dictionary probe. Phrases are split the way the tokenizer splits ("terus-menerus" = two words).</summary>
public sealed class PhraseSet
{
    private readonly Dictionary<string, List<string[]>> _byFirst = new(StringComparer.Ordinal);

    public static readonly PhraseSet Empty = new([]);

    public PhraseSet(IEnumerable<string> phrases)
    {
        foreach (var p in phrases)
        {
            var words = LowerWords.Of(p);
            if (words.Length == 0) continue;
            if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
            list.Add(words);
            list.Sort((a, b) => b.Length.CompareTo(a.Length)); // longest first
        }
    }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>Length in tokens of the longest phrase starting at token <paramref name="i"/> and ending before
    /// <paramref name="end"/>; 0 when none.</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (!_byFirst.TryGetValue(tokens[i].Lower, out var phrases)) return 0;
        foreach (var p in phrases)
        {
            if (i + p.Length > end) continue;
            var ok = true;
            for (var k = 1; k < p.Length && ok; k++) ok = tokens[i + k].Lower == p[k];
            if (ok) return p.Length;
        }
        return 0;
    }

    /// <summary>True when a phrase starts at some token of [from, end).</summary>
    public bool AnyIn(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var i = from; i < end; i++) if (MatchAt(tokens, i, end) > 0) return true;
        return false;
    }

    public bool ContainsWord(string lower) => _byFirst.TryGetValue(lower, out var l) && l.Any(p => p.Length == 1);

}

namespace NarrativeAssist.Domain.Text;

/// <summary>A word of the narrative: its span, lower-case form, stems and sentence.</summary>
public readonly record struct Token(int Start, int Length, string Lower, Stems Stems, int Sentence)
{
    public int End => Start + Length;
}

/// <summary>A sentence as a character span and a token range [FirstToken, EndToken).</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int EndToken);

/// <summary>A narrative analysed once for every rule: words with stems, sentences, recognised entities,
/// and an index from surface form and stem to token positions so phrase look-ups are cheap.</summary>
public sealed class AnalyzedText
{
    private readonly Dictionary<string, List<int>> _byLower = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);

    private AnalyzedText(string text)
    {
        Text = text;
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        Tokenize(text, tokens, sentences);
        Tokens = tokens;
        Sentences = sentences;
        Entities = EntityRecognizer.Recognize(text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            Index(_byLower, tokens[i].Lower, i);
            Index(_byStem, tokens[i].Stems.Primary, i);
            if (tokens[i].Stems.Alternative is { } alt) Index(_byStem, alt, i);
        }
    }

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public int WordCount => Tokens.Count;

    public static AnalyzedText Analyze(string text) => new(text);

    /// <summary>Token positions whose lower-case form is <paramref name="lower"/>.</summary>
    public IReadOnlyList<int> WithLower(string lower) => _byLower.TryGetValue(lower, out var l) ? l : [];

    /// <summary>Token positions sharing a stem with <paramref name="stems"/>.</summary>
    public IEnumerable<int> WithStem(Stems stems)
    {
        var primary = _byStem.TryGetValue(stems.Primary, out var a) ? a : [];
        if (stems.Alternative is null || !_byStem.TryGetValue(stems.Alternative, out var b)) return primary;
        return primary.Concat(b).Distinct().Order();
    }

    /// <summary>Index of the first token starting at or after character <paramref name="position"/>.</summary>
    public int TokenIndexAt(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the sentence holding character <paramref name="position"/>.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Sentences[mid].Start <= position) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(position);
    }

    // Words are runs of letters and digits; sentences end at . ! ? or a line break, except after
    // abbreviations ("No.", "Jl.", "dll.") and inside numbers ("3.45", "1.250").
    private static void Tokenize(string text, List<Token> tokens, List<Sentence> sentences)
    {
        var sentenceStart = 0;
        var sentenceFirstToken = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                var lower = text[start..i].ToLowerInvariant();
                tokens.Add(new Token(start, i - start, lower, IndonesianStemmer.Stem(lower), sentences.Count));
                continue;
            }
            if (IsSentenceEnd(text, i, tokens))
            {
                // ".\n" or ";\n" ends one sentence, not two: no empty sentences between them.
                if (tokens.Count > sentenceFirstToken)
                    sentences.Add(new Sentence(sentenceStart, i + 1, sentenceFirstToken, tokens.Count));
                sentenceStart = i + 1;
                sentenceFirstToken = tokens.Count;
            }
            i++;
        }
        if (tokens.Count > sentenceFirstToken || sentences.Count == 0)
            sentences.Add(new Sentence(sentenceStart, text.Length, sentenceFirstToken, tokens.Count));
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "no", "nomor", "jl", "tgl", "dll", "dsb", "dkk", "hlm", "kab", "kec", "kel", "prov", "bpk", "ibu", "sdr", "dr", "ir", "h", "hj", "st", "se", "sh", "mm", "si", "sos", "kom", "pd", "ak", "kpt", "yth", "a", "b", "c", "d", "e", "i", "ii", "iii", "iv", "v",
    };

    /// <summary>A line break inside a sentence: the line does not end with . ! ? ; or a table's | and the next line is not a list item
    /// or a blank line. Writers break lines after "Nomor:" or wrap a long sentence; a list item starts a new sentence.</summary>
    private static bool ContinuesOnNextLine(string text, int newline)
    {
        var before = newline - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r') before--;
        // A table row ("| Rekomendasi | Tindak lanjut | Tanggal |") is a sentence of its own.
        if (before < 0 || text[before] is '.' or '!' or '?' or ';' or '\n' or '|') return false;
        var next = newline + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r') next++;
        if (next >= text.Length || text[next] == '\n') return false;
        return !StartsListItem(text, next);
    }

    private static bool AtLineStart(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] == '\n';
    }

    /// <summary>"1. ", "2) ", "a. ", "- ", "• ", "* " or a table row's "|" at the start of a line.</summary>
    private static bool StartsListItem(string text, int at)
    {
        var c = text[at];
        if (c is '-' or '•' or '*' or '–' or '·' or '|') return true;
        var i = at;
        while (i < text.Length && i - at < 3 && char.IsLetterOrDigit(text[i])) i++;
        if (i == at || i >= text.Length - 1 || text[i] is not ('.' or ')')) return false;
        var marker = text.AsSpan(at, i - at);
        return (marker.Length <= 2 && char.IsAsciiDigit(marker[0]) || marker.Length == 1 && char.IsAsciiLetterLower(marker[0]))
            && char.IsWhiteSpace(text[i + 1]);
    }

    private static bool IsSentenceEnd(string text, int i, List<Token> tokens)
    {
        var c = text[i];
        if (c == '\n') return !ContinuesOnNextLine(text, i);
        if (c is not ('.' or '!' or '?' or ';')) return false;
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (!char.IsWhiteSpace(next)) return false; // "3.45", "www.x.id"
        if (c != '.') return true;
        if (tokens.Count > 0 && tokens[^1].End == i)
        {
            var last = tokens[^1].Lower;
            if (Abbreviations.Contains(last) && !(last == "dll" || last == "dsb") ) return false;
            if (last.Length <= 2 && char.IsAsciiDigit(last[0]) && AtLineStart(text, tokens[^1].Start)) return false; // "1. SK Tim"
        }
        return true;
    }
}

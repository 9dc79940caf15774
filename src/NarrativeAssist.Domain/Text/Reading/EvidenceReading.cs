using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>One named piece of evidence: its span, the words that say what it is about (document-type words removed),
/// and whether it names nothing but a generic word ("dokumen", "foto kegiatan", "SOP").</summary>
public sealed record EvidencePiece(int Start, int Length, IReadOnlyList<Token> Content, bool Generic);

/// <summary>Evidence statements read apart from the narrative body: "Bukti dukung: …" (to the end), "dibuktikan dengan …"
/// and "(… terlampir)" (to the end of the sentence), cut into pieces at commas, semicolons, "dan"/"serta" and list items.</summary>
public sealed class EvidenceReading
{
    private EvidenceReading(IReadOnlyList<EvidencePiece> pieces, IReadOnlyList<(int Start, int End)> statements)
    {
        Pieces = pieces; Statements = statements;
    }

    public IReadOnlyList<EvidencePiece> Pieces { get; }

    /// <summary>Character spans of the evidence statements.</summary>
    public IReadOnlyList<(int Start, int End)> Statements { get; }

    public bool InStatement(int position) => Statements.Any(s => position >= s.Start && position < s.End);

    public static EvidenceReading Read(AnalyzedText text, EvidenceLexicon? lexicon = null)
    {
        var lx = lexicon ?? EvidenceLexicon.Default;
        var tokens = text.Tokens;
        var statements = new List<(int Start, int End)>();
        var pieces = new List<EvidencePiece>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var n = lx.Markers.MatchAt(tokens, i, tokens.Count);
            if (n == 0) continue;
            var sentence = text.Sentences[tokens[i].Sentence];
            var heading = FollowedByColon(text.Text, tokens[i + n - 1].End);
            // "Bukti dukung:" runs to the end of the narrative (its list spans lines); other markers to the sentence's end.
            var endToken = heading ? tokens.Count : sentence.EndToken;
            int from = i + n, to = endToken;
            if (tokens[i].Lower is "terlampir")
                (from, to) = (sentence.FirstToken, i); // "(undangan, daftar hadir dan notulen terlampir)"
            if (from < to) statements.Add((tokens[from].Start, tokens[to - 1].End));
            Cut(text, from, to, lx, pieces);
            if (heading) break;
            i = Math.Max(i, endToken - 1);
        }
        return new EvidenceReading(pieces, statements);
    }

    private static bool FollowedByColon(string t, int at)
    {
        while (at < t.Length && t[at] is ' ' or '\t') at++;
        return at < t.Length && t[at] == ':';
    }

    private static void Cut(AnalyzedText text, int from, int to, EvidenceLexicon lx, List<EvidencePiece> pieces)
    {
        var tokens = text.Tokens;
        var start = from;
        for (var i = from; i <= to; i++)
        {
            var boundary = i == to || (i > from && (SeparatorBetween(text, i) || tokens[i].Lower is "dan" or "serta"));
            if (!boundary) continue;
            var first = start;
            // "dan", "serta" and a list number ("1.", "a)") open a piece without being part of it.
            while (first < i && (tokens[first].Lower is "dan" or "serta" || IsListNumber(text, tokens[first]))) first++;
            if (first < i)
            {
                var content = new List<Token>();
                for (var k = first; k < i; k++)
                    if (!lx.DocumentWords.ContainsWord(tokens[k].Lower) && !tokens[k].Lower.All(char.IsDigit)) content.Add(tokens[k]);
                var generic = lx.Generic.MatchAt(tokens, first, i) == i - first;
                pieces.Add(new EvidencePiece(tokens[first].Start, tokens[i - 1].End - tokens[first].Start, content, generic));
            }
            start = i;
        }
    }

    private static bool IsListNumber(AnalyzedText text, Token t) =>
        t.Length <= 2 && t.End < text.Text.Length && text.Text[t.End] is '.' or ')'
        && (t.Lower.All(char.IsAsciiDigit) || t.Length == 1)
        && AtLineStart(text.Text, t.Start);

    private static bool AtLineStart(string s, int at)
    {
        var i = at - 1;
        while (i >= 0 && s[i] is ' ' or '\t') i--;
        return i < 0 || s[i] == '\n';
    }

    private static bool SeparatorBetween(AnalyzedText text, int i)
    {
        var t = text.Text;
        for (var c = text.Tokens[i - 1].End; c < text.Tokens[i].Start; c++)
            if (t[c] is ',' or ';' or '\n') return true;
        return false;
    }
}

/// <summary>Markers, document-type words and generic words of Data/bahasa/bukti.yaml.</summary>
public sealed class EvidenceLexicon
{
    public required PhraseSet Markers { get; init; }
    public required PhraseSet DocumentWords { get; init; }
    public required PhraseSet Generic { get; init; }
    /// <summary>Words, beyond document-type words, a piece needs to say which document it is (<c>isi_minimal</c>).</summary>
    public int MinContentWords { get; init; } = 2;

    private static readonly Lazy<EvidenceLexicon> BuiltIn = new(() => Parse(BuiltInData.Resource("bahasa/bukti.yaml"), "bahasa/bukti.yaml"));

    public static EvidenceLexicon Default => BuiltIn.Value;

    public static EvidenceLexicon Parse(string yaml, string sourceName)
    {
        var dto = YamlData.Read<Dto>(yaml, sourceName);
        if (dto.Penanda is not { Count: > 0 }) throw new DataFileException(sourceName, ["penanda kosong"]);
        return new EvidenceLexicon
        {
            Markers = new PhraseSet(dto.Penanda),
            DocumentWords = new PhraseSet(dto.JenisDokumen ?? []),
            Generic = new PhraseSet(dto.Umum ?? []),
            MinContentWords = dto.IsiMinimal is > 0 and var n ? n : 2,
        };
    }

#pragma warning disable CS8618
    private sealed class Dto
    {
        public List<string>? Penanda { get; set; }
        public List<string>? JenisDokumen { get; set; }
        public List<string>? Umum { get; set; }
        public int? IsiMinimal { get; set; }
    }
#pragma warning restore CS8618
}

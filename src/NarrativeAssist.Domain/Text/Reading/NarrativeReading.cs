namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>A narrative read the way an evaluator reads it: split into clauses, each with its stage (realised, planned,
/// in progress, draft), its mood (assertion or rule) and the scope of its negation; and the quality claims
/// (berkala, seluruh, tepat waktu …) that facts must carry. Built once per narrative; rules ask it whether a match
/// lies in an asserted, realised clause.</summary>
public sealed class NarrativeReading
{
    private readonly int[] _clauseOfToken;
    private readonly bool[] _claimToken;
    private readonly bool[] _sentenceHasFact;
    private readonly bool[] _countedShortfall;

    internal NarrativeReading(AnalyzedText text, IReadOnlyList<Clause> clauses, int[] clauseOfToken, bool[] claimToken,
        IReadOnlyList<ClaimSpan> claims, bool[] sentenceHasFact, IReadOnlyList<StageMarker> markers, bool[] countedShortfall)
    {
        _countedShortfall = countedShortfall;
        StageMarkers = markers;
        Text = text; Clauses = clauses; _clauseOfToken = clauseOfToken; _claimToken = claimToken; Claims = claims;
        _sentenceHasFact = sentenceHasFact;
    }

    public AnalyzedText Text { get; }

    /// <summary>Every word that makes a clause not realised (akan, dijadwalkan, sedang, rancangan …), in text order.</summary>
    public IReadOnlyList<StageMarker> StageMarkers { get; }

    /// <summary>Clauses in text order; every token belongs to exactly one.</summary>
    public IReadOnlyList<Clause> Clauses { get; }

    /// <summary>Words asserting a quality (berkala, seluruh, tepat waktu, dengan baik, optimal …), in text order.</summary>
    public IReadOnlyList<ClaimSpan> Claims { get; }

    /// <summary>Reads <paramref name="text"/> with the built-in markers (or <paramref name="lexicon"/>).</summary>
    public static NarrativeReading Read(AnalyzedText text, ReadingLexicon? lexicon = null) =>
        ClauseReader.Read(text, lexicon ?? ReadingLexicon.Default);

    /// <summary>Reads a plain string (tokenises it first).</summary>
    public static NarrativeReading Read(string text, ReadingLexicon? lexicon = null) => Read(AnalyzedText.Analyze(text), lexicon);

    /// <summary>The clause holding token <paramref name="token"/>.</summary>
    public Clause ClauseOfToken(int token) => Clauses[_clauseOfToken[Math.Clamp(token, 0, _clauseOfToken.Length - 1)]];

    /// <summary>The clause holding character <paramref name="position"/> (the clause of the first word at or after it).</summary>
    public Clause ClauseAt(int position) => Clauses.Count == 0 ? default : ClauseOfToken(TokenAt(position));

    /// <summary>The token at <paramref name="token"/> lies in an asserted negation's scope.</summary>
    public bool IsNegated(int token) => _clauseOfToken.Length > 0 && ClauseOfToken(token).NegatesToken(token);

    /// <summary>The token states realised work: its clause is realised and it is not negated.</summary>
    public bool IsRealised(int token) => _clauseOfToken.Length == 0 || (ClauseOfToken(token) is var c && c.Realised && !c.NegatesToken(token));

    /// <summary><see cref="IsRealised(int)"/> for the word at or after character <paramref name="position"/>.</summary>
    public bool IsRealisedAt(int position) => IsRealised(TokenAt(position));

    /// <summary>Index in <see cref="Clauses"/> of the clause holding character <paramref name="position"/> (-1: no clauses).</summary>
    public int ClauseIndexAt(int position) => Clauses.Count == 0 ? -1 : _clauseOfToken[Math.Clamp(TokenAt(position), 0, _clauseOfToken.Length - 1)];

    /// <summary>Clause <paramref name="clause"/> states a counted, undone remainder ("Tiga rekomendasi belum dapat
    /// dilaksanakan") beside realised, counted work ("12 rekomendasi telah ditindaklanjuti"): partial coverage, which
    /// the answer's quantifier judges, not a plan or a negated key fact.</summary>
    public bool IsCountedShortfall(int clause) => clause >= 0 && clause < _countedShortfall.Length && _countedShortfall[clause];

    /// <summary>The token is part of a quality claim (berkala, seluruh …).</summary>
    public bool IsClaim(int token) => token >= 0 && token < _claimToken.Length && _claimToken[token];

    /// <summary>The sentence holds a fact an evaluator can check: a number, percentage, date, document number or link.</summary>
    public bool SentenceHasFact(int sentence) => sentence >= 0 && sentence < _sentenceHasFact.Length && _sentenceHasFact[sentence];

    /// <summary>A span [start, start+length) rests only on a claim: one of its words is a quality claim and its sentence
    /// holds no fact that could carry it ("monitoring dilakukan secara berkala").</summary>
    public bool IsBareClaim(int start, int length)
    {
        int first = Text.TokenIndexAt(start), end = Text.TokenIndexAt(start + length);
        if (first >= end) return false;
        for (var i = first; i < end; i++)
            if (_claimToken[i]) return !SentenceHasFact(Text.Tokens[i].Sentence);
        return false;
    }

    /// <summary>A span counts as proof for a checklist element: its first word is realised and it is not a bare claim.</summary>
    public bool Credits(int start, int length) => IsRealisedAt(start) && !IsBareClaim(start, length);

    /// <summary>Clauses whose stage is not realised (planned, in progress, draft), in text order.</summary>
    public IEnumerable<Clause> Unrealised => Clauses.Where(c => !c.Realised);

    /// <summary>The narrative reports some realised, asserted work with a date or number in the same sentence.</summary>
    public bool HasDatedRealisedWork => Clauses.Any(c => c.Realised && c.Mood == ClauseMood.Assertion && !c.Negated && SentenceHasFact(c.Sentence));

    /// <summary>The narrative reports realised, asserted work in a sentence that says when (a date or a year; "berkala" is no time) —
    /// stricter than <see cref="HasDatedRealisedWork"/>, where any figure counts.</summary>
    public bool HasRealisedWorkWithTime
    {
        get
        {
            var timed = new HashSet<int>();
            foreach (var e in Text.Entities)
                if (e.Kind is EntityKind.Tanggal or EntityKind.Tahun) timed.Add(Text.SentenceAt(e.Start));
            return Clauses.Any(c => c.Realised && c.Mood == ClauseMood.Assertion && !c.Negated && timed.Contains(c.Sentence));
        }
    }

    private int TokenAt(int position) => Math.Min(Text.TokenIndexAt(position), Math.Max(0, Text.Tokens.Count - 1));
}

/// <summary>A word or phrase that puts its clause (index <see cref="Clause"/>) at a stage other than realised.</summary>
public readonly record struct StageMarker(int Start, int Length, ClauseStage Stage, int Clause);

/// <summary>A quality claim's span and its words in lower case.</summary>
public readonly record struct ClaimSpan(int Start, int Length, string Words);

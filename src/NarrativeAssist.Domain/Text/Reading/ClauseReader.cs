using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>Builds a <see cref="NarrativeReading"/>: splits each sentence into clauses at strong joints (namun, tetapi,
/// sehingga …) and at weak joints (comma, colon, dan, serta) where both sides have a predicate, then reads each clause's
/// mood, stage and negation from the lexicon's markers. One pass over the tokens per step; no regular expressions.</summary>
internal static class ClauseReader
{
    /// <summary>"tanpa" negates a short phrase ("tanpa nomor dan tanggal"), not the rest of the clause.</summary>
    private const int ShortNegationTokens = 4;
    /// <summary>"sesuai jadwal yang telah direncanakan": how far back a cancelling word may stand.</summary>
    private const int CancelWindow = 4;
    /// <summary>"akan dikenakan teguran": how far after "akan" a sanction word makes it a rule.</summary>
    private const int SanctionWindow = 3;

    public static NarrativeReading Read(AnalyzedText text, ReadingLexicon lx)
    {
        var tokens = text.Tokens;
        var clauses = new List<Clause>();
        var clauseOfToken = new int[tokens.Count];
        var markers = new List<StageMarker>();
        foreach (var sentence in text.Sentences)
        {
            if (sentence.FirstToken >= sentence.EndToken) continue;
            var conditionFrom = ConditionStart(tokens, sentence, lx);
            var bounds = Split(text, sentence, lx);
            for (var k = 0; k < bounds.Count; k++)
            {
                var (from, to, strong) = bounds[k];
                var mood = conditionFrom >= 0 && to > conditionFrom || HasSanctionedAkan(tokens, from, to, lx)
                    ? ClauseMood.Rule : ClauseMood.Assertion;
                var (negStart, negEnd) = Negation(tokens, from, to, lx);
                var found = new List<(int Start, int End, ClauseStage Stage)>();
                var (stage, markerStart, markerEnd) = Stage(tokens, from, to, mood, lx, found);
                // "memimpin reviu rancangan PK pada 19 Desember 2023": a dated act on a draft is realised work.
                if (stage == ClauseStage.Draft && HasDate(text, tokens[from].Start, tokens[to - 1].End))
                {
                    (stage, markerStart, markerEnd) = (ClauseStage.Realised, -1, -1);
                    found.Clear();
                }
                // "Tim akan menyusun rencana, melaksanakan sosialisasi dan memantau …": a clause joined by a comma or
                // "dan" that starts with a verb shares the previous clause's subject, stage and negation.
                if (k > 0 && !strong && StartsWithVerb(tokens, from, lx) && clauses[^1] is var prev && prev.Sentence == tokens[from].Sentence)
                {
                    if (stage == ClauseStage.Realised && markerStart < 0 && prev.Stage is ClauseStage.Planned or ClauseStage.InProgress)
                        (stage, markerStart, markerEnd) = (prev.Stage, -1, -1);
                    if (negStart < 0 && prev.Negated && prev.NegationEnd >= prev.EndToken) (negStart, negEnd) = (from, to);
                }
                for (var i = from; i < to; i++) clauseOfToken[i] = clauses.Count;
                if (stage != ClauseStage.Realised)
                    markers.AddRange(found.Select(m => new StageMarker(tokens[m.Start].Start, tokens[m.End - 1].End - tokens[m.Start].Start, m.Stage, clauses.Count)));
                var start = tokens[from].Start;
                var end = tokens[to - 1].End;
                clauses.Add(new Clause(start, end, from, to, tokens[from].Sentence, stage, mood, negStart, negEnd,
                    markerStart >= 0 ? tokens[markerStart].Start : -1,
                    markerStart >= 0 ? tokens[markerEnd - 1].End - tokens[markerStart].Start : 0));
            }
        }

        var claimToken = new bool[tokens.Count];
        var claims = new List<ClaimSpan>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var n = lx.Claims.MatchAt(tokens, i, tokens.Count);
            if (n == 0) continue;
            for (var k = i; k < i + n; k++) claimToken[k] = true;
            claims.Add(new ClaimSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start,
                string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Lower))));
            i += n - 1;
        }

        var hasFact = new bool[text.Sentences.Count];
        foreach (var e in text.Entities)
            if (e.Kind is EntityKind.Angka or EntityKind.Persen or EntityKind.Tanggal or EntityKind.Nomor or EntityKind.Tautan)
                hasFact[text.SentenceAt(e.Start)] = true;

        return new NarrativeReading(text, clauses, clauseOfToken, claimToken, claims, hasFact, markers, CountedShortfalls(tokens, clauses, lx));
    }

    /// <summary>Per clause: it states a counted, undone remainder ("Tiga rekomendasi … belum dapat dilaksanakan") beside
    /// realised, counted work elsewhere in the narrative ("12 rekomendasi telah ditindaklanjuti"). Partial coverage is
    /// the answer judgement's business (the quantifier), not a plan or a negated key fact.</summary>
    private static bool[] CountedShortfalls(IReadOnlyList<Token> tokens, List<Clause> clauses, ReadingLexicon lx)
    {
        var result = new bool[clauses.Count];
        var counted = new bool[clauses.Count];
        for (var k = 0; k < clauses.Count; k++)
        {
            var c = clauses[k];
            var countEnd = c.Negated ? c.NegationStart : c.EndToken;
            counted[k] = HasCount(tokens, c.FirstToken, countEnd);
        }
        var doneAndCounted = clauses.Select((c, k) => c.Realised && !c.Negated && c.Mood == ClauseMood.Assertion && counted[k]).ToArray();
        for (var k = 0; k < clauses.Count; k++)
        {
            var c = clauses[k];
            if (c.Mood != ClauseMood.Assertion || !c.Negated || !counted[k]) continue;
            if (PastState.Before(tokens, c.NegationStart)) continue;   // "yang semula belum terukur": what the work changed
            if (lx.CountedShortfall.MatchAt(tokens, c.NegationStart, c.EndToken) == 0) continue;
            result[k] = doneAndCounted.Where((d, j) => d && j != k).Any();
        }
        return result;
    }

    private static bool HasCount(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var w = tokens[i].Lower;
            if (w.Length is > 0 and < 4 && w.All(char.IsAsciiDigit)) return true; // a count, not a year
            if (NumberWords.TryRead(tokens, i, to, out _) > 0) return true;
        }
        return false;
    }

    private static bool HasDate(AnalyzedText text, int start, int end) =>
        text.Entities.Any(e => e.Kind == EntityKind.Tanggal && e.Start >= start && e.Start < end);

    /// <summary>Clause ranges [from, to) of a sentence and whether each starts at a strong joint.</summary>
    private static List<(int From, int To, bool Strong)> Split(AnalyzedText text, Sentence s, ReadingLexicon lx)
    {
        var tokens = text.Tokens;
        var result = new List<(int, int, bool)>();
        var pieceStart = s.FirstToken;
        var pieceStrong = false;
        for (var i = s.FirstToken + 1; i <= s.EndToken; i++)
        {
            if (i < s.EndToken && lx.StrongJoints.MatchAt(tokens, i, s.EndToken) == 0) continue;
            SplitWeak(text, pieceStart, i, pieceStrong, lx, result);
            pieceStart = i;
            pieceStrong = true;
        }
        return result;
    }

    private static void SplitWeak(AnalyzedText text, int from, int to, bool strong, ReadingLexicon lx, List<(int, int, bool)> result)
    {
        var tokens = text.Tokens;
        var candidates = new List<int>();
        for (var i = from + 1; i < to; i++)
            if (PunctuationBetween(text, i) || lx.WeakJoints.MatchAt(tokens, i, to) > 0) candidates.Add(i);
        var start = from;
        var startStrong = strong;
        for (var k = 0; k < candidates.Count; k++)
        {
            var at = candidates[k];
            var next = k + 1 < candidates.Count ? candidates[k + 1] : to;
            if (HasPredicate(tokens, start, at, lx) && HasPredicate(tokens, at, next, lx))
            {
                result.Add((start, at, startStrong));
                start = at;
                startStrong = false;
            }
        }
        result.Add((start, to, startStrong));
    }

    /// <summary>A comma, colon or closing bracket between token i-1 and token i.</summary>
    private static bool PunctuationBetween(AnalyzedText text, int i)
    {
        var t = text.Text;
        for (var c = text.Tokens[i - 1].End; c < text.Tokens[i].Start; c++)
            if (t[c] is ',' or ':') return true;
        return false;
    }

    private static bool HasPredicate(IReadOnlyList<Token> tokens, int from, int to, ReadingLexicon lx)
    {
        for (var i = from; i < to; i++)
            if (lx.Auxiliaries.MatchAt(tokens, i, to) > 0 || IsVerbShaped(tokens[i].Lower, lx)) return true;
        return false;
    }

    private static bool StartsWithVerb(IReadOnlyList<Token> tokens, int from, ReadingLexicon lx)
    {
        var i = from;
        if (lx.WeakJoints.MatchAt(tokens, i, tokens.Count) is > 0 and var n) i += n; // "… dan melaksanakan"
        return i < tokens.Count && IsVerbShaped(tokens[i].Lower, lx);
    }

    /// <summary>A verb by its prefix: di-, me(m/n/ng/ny/l/r/w/y)-, ber-, ter-, with a root of at least three letters;
    /// the lexicon lists the prepositions and nouns that look like one (melalui, berdasarkan, diklat).</summary>
    internal static bool IsVerbShaped(string w, ReadingLexicon lx)
    {
        if (w.Length < 6 || !char.IsLetter(w[0])) return false;
        var shaped = w.StartsWith("di", StringComparison.Ordinal)
            || (w.StartsWith("me", StringComparison.Ordinal) && w[2] is 'm' or 'n' or 'l' or 'r' or 'w' or 'y')
            || w.StartsWith("ber", StringComparison.Ordinal) || w.StartsWith("ter", StringComparison.Ordinal);
        return shaped && !lx.NotVerbs.ContainsWord(w);
    }

    private static bool YearAfter(IReadOnlyList<Token> tokens, int i, int to)
    {
        for (var k = i + 1; k < to; k++) if (IsYear(tokens[k].Lower)) return true;
        return false;
    }

    private static bool IsYear(string w) => w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal)) && w.All(char.IsAsciiDigit);

    /// <summary>Token index of the first condition word of the sentence (bila, apabila, jika …), or -1.</summary>
    private static int ConditionStart(IReadOnlyList<Token> tokens, Sentence s, ReadingLexicon lx)
    {
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (lx.NotConditions.MatchAt(tokens, i, s.EndToken) is > 0 and var skip) { i += skip - 1; continue; }
            if (lx.Conditions.MatchAt(tokens, i, s.EndToken) > 0) return i;
        }
        return -1;
    }

    private static bool HasSanctionedAkan(IReadOnlyList<Token> tokens, int from, int to, ReadingLexicon lx)
    {
        // "akan ditindaklanjuti pada 2025" names when: a plan, not the wording of a rule.
        for (var i = from; i < to; i++) if (IsYear(tokens[i].Lower)) return false;
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Lower != "akan") continue;
            for (var k = i + 1; k < Math.Min(to, i + 1 + SanctionWindow); k++)
                if (lx.Sanctions.MatchAt(tokens, k, to) > 0) return true;
        }
        return false;
    }

    private static (int Start, int End) Negation(IReadOnlyList<Token> tokens, int from, int to, ReadingLexicon lx)
    {
        int start = -1, end = -1;
        for (var i = from; i < to; i++)
        {
            if (lx.NotNegation.MatchAt(tokens, i, to) is > 0 and var skip) { i += skip - 1; continue; }
            var n = lx.Negators.MatchAt(tokens, i, to);
            if (n == 0) continue;
            var scopeEnd = lx.ShortNegators.MatchAt(tokens, i, to) > 0 ? Math.Min(to, i + n + ShortNegationTokens) : to;
            if (start < 0) start = i;
            end = Math.Max(end, scopeEnd);
            i += n - 1;
        }
        return (start, end);
    }

    private static (ClauseStage Stage, int MarkerStart, int MarkerEnd) Stage(IReadOnlyList<Token> tokens, int from, int to, ClauseMood mood,
        ReadingLexicon lx, List<(int Start, int End, ClauseStage Stage)> found)
    {
        var enacted = false;
        for (var i = from; i < to; i++)
        {
            if (lx.NotPlanned.MatchAt(tokens, i, to) is > 0 and var np) { i += np - 1; continue; }
            if (lx.NotInProgress.MatchAt(tokens, i, to) is > 0 and var nip) { i += nip - 1; continue; }
            if (lx.Draft.MatchAt(tokens, i, to) is > 0 and var d) { found.Add((i, i + d, ClauseStage.Draft)); i += d - 1; continue; }
            if (lx.InProgress.MatchAt(tokens, i, to) is > 0 and var p
                && (lx.NeedsVerb.MatchAt(tokens, i, to) == 0 || i + 1 < to && IsVerbShaped(tokens[i + 1].Lower, lx)))
            { found.Add((i, i + p, ClauseStage.InProgress)); i += p - 1; continue; }
            if (mood == ClauseMood.Assertion && lx.Planned.MatchAt(tokens, i, to) is > 0 and var pl && !Cancelled(tokens, from, i, lx))
            {
                // "sehingga diharapkan mampu …", "pakta integritas yang menyatakan bahwa pegawai akan …": a hope about the
                // effect of the work, or the content of a statement, is no plan unless a year follows ("… Juni 2025").
                var hope = lx.Hopes.MatchAt(tokens, i, to);
                if ((hope > 0 || lx.StatementContent.AnyIn(tokens, from, i)) && !YearAfter(tokens, i, to)) { i += Math.Max(hope, pl) - 1; continue; }
                found.Add((i, i + pl, ClauseStage.Planned)); i += pl - 1; continue;
            }
            if (lx.Enacted.MatchAt(tokens, i, to) > 0) enacted = true;
        }
        (int, int) First(ClauseStage s) => found.FirstOrDefault(m => m.Stage == s) is var m && m.End > 0 ? (m.Start, m.End) : (-1, -1);
        var (draft, progress, planned) = (First(ClauseStage.Draft), First(ClauseStage.InProgress), First(ClauseStage.Planned));
        if (draft.Item1 >= 0 && enacted && progress.Item1 < 0 && planned.Item1 < 0) { found.Clear(); return (ClauseStage.Realised, -1, -1); }
        if (draft.Item1 >= 0) return (ClauseStage.Draft, draft.Item1, draft.Item2);
        if (progress.Item1 >= 0) return (ClauseStage.InProgress, progress.Item1, progress.Item2);
        if (planned.Item1 >= 0) return (ClauseStage.Planned, planned.Item1, planned.Item2);
        return (ClauseStage.Realised, -1, -1);
    }

    /// <summary>A plan marker measured against: "sesuai jadwal yang telah direncanakan", "lebih cepat dari yang ditargetkan".</summary>
    private static bool Cancelled(IReadOnlyList<Token> tokens, int clauseStart, int marker, ReadingLexicon lx)
    {
        for (var j = Math.Max(clauseStart, marker - 2); j < marker; j++)
            if (lx.CancelRightBefore.MatchAt(tokens, j, marker) == marker - j) return true;
        for (var j = Math.Max(clauseStart, marker - CancelWindow); j < marker; j++)
            if (lx.CancelBefore.MatchAt(tokens, j, marker) > 0) return true;
        return false;
    }
}

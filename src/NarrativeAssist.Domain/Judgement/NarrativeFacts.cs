using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>A fact the narrative states about one dimension of the option criteria, with the span that states it.
/// A share is an interval (a count gives an exact share, "sebagian besar" gives (0.5, 1)).</summary>
public sealed record Fact(string Kind, int Start, int End, string Quote)
{
    public double ShareLow { get; init; }
    public double ShareHigh { get; init; }
    public double? PerYear { get; init; }
    public bool? Flag { get; init; }
    public Stage? Stage { get; init; }
    /// <summary>Negative only because its clause is planned, under way or a draft: the next round's plan
    /// ("evaluasi berikutnya dijadwalkan") does not undo the same thing done and reported elsewhere.</summary>
    public bool Planned { get; init; }
}

/// <summary>Reads what a narrative shows about coverage, frequency, stage, integration, replication and innovation —
/// only facts, never the criterion's own quality words: "seluruh" alone does not show coverage (EVALUATOR.md §2), a
/// count does; "baru sebagian kecil" does show that coverage is small.</summary>
internal static class NarrativeFacts
{
    public const string Share = "share", Frequency = "frequency", Irregular = "irregular", NotStage = "not_stage", StageDone = "stage",
        Integrated = "integrated", Replicated = "replicated", Innovation = "innovation", Nothing = "nothing";

    private static readonly (string[] Words, double Low, double High)[] ShareWords =
    [
        (["baru", "sebagian", "kecil"], 0.0001, 0.5), (["sebagian", "kecil"], 0.0001, 0.5), (["sebagian", "besar"], 0.5001, 0.99),
        (["belum", "seluruhnya"], 0, 0.99), (["belum", "seluruh"], 0, 0.99), (["belum", "semua"], 0, 0.99), (["belum", "semuanya"], 0, 0.99),
        (["hanya", "sebagian"], 0.0001, 0.99), (["baru", "sebagian"], 0.0001, 0.99), (["sebagian"], 0.0001, 0.99),
    ];

    private static readonly HashSet<string> Negators = ["belum", "tidak", "tanpa", "bukan"];

    private static readonly (string Stem, Stage Stage)[] StageWords =
    [
        ("ditindaklanjuti", Stage.Ditindaklanjuti), ("menindaklanjuti", Stage.Ditindaklanjuti), ("tindak", Stage.Ditindaklanjuti),
        ("dievaluasi", Stage.Dievaluasi), ("mengevaluasi", Stage.Dievaluasi), ("evaluasi", Stage.Dievaluasi), ("monev", Stage.Dievaluasi),
        ("diterapkan", Stage.Dilaksanakan), ("diimplementasikan", Stage.Dilaksanakan), ("dilaksanakan", Stage.Dilaksanakan), ("menerapkan", Stage.Dilaksanakan),
        ("disosialisasikan", Stage.Disosialisasikan), ("diinternalisasikan", Stage.Disosialisasikan), ("sosialisasi", Stage.Disosialisasikan),
        ("ditetapkan", Stage.Ditetapkan), ("dibentuk", Stage.Ditetapkan), ("disusun", Stage.Ditetapkan),
    ];

    public static List<Fact> Read(AnalyzedText text, TextQuantities q, IReadOnlyList<string> objects, Text.Reading.NarrativeReading? reading = null)
    {
        // Only what the unit did counts: a count or frequency in a planned, in-progress or draft clause
        // ("ditargetkan 34 dari 34 pegawai") shows nothing yet (the reading layer's clause stage).
        bool Realised(int position) => reading is null || reading.Clauses.Count == 0 || reading.ClauseAt(position).Realised;
        var facts = new List<Fact>();
        var t = text.Tokens;
        string Quote(int start, int end) => text.Text[start..end];

        // Shares from counts: only counts of the criterion's object ("19 dari 34 pegawai"), or any count when the
        // criterion names no object but the writer named none either.
        foreach (var r in q.Ratios)
        {
            var about = r.Noun is null ? objects.Count == 0 : objects.Contains(r.Noun) || objects.Any(o => r.Noun.StartsWith(o, StringComparison.Ordinal));
            if (!about || objects.Count == 0 || !Realised(r.Start)) continue;
            facts.Add(new Fact(Share, r.Start, r.End, Quote(r.Start, r.End)) { ShareLow = r.Fraction, ShareHigh = r.Fraction });
        }
        // Shares from words, in a sentence that names the object.
        for (var i = 0; i < t.Count; i++)
        {
            foreach (var (words, low, high) in ShareWords)
            {
                if (!At(t, i, words)) continue;
                var sentence = text.Sentences[t[i].Sentence];
                var namesObject = objects.Count > 0 && Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken)
                    .Any(k => objects.Contains(t[k].Lower));
                var end = t[i + words.Length - 1].End;
                if (namesObject) facts.Add(new Fact(Share, t[i].Start, end, Quote(t[i].Start, end)) { ShareLow = low, ShareHigh = high });
                i += words.Length - 1;
                break;
            }
        }
        // A remainder not done: the object as the subject of "belum …" or "masih berupa …" ("empat kegiatan belum
        // terlaksana", "indikator lainnya belum dipakai", "ukuran kinerja 14 pelaksana masih berupa output") — not all
        // of it is done, whatever "seluruh" says elsewhere.
        if (objects.Count > 0)
            for (var i = 1; i < t.Count; i++)
                if (RemainderAt(text, t, i, objects, reading) is { } from)
                {
                    var end = t[Math.Min(i + 1, t.Count - 1)].End;
                    facts.Add(new Fact(Share, t[from].Start, end, Quote(t[from].Start, end)) { ShareLow = 0, ShareHigh = 0.99 });
                }
        // Frequencies: stated (and the events listed, when they disagree, through FrequencyConsistency's reading).
        foreach (var f in q.Frequencies)
        {
            if (!f.Regular) { facts.Add(new Fact(Irregular, f.Start, f.End, Quote(f.Start, f.End)) { Flag = false }); continue; }
            if (f.PerYear is { } py && !IsNegated(t, text.TokenIndexAt(f.Start)) && Realised(f.Start))
                facts.Add(new Fact(Frequency, f.Start, f.End, Quote(f.Start, f.End)) { PerYear = EventsPerYear(q, f) ?? py });
        }
        // Stages, integration, replication, innovation, with their negation.
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            // A stage, integration, replication or innovation named in a planned, in-progress or draft clause
            // ("replikasi … dijadwalkan pada triwulan I 2025", "sedang mengembangkan inovasi") is not there yet.
            var denied = IsNegated(t, i) || reading is { Clauses.Count: > 0 } && reading.IsNegated(i) && NegationNear(t, i);
            var planned = !denied && reading is { Clauses.Count: > 0 } && !reading.ClauseOfToken(i).Realised;
            var negated = denied || planned;
            var start = negated ? NegationStart(t, i) : t[i].Start;
            var quote = Quote(start, t[i].End);
            foreach (var (stem, stage) in StageWords)
            {
                if (w != stem) continue;
                if (stem == "tindak" && !(i + 1 < t.Count && t[i + 1].Lower == "lanjut")) break;
                facts.Add(negated ? new Fact(NotStage, start, t[i].End, quote) { Stage = stage, Planned = planned } : new Fact(StageDone, start, t[i].End, quote) { Stage = stage });
                break;
            }
            if (w is "terintegrasi" or "terhubung" or "terpadu" or "integrasi")
                facts.Add(new Fact(Integrated, start, t[i].End, quote) { Flag = !negated, Planned = planned });
            else if (w is "parsial") facts.Add(new Fact(Integrated, t[i].Start, t[i].End, quote) { Flag = false });
            else if (w is "replikasi" && negated)
                facts.Add(new Fact(Replicated, start, t[i].End, quote) { Flag = false, Planned = planned });
            else if (w is "direplikasi" or "mereplikasi" or "diadopsi")
                facts.Add(new Fact(Replicated, start, t[i].End, quote) { Flag = !negated, Planned = planned });
            else if (w is "inovasi" && (negated || i > 0 && t[i - 1].Lower is "ada" && i > 1 && t[i - 2].Lower == "belum"))
                facts.Add(new Fact(Innovation, start, t[i].End, quote) { Flag = false, Planned = planned });
            else if (w is "inovasi") facts.Add(new Fact(Innovation, t[i].Start, t[i].End, quote) { Flag = true });
        }
        // A planned negative beside the same thing realised is the next round, not an absence.
        facts.RemoveAll(f => f.Planned && facts.Any(g => !g.Planned && (f.Kind == NotStage
            ? g.Kind == StageDone && g.Stage >= f.Stage
            : g.Kind == f.Kind && g.Flag == true)));
        return facts;
    }

    /// <summary>The token where a remainder-not-done statement starts (the object, or the count before it) when token
    /// <paramref name="i"/> is "belum" (not "belum ada/pernah/seluruhnya", which other readings own) or "masih berupa"
    /// and the object is named before it in the same clause; else null. "Tidak ada pegawai yang belum …" is no remainder.</summary>
    private static int? RemainderAt(AnalyzedText text, IReadOnlyList<Token> t, int i, IReadOnlyList<string> objects, Text.Reading.NarrativeReading? reading)
    {
        var w = t[i].Lower;
        var next = i + 1 < t.Count && t[i + 1].Sentence == t[i].Sentence ? t[i + 1].Lower : "";
        if (!(w == "belum" && next is not ("" or "ada" or "pernah" or "seluruhnya" or "seluruh" or "semua" or "semuanya" or "sepenuhnya" or "tentu")
                && !RemainderExcluded.Contains(next))
            && !(w == "masih" && next == "berupa")) return null;
        // "yang semula belum terukur", "sebelumnya belum ada": the state before the work, which the work changed.
        if (Text.Reading.PastState.Before(t, i)) return null;
        // A counted remainder beside counted work is CountedShortfallClaim's to report (it quotes the whole clause).
        if (reading is not null && reading.IsCountedShortfall(reading.ClauseIndexAt(t[i].Start))) return null;
        // The subject: back to the sentence start or a contrast ("…, sedangkan 2 indikator (…) belum …"), a few words at most.
        var first = Math.Max(text.Sentences[t[i].Sentence].FirstToken, i - 12);
        int? subject = null;
        for (var k = i - 1; k >= first; k--)
        {
            if (t[k].Lower is "sedangkan" or "namun" or "tetapi" or "sementara" or "adapun") break;
            if (t[k].Lower is "tidak" or "tanpa" or "bukan") return null;
            if (subject is null && objects.Any(o => t[k].Lower == o || t[k].Lower.StartsWith(o, StringComparison.Ordinal) && t[k].Lower.Length <= o.Length + 3))
                subject = k > first && IsCount(t[k - 1].Lower) ? k - 1 : k;
        }
        return subject;
    }

    /// <summary>"belum terhubung", "belum direplikasi", "belum ditindaklanjuti": another dimension of the criterion,
    /// read as such (integration, replication, stage), not as a part of the population left undone.</summary>
    private static readonly HashSet<string> RemainderExcluded =
    [
        "terintegrasi", "terhubung", "terpadu", "direplikasi", "ditindaklanjuti", "dievaluasi", "dimonitor", "berkala",
    ];

    private static bool IsCount(string w) => w.Length > 0 && char.IsDigit(w[0])
        || w is "satu" or "dua" or "tiga" or "empat" or "lima" or "enam" or "tujuh" or "delapan" or "sembilan" or "sepuluh" or "beberapa" or "sebagian";

    /// <summary>Events a year the listed dates show when they contradict the statement (FrequencyConsistency), else null.</summary>
    private static double? EventsPerYear(TextQuantities q, FrequencyStatement f)
    {
        var dates = FrequencyConsistency.ContradictingEvents(q, f);
        return dates is null ? null : dates.Select(d => (d.Year, d.FirstMonth)).Distinct().Count();
    }

    private static bool At(IReadOnlyList<Token> t, int i, string[] words)
    {
        if (i + words.Length > t.Count) return false;
        for (var k = 0; k < words.Length; k++) if (t[i + k].Lower != words[k]) return false;
        return t[i + words.Length - 1].Sentence == t[i].Sentence;
    }

    /// <summary>The reading layer's negation scope runs to the clause's end; for a criterion word only a negator a few
    /// words before counts ("belum ada SK, tetapi … telah dievaluasi" does not negate "dievaluasi").</summary>
    private static bool NegationNear(IReadOnlyList<Token> t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 5 && t[k].Sentence == t[i].Sentence; k--)
            if (Negators.Contains(t[k].Lower)) return true;
        return false;
    }

    /// <summary>"belum terintegrasi", "belum pernah dievaluasi", "tidak ada tindak lanjut", "belum sepenuhnya diterapkan".</summary>
    internal static bool IsNegated(IReadOnlyList<Token> t, int i) => NegationIndex(t, i) >= 0;

    private static int NegationStart(IReadOnlyList<Token> t, int i)
    {
        var k = NegationIndex(t, i);
        for (var j = i - 1; k < 0 && j >= 0 && j >= i - 5; j--) if (Negators.Contains(t[j].Lower)) k = j;
        return k < 0 ? t[i].Start : t[k].Start;
    }

    private static int NegationIndex(IReadOnlyList<Token> t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3 && t[k].Sentence == t[i].Sentence; k--)
        {
            if (Negators.Contains(t[k].Lower)) return k;
            if (t[k].Lower is not ("pernah" or "sepenuhnya" or "ada" or "dilakukan" or "secara" or "seluruhnya" or "di" or "juga")) return -1;
        }
        return -1;
    }
}

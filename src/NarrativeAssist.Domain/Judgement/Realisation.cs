using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>Whether a narrative describes the thing asked as done (for "Tidak" beside a realised narrative) or as
/// absent (for "Ya" beside "belum ada …"). Kept conservative: a narrative with any negation, plan or draft word is not
/// "realised", and "absent" needs the negation in a sentence with no document number or date of its own.</summary>
internal static class Realisation
{
    private static readonly string[][] Unrealised =
    [
        ["belum"], ["tidak", "ada"], ["tidak", "terdapat"], ["tidak", "pernah"], ["rancangan"], ["draf"], ["draft"], ["konsep"], ["akan"],
        ["rencana"], ["direncanakan"], ["dijadwalkan"], ["ditargetkan"], ["menunggu"], ["dalam", "proses"], ["dalam", "tahap"], ["sedang"],
    ];

    private static readonly string[][] Absent =
    [
        ["belum", "ada"], ["belum", "memiliki"], ["belum", "dibentuk"], ["belum", "ditetapkan"], ["belum", "terdapat"], ["belum", "pernah"],
        ["belum", "dilaksanakan"], ["belum", "dilakukan"], ["belum", "menyusun"], ["belum", "disusun"], ["tidak", "ada"], ["tidak", "terdapat"],
        ["masih", "rancangan"], ["masih", "draf"], ["masih", "dalam"], ["menunggu", "penandatanganan"],
    ];

    public static bool Realised(RuleContext ctx, int covered, int total)
    {
        var t = ctx.Text.Tokens;
        if (covered == 0 || covered * 2 < total) return false;
        // The reading layer tells a rule's "akan" or "tidak" from a plan or a negation of the unit's work; a clause
        // that is planned, under way, a draft or negated means the thing may not exist.
        var reading = ctx.Reading;
        if (reading.Clauses.Any(c => c.Mood == Text.Reading.ClauseMood.Assertion && (!c.Realised || c.Negated))) return false;
        if (reading.Clauses.Count == 0)
            for (var i = 0; i < t.Count; i++) if (Unrealised.Any(p => At(t, i, p))) return false;
        return reading.HasDatedRealisedWork || t.Any(x => x.Lower is "telah" or "sudah") && ctx.Text.Entities.Any(e => e.Kind is EntityKind.Tanggal or EntityKind.Nomor);
    }

    /// <summary>The span of a statement that the thing is absent, when no sentence documents it as done.</summary>
    public static (int Start, int End)? AbsentAt(RuleContext ctx)
    {
        var t = ctx.Text.Tokens;
        (int, int)? found = null;
        var negatedSentences = new HashSet<int>();
        for (var i = 0; i < t.Count; i++)
            foreach (var p in Absent)
                if (At(t, i, p)) { found ??= (t[i].Start, t[i + p.Length - 1].End); negatedSentences.Add(t[i].Sentence); }
        if (found is null) return null;
        var documented = ctx.Text.Entities.Any(e => e.Kind is EntityKind.Nomor or EntityKind.Tanggal && !negatedSentences.Contains(ctx.Text.SentenceAt(e.Start)));
        return documented ? null : found;
    }

    private static bool At(IReadOnlyList<Token> t, int i, string[] p)
    {
        if (i + p.Length > t.Count) return false;
        for (var k = 0; k < p.Length; k++) if (t[i + k].Lower != p[k]) return false;
        return true;
    }
}

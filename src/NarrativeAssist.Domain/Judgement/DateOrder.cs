using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>Dates in an impossible order (EVALUATOR.md §6): a decision dated before the meeting or document it rests on.
/// Within a sentence, "A … berdasarkan/menindaklanjuti … B" needs B on or before A, and "B … dituangkan dalam/ditetapkan
/// dengan … A" needs A on or after B. Only full dates with a year are compared.</summary>
internal static class DateOrder
{
    // The later date rests on the earlier: what follows these words is the basis.
    private static readonly string[][] BasisAfter = [["berdasarkan"], ["mengacu"], ["menindaklanjuti"], ["sebagai", "tindak", "lanjut"], ["atas", "dasar"], ["merujuk"]];
    // What follows these words is the outcome (the document that records what came before).
    private static readonly string[][] OutcomeAfter = [["dituangkan"], ["ditetapkan", "dengan"], ["ditetapkan", "melalui"], ["ditetapkan", "dalam"], ["diterbitkan"], ["ditindaklanjuti", "dengan"], ["dikukuhkan"]];

    public static void Check(TextQuantities q, List<Finding> findings)
    {
        var text = q.Text;
        // A date read inside a document number ("KEP-21/L.6.15/Cp.2/03/2025") is part of the number, not a date.
        var numbers = text.Entities.Where(e => e.Kind == Text.EntityKind.Nomor).ToList();
        foreach (var group in q.Dates.Where(d => d.IsDay && d.Year is not null && !numbers.Any(n => n.Start < d.End && d.Start < n.End)).GroupBy(d => d.Sentence))
        {
            var dates = group.OrderBy(d => d.Start).ToList();
            if (dates.Count < 2) continue;
            for (var i = 0; i < dates.Count - 1; i++)
            {
                for (var j = i + 1; j < dates.Count; j++)
                {
                    var (first, second) = (dates[i], dates[j]);
                    var link = Link(text, first.End, second.Start);
                    if (link is null) continue;
                    // basis: second is the basis of first → first must not precede second. outcome: second records first.
                    var (outcome, basis) = link == "basis" ? (first, second) : (second, first);
                    if (outcome.Ordinal >= basis.Ordinal) continue;
                    string Quote(DateMention d) => text.Text[d.Start..d.End];
                    findings.Add(new Finding("urutan_tanggal", Severity.Error,
                        $"Urutan tanggal tidak mungkin: dokumen bertanggal {Quote(outcome)} disebut berdasarkan/menuangkan kegiatan tanggal {Quote(basis)} yang terjadi sesudahnya.",
                        $"Periksa kembali tanggal {Quote(outcome)} dan {Quote(basis)}; keputusan harus bertanggal sama dengan atau sesudah rapat/dokumen yang menjadi dasarnya.",
                        outcome.Start, outcome.End - outcome.Start)
                    { Defect = Defects.Inconsistent, Expected = $"tanggal dokumen pada atau sesudah {Quote(basis)}" });
                    return;
                }
            }
        }
    }

    /// <summary>"basis" when a basis phrase stands between the two dates, "outcome" when an outcome phrase does, else null.</summary>
    private static string? Link(Text.AnalyzedText text, int from, int to)
    {
        var first = text.TokenIndexAt(from);
        var last = text.TokenIndexAt(to);
        for (var t = first; t < last; t++)
        {
            if (Starts(text, t, last, BasisAfter)) return "basis";
            if (Starts(text, t, last, OutcomeAfter)) return "outcome";
        }
        return null;
    }

    private static bool Starts(Text.AnalyzedText text, int t, int end, string[][] phrases)
    {
        foreach (var p in phrases)
        {
            if (t + p.Length > end) continue;
            var ok = true;
            for (var k = 0; k < p.Length && ok; k++) ok = text.Tokens[t + k].Lower == p[k];
            if (ok) return true;
        }
        return false;
    }
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>A stated frequency the listed events contradict: "setiap bulan" beside four meetings in the year,
/// three months apart (EVALUATOR.md §6). Only a list of at least three dated events counts, and not one the writer
/// introduces as examples ("antara lain").</summary>
internal static class FrequencyConsistency
{
    private static readonly HashSet<string> ExampleWords = ["antara", "diantaranya", "misalnya", "contohnya", "seperti", "contoh"];

    public static void Check(TextQuantities q, List<Finding> findings)
    {
        foreach (var f in q.Frequencies)
        {
            if (f.PerYear is not { } perYear || !f.Regular || f.IsCount || perYear < 2 || perYear > 52) continue;
            if (EventsAgainst(q, f) is not { } events) continue;
            // Gaps in days between the listed events; weekly work needs the days, monthly or rarer work the months.
            var days = events.Where(d => d.IsDay).Select(d => new DateOnly(d.Year!.Value, d.FirstMonth, Math.Min(d.Day!.Value, DateTime.DaysInMonth(d.Year.Value, d.FirstMonth))))
                .Distinct().Order().ToList();
            if (days.Count < 3 && perYear > 12) continue;
            var points = days.Count >= 3 ? days.Select(d => (double)d.DayNumber).ToList()
                : events.Select(d => d.FirstMonth * 30.4).Distinct().Order().ToList();
            var gaps = points.Zip(points.Skip(1), (a, b) => b - a).Order().ToList();
            var medianGap = gaps[gaps.Count / 2];
            var interval = 365.0 / perYear; // days between events the statement promises
            var span = points[^1] - points[0] + interval;
            var promised = Math.Max(1, span / interval);
            if (medianGap < 1.5 * interval || points.Count >= promised / 2 + 0.01 && medianGap < 2 * interval) continue;
            var stated = q.Text.Text[f.Start..f.End];
            var listed = string.Join(", ", events.Select(d => q.Text.Text[d.Start..d.End]));
            var gapMonths = (int)Math.Round(medianGap / 30.4);
            findings.Add(new Finding("frekuensi_kegiatan", Severity.Warning,
                $"Narasi menyatakan \"{stated}\", tetapi kegiatan yang disebut hanya {points.Count} kali ({listed}), berjarak sekitar {(gapMonths >= 1 ? $"{gapMonths} bulan" : $"{Math.Round(medianGap)} hari")}{ImpliedFrequency(gapMonths)}.",
                $"Samakan frekuensi dengan kegiatan yang benar-benar dilaksanakan: sebutkan seluruh tanggal kegiatan \"{stated}\" atau ubah frekuensinya sesuai jadwal yang terlaksana.",
                f.Start, f.End - f.Start)
            { Defect = Defects.Inconsistent, Expected = $"kegiatan sesuai frekuensi \"{stated}\" (sekitar {Math.Round(promised)} kali dalam rentang yang disebut)" });
            return;
        }
    }

    private static string ImpliedFrequency(int gap) => gap switch
    {
        1 => " (bulanan)",
        3 => " (triwulanan)",
        6 => " (semesteran)",
        >= 11 => " (tahunan)",
        _ => "",
    };

    /// <summary>The dated events of the statement's sentence or the two after it: the largest group of day- or
    /// month-level dates of one year, at least three distinct months, not introduced as examples.</summary>
    private static List<DateMention>? EventsAgainst(TextQuantities q, FrequencyStatement f)
    {
        var candidates = q.Dates.Where(d => d.Year is not null && d.FirstMonth == d.LastMonth
                && d.Sentence >= f.Sentence && d.Sentence <= f.Sentence + 2 && !IntroducedAsExamples(q, d))
            .GroupBy(d => (d.Year, d.Sentence)).OrderByDescending(g => g.Count()).FirstOrDefault()?.ToList();
        return candidates is { Count: >= 3 } && candidates.Select(d => d.FirstMonth).Distinct().Count() >= 3 ? candidates : null;
    }

    private static bool IntroducedAsExamples(TextQuantities q, DateMention d)
    {
        var sentence = q.Text.Sentences[d.Sentence];
        for (var t = sentence.FirstToken; t < sentence.EndToken && q.Text.Tokens[t].Start < d.Start; t++)
            if (ExampleWords.Contains(q.Text.Tokens[t].Lower)) return true;
        return false;
    }
}

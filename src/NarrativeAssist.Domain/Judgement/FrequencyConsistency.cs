using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>A stated frequency the listed events contradict (EVALUATOR.md §6): "setiap bulan" beside four meetings in
/// the year, three months apart, or two meetings six months apart; "setiap semester" beside the one evaluation the
/// narrative dates for the year. Events are the dates listed after the statement, not ones the writer introduces as
/// examples or as the latest ("antara lain", "terakhir") and not a document's own date.</summary>
internal static class FrequencyConsistency
{
    private static readonly HashSet<string> ExampleWords = ["antara", "diantaranya", "misalnya", "contohnya", "seperti", "contoh", "terakhir", "terbaru", "terkini", "salah", "sejak", "mulai", "sampai", "hingga"];

    /// <summary>Sentences after the statement in which its events may be listed ("Penilaian … dilaksanakan pada:" and
    /// one list line per event).</summary>
    private const int ListWindow = 6;

    public static void Check(TextQuantities q, List<Finding> findings)
    {
        foreach (var f in q.Frequencies)
        {
            if (f.PerYear is not { } perYear || !f.Regular || perYear < 2 || perYear > 52) continue;
            if (CountFollows(q, f)) continue; // "setiap bulan (12 kali sepanjang 2024)": the writer counts the events
            var events = EventsAgainst(q, f);
            if (events.Count == 0) continue;
            var interval = 365.0 / perYear; // days between events the statement promises
            double medianGap;
            int count;
            if (events.Count == 1)
            {
                // "Monev dilakukan setiap semester. Monev dilaksanakan pada 17 Juli 2024 …": the one dated event shown for
                // the year, in a later sentence and not given as the latest or an example, is all the regularity shown.
                if (f.IsCount || perYear > 12 || events[0].Sentence == f.Sentence) continue;
                medianGap = 365;
                count = 1;
            }
            else
            {
                // Gaps in days between the listed events; weekly work needs the days, monthly or rarer work the months.
                var allDays = events.All(d => d.IsDay);
                if (!allDays && perYear > 12) continue;
                var points = (allDays
                        ? events.Select(d => (double)new DateOnly(d.Year!.Value, d.FirstMonth, Math.Min(d.Day!.Value, DateTime.DaysInMonth(d.Year.Value, d.FirstMonth))).DayNumber)
                        : events.Select(d => (d.Year!.Value * 12 + d.FirstMonth) * 30.4))
                    .Distinct().Order().ToList();
                if (points.Count < 2) continue;
                var gaps = points.Zip(points.Skip(1), (a, b) => b - a).Order().ToList();
                medianGap = gaps[gaps.Count / 2];
                count = points.Count;
                var span = points[^1] - points[0] + interval;
                var promised = Math.Max(1, span / interval);
                if (medianGap < 1.5 * interval || count >= promised / 2 + 0.01 && medianGap < 2 * interval) continue;
            }
            var stated = q.Text.Text[f.Start..f.End];
            var listed = string.Join(", ", events.Select(d => q.Text.Text[d.Start..d.End]));
            var gapMonths = (int)Math.Round(medianGap / 30.4);
            var spacing = count == 1 ? "" : $", berjarak sekitar {(gapMonths >= 1 ? $"{gapMonths} bulan" : $"{Math.Round(medianGap)} hari")}{ImpliedFrequency(gapMonths)}";
            findings.Add(new Finding("frekuensi_kegiatan", Severity.Warning,
                $"Narasi menyatakan \"{stated}\", tetapi kegiatan yang disebut hanya {count} kali ({listed}){spacing}.",
                $"Samakan frekuensi dengan kegiatan yang benar-benar dilaksanakan: sebutkan seluruh tanggal kegiatan \"{stated}\" atau ubah frekuensinya sesuai jadwal yang terlaksana.",
                f.Start, f.End - f.Start)
            { Defect = Defects.Inconsistent, Expected = $"kegiatan sesuai frekuensi \"{stated}\"" });
            return;
        }
    }

    /// <summary>The dated events listed against <paramref name="f"/> when they contradict it (the finding
    /// <see cref="Check"/> raises is about <paramref name="f"/>), else null.</summary>
    internal static IReadOnlyList<DateMention>? ContradictingEvents(TextQuantities q, FrequencyStatement f)
    {
        var findings = new List<Finding>();
        Check(q, findings);
        return findings.Count > 0 && findings[0].Start == f.Start ? EventsAgainst(q, f) : null;
    }

    private static string ImpliedFrequency(int gap) => gap switch
    {
        1 => " (bulanan)",
        3 => " (triwulanan)",
        6 => " (semesteran)",
        >= 11 => " (tahunan)",
        _ => "",
    };

    /// <summary>The dated events listed for the statement: day- or month-level dates with a year in its sentence or the
    /// few after it (a list of one line per event), before any evidence statement, not a document's date (after its
    /// number), and not introduced as examples or as the latest ("antara lain", "terakhir"). Distinct by date.</summary>
    private static List<DateMention> EventsAgainst(TextQuantities q, FrequencyStatement f)
    {
        var tokens = q.Text.Tokens;
        var lastSentence = f.Sentence + ListWindow;
        for (var s = f.Sentence + 1; s <= Math.Min(lastSentence, q.Text.Sentences.Count - 1); s++)
        {
            var first = q.Text.Sentences[s].FirstToken;
            // Evidence lists and the next activity with a frequency of its own end the statement's events.
            if (first < tokens.Count && EvidenceOpeners.Contains(tokens[first].Lower) || q.Frequencies.Any(o => o.Sentence == s))
            { lastSentence = s - 1; break; }
        }
        // The events are what was carried out ("Monev dilaksanakan pada 17 Juli 2024", "… dilaksanakan pada:" and a
        // list): a date after an execution word. A start ("sejak Maret 2024"), a decree or a result is not an event.
        var executedFrom = -1;
        for (var i = q.Text.TokenIndexAt(f.End); i < tokens.Count && tokens[i].Sentence <= lastSentence; i++)
            if (ExecutionWords.Contains(tokens[i].Lower)) { executedFrom = tokens[i].Start; break; }
        if (executedFrom < 0) return [];
        var reading = Text.Reading.NarrativeReading.Read(q.Text);
        var events = WithListYears(q.Dates).Where(d => d.Year is not null && d.FirstMonth == d.LastMonth && d.Sentence >= f.Sentence && d.Sentence <= lastSentence
                && d.Start > executedFrom && !IntroducedAsExamples(q, d) && !DocumentDate(q, d)
                && reading.IsRealisedAt(d.Start)) // "evaluasi triwulan IV akan dilaksanakan pada Desember 2024" is no event yet
            .DistinctBy(d => d.Ordinal).ToList();
        // One event is a contradiction only when it is the same activity the statement is about ("dievaluasi setiap
        // triwulan … Evaluasi dilaksanakan pada 24 Juni 2025"), not another step reported after it.
        if (events.Count == 1 && events[0].Sentence != f.Sentence && !SharesWord(q.Text, f.Sentence, events[0].Sentence)) return [];
        return events;
    }

    /// <summary>"28 Maret, 27 Juni dan 26 September 2024": the year written once at the end belongs to the whole list.</summary>
    private static IEnumerable<DateMention> WithListYears(IReadOnlyList<DateMention> dates)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            if (d.Year is null)
                for (var k = i + 1; k < dates.Count && dates[k].Sentence == d.Sentence; k++)
                    if (dates[k].Year is { } y) { d = d with { Year = y }; break; }
            yield return d;
        }
    }

    // Words that do not name an activity: who takes part or where ("petugas", "seluruh seksi") says nothing about
    // whether a dated event is the statement's own activity.
    private static readonly HashSet<string> CommonWords = ["pada", "tahun", "yang", "dengan", "oleh", "dan", "setiap", "tiap", "secara",
        "dalam", "untuk", "telah", "sudah", "melalui", "bersama", "tanggal", "bulan", "kantor", "unit", "kepala", "tim",
        "petugas", "pegawai", "peserta", "seluruh", "semua", "layanan", "seksi", "bagian", "bidang", "pimpinan"];

    private static bool SharesWord(Text.AnalyzedText text, int a, int b)
    {
        var sa = text.Sentences[a];
        var sb = text.Sentences[b];
        for (var i = sa.FirstToken; i < sa.EndToken; i++)
        {
            var x = text.Tokens[i];
            if (x.Lower.Length < 4 || CommonWords.Contains(x.Lower) || ExecutionWords.Contains(x.Lower) || x.Lower.All(char.IsAsciiDigit)) continue;
            for (var j = sb.FirstToken; j < sb.EndToken; j++)
                if (!ExecutionWords.Contains(text.Tokens[j].Lower) && text.Tokens[j].Stems.Matches(x.Stems)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> EvidenceOpeners = ["bukti", "data", "dokumen", "lampiran"];

    /// <summary>Words that report an activity carried out on a date.</summary>
    private static readonly HashSet<string> ExecutionWords = ["dilaksanakan", "dilakukan", "diadakan", "diselenggarakan", "digelar", "berlangsung"];

    /// <summary>A count within a few words after the statement ("tiap bulan (12 kali …)", "setiap tanggal 9 (12
    /// unggahan …"); years are not counts.</summary>
    private static bool CountFollows(TextQuantities q, FrequencyStatement f)
    {
        var tokens = q.Text.Tokens;
        var from = q.Text.TokenIndexAt(f.End);
        for (var i = from; i < Math.Min(tokens.Count, from + 6) && tokens[i].Sentence == f.Sentence; i++)
        {
            var w = tokens[i].Lower;
            if (w.Length is > 0 and < 4 && w.All(char.IsAsciiDigit)) return true;
        }
        return false;
    }

    /// <summary>"SK Nomor 12/KP/2024 tanggal 5 Januari 2024": the date of a document, not an event of the activity.</summary>
    private static bool DocumentDate(TextQuantities q, DateMention d) =>
        q.Text.Entities.Any(e => e.Kind == Text.EntityKind.Nomor && e.Start < d.End && d.Start - e.End < 30 && q.Text.SentenceAt(e.Start) == d.Sentence);

    private static bool IntroducedAsExamples(TextQuantities q, DateMention d)
    {
        var sentence = q.Text.Sentences[d.Sentence];
        for (var t = sentence.FirstToken; t < sentence.EndToken && q.Text.Tokens[t].Start < d.Start; t++)
            if (ExampleWords.Contains(q.Text.Tokens[t].Lower)) return true;
        return false;
    }
}

using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Text;

/// <summary>Finds links, dates, document numbers, percentages, years, numbers and periodicity in a text.
/// Kinds are tried in priority order and a lower-priority match overlapping a higher one is dropped,
/// so "12 Maret 2024" is one date, not a number and a year.</summary>
public static partial class EntityRecognizer
{
    private const string Bulan = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des";

    [GeneratedRegex(@"\bhttps?://[^\s)\]>""]+|\bwww\.[^\s)\]>""]+|\bbit\.ly/\S+|\bs\.id/\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TautanRegex();

    [GeneratedRegex(@"\b\d{1,2}\s+(?:" + Bulan + @")\.?\s+((?:19|20)\d{2})\b|\b\d{1,2}[/\-.]\d{1,2}[/\-.]((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-\d{2}-\d{2}\b|\b(?:" + Bulan + @")\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TanggalRegex();

    // "Nomor KEP-12/WPB.10/2024", "No. 45 Tahun 2024", "ND-123/KN.1/2024", "800/123/2024".
    [GeneratedRegex(@"\b(?:nomor|nomer|no\.?)\s*:?\s*[A-Za-z0-9][A-Za-z0-9./\-]*\d[A-Za-z0-9./\-]*(?:\s+tahun\s+(?:19|20)\d{2})?|\b[A-Z]{1,10}(?:\.[A-Z0-9]+)*-\d+(?:/[A-Za-z0-9.\-]+)+|\b\d{1,5}(?:\.\d+)*/[A-Za-z0-9.\-]+(?:/[A-Za-z0-9.\-]+)*/(?:19|20)\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NomorRegex();

    [GeneratedRegex(@"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(?:%|persen\b|prosen\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersenRegex();

    [GeneratedRegex(@"(?<![\w.,/\-])(?:19[89]\d|20\d{2})(?![\w/\-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TahunRegex();

    [GeneratedRegex(@"(?<![\w.,/\-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\w/\-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AngkaRegex();

    [GeneratedRegex(@"\b(?:setiap|tiap|sekali|per|dua|tiga)\s+(?:hari|minggu|pekan|bulan|triwulan|caturwulan|semester|tahun|tiga\s+bulan|enam\s+bulan)\b|\b(?:harian|mingguan|bulanan|triwulanan|semesteran|tahunan|berkala|secara\s+rutin|periodik)\b|\btriwulan\s+(?:I{1,3}V?|IV|[1-4])\b|\bsemester\s+(?:I{1,2}|[12])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodeRegex();

    public static List<Entity> Recognize(string text)
    {
        var found = new List<Entity>();
        var taken = new System.Collections.BitArray(text.Length);

        void Add(Regex regex, EntityKind kind, Func<Match, Entity?> make)
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                var start = m.Index; var end = m.Index + m.Length;
                if (Overlaps(taken, start, end)) continue;
                var e = make(m);
                if (e is null) continue;
                found.Add(e.Value);
                for (var i = start; i < end; i++) taken[i] = true;
            }
        }

        Add(TautanRegex(), EntityKind.Tautan, m => new Entity(EntityKind.Tautan, m.Index, m.Length, null, 0, null));
        Add(TanggalRegex(), EntityKind.Tanggal, m =>
        {
            var y = m.Groups.Cast<Group>().Skip(1).FirstOrDefault(g => g.Success)?.Value;
            return new Entity(EntityKind.Tanggal, m.Index, m.Length, null, 0, y is null ? null : int.Parse(y));
        });
        Add(NomorRegex(), EntityKind.Nomor, m => new Entity(EntityKind.Nomor, m.Index, m.Length, null, 0, null));
        Add(PersenRegex(), EntityKind.Persen, m => Number(EntityKind.Persen, m, m.Groups[1].Value));
        Add(TahunRegex(), EntityKind.Tahun, m => new Entity(EntityKind.Tahun, m.Index, m.Length, int.Parse(m.Value), 0, int.Parse(m.Value)));
        Add(AngkaRegex(), EntityKind.Angka, m => Number(EntityKind.Angka, m, m.Groups[1].Value));
        Add(PeriodeRegex(), EntityKind.Periode, m => new Entity(EntityKind.Periode, m.Index, m.Length, null, 0, null));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static bool Overlaps(System.Collections.BitArray taken, int start, int end)
    {
        for (var i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }

    private static Entity? Number(EntityKind kind, Match m, string digits) =>
        IndonesianNumber.TryParse(digits, out var v, out var d) ? new Entity(kind, m.Index, m.Length, v, d, null) : null;

    public static bool TryParseKind(string name, out EntityKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}

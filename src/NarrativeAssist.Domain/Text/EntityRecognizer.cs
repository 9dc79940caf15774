using System.Collections;
using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Text;

/// <summary>Finds links, dates, document numbers, percentages, years, numbers and periodicity in a text.
/// Kinds are tried in priority order and a lower-priority match overlapping a higher one is dropped,
/// so "12 Maret 2024" is one date, not a number and a year. Built for speed (a whole LKE document is
/// ~250 000 characters): each kind is found from a cheap anchor — a year, a slash, a digit run, a word —
/// rather than by a regex scan at every position.</summary>
public static partial class EntityRecognizer
{
    private const string Bulan = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des";

    // Case-sensitive on purpose: links are written in lower case, and it lets the engine search literals fast.
    [GeneratedRegex(@"\bhttps?://[^\s)\]>""]+|\bwww\.[^\s)\]>""]+|\bbit\.ly/\S+|\bs\.id/\S+", RegexOptions.CultureInvariant)]
    private static partial Regex TautanRegex();

    // Every date holds a year: what precedes it ("12 Maret ", "Maret ", "12/03/") or follows it ("-03-12") makes it a date.
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYearRegex();

    [GeneratedRegex(@"(?:\b\d{1,2}\s+)?\b(?:" + Bulan + @")\.?\s+$|\b\d{1,2}[/\-.]\d{1,2}[/\-.]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeYearRegex();

    [GeneratedRegex(@"^-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AfterYearRegex();

    // "Nomor KEP-12/WPB.10/2024", "No. 45 Tahun 2024".
    [GeneratedRegex(@"\b(?:nomor|nomer|no\.?)\s*:?\s*[A-Za-z0-9][A-Za-z0-9./\-]*\d[A-Za-z0-9./\-]*(?:\s+tahun\s+(?:19|20)\d{2})?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NomorRegex();

    // A code without the word "nomor" ("ND-123/KN.1/2024", "800/123/2024"), checked on the run of code characters around a slash.
    [GeneratedRegex(@"^(?:[A-Za-z]{1,10}(?:\.[A-Za-z0-9]+)*-\d+(?:/[A-Za-z0-9.\-]+)+|\d{1,5}(?:\.\d+)*/[A-Za-z0-9.\-]+(?:/[A-Za-z0-9.\-]+)*/(?:19|20)\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex KodeRegex();

    // A number as Indonesians write it, not glued to letters, slashes or further digits.
    [GeneratedRegex(@"(?<![\w.,/\-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\w/\-]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^\s*(?:%|persen\b|prosen\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentSuffixRegex();

    /// <summary>Entities of a text (tokenises it first).</summary>
    public static IReadOnlyList<Entity> Recognize(string text) => AnalyzedText.Analyze(text).Entities;

    internal static List<Entity> Recognize(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<Entity>();
        var taken = new BitArray(text.Length);

        bool TryAdd(EntityKind kind, int start, int end, double? value = null, int decimals = 0, int? year = null)
        {
            for (var i = start; i < end; i++) if (taken[i]) return false;
            found.Add(new Entity(kind, start, end - start, value, decimals, year));
            for (var i = start; i < end; i++) taken[i] = true;
            return true;
        }

        if (text.Contains("http", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal) || text.Contains(".id/", StringComparison.Ordinal) || text.Contains(".ly/", StringComparison.Ordinal))
            for (var m = TautanRegex().Match(text); m.Success; m = m.NextMatch())
                TryAdd(EntityKind.Tautan, m.Index, m.Index + m.Value.TrimEnd('.', ',', ';', ':').Length); // "… di https://s.id/zi." ends the sentence

        for (var m = AnyYearRegex().Match(text); m.Success; m = m.NextMatch())
        {
            int start = m.Index, end = m.Index + m.Length;
            var windowStart = Math.Max(0, start - 24);
            var before = BeforeYearRegex().Match(text, windowStart, start - windowStart);
            if (before.Success) start = before.Index;
            else if (AfterYearRegex().Match(text[end..Math.Min(text.Length, end + 6)]) is { Success: true } after) end += after.Length;
            else continue;
            TryAdd(EntityKind.Tanggal, start, end, year: int.Parse(m.Value));
        }

        for (var m = NomorRegex().Match(text); m.Success; m = m.NextMatch()) TryAdd(EntityKind.Nomor, m.Index, m.Index + m.Length);
        for (var slash = text.IndexOf('/'); slash >= 0; slash = text.IndexOf('/', slash + 1))
        {
            int start = slash, end = slash + 1;
            while (start > 0 && IsCodeChar(text[start - 1])) start--;
            while (end < text.Length && IsCodeChar(text[end])) end++;
            while (end > slash + 1 && text[end - 1] is '.' or '-') end--; // a sentence's full stop is not part of the code
            if (KodeRegex().IsMatch(text.AsSpan(start, end - start))) TryAdd(EntityKind.Nomor, start, end);
            slash = end - 1;
        }

        for (var m = NumberRegex().Match(text); m.Success; m = m.NextMatch())
        {
            if (!IndonesianNumber.TryParse(m.Groups[1].Value, out var value, out var decimals)) continue;
            var rest = text.AsSpan(m.Index + m.Length, Math.Min(9, text.Length - m.Index - m.Length));
            if (PercentSuffixRegex().Match(rest.ToString()) is { Success: true } pct)
                TryAdd(EntityKind.Persen, m.Index, m.Index + m.Length + pct.Length, value, decimals);
            else if (decimals == 0 && m.Length == 4 && value is >= 1980 and <= 2099)
                TryAdd(EntityKind.Tahun, m.Index, m.Index + m.Length, value, 0, (int)value);
            else
                TryAdd(EntityKind.Angka, m.Index, m.Index + m.Length, value, decimals);
        }

        foreach (var (start, end) in Periods(tokens)) TryAdd(EntityKind.Periode, start, end);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static bool IsCodeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '/';

    private static readonly HashSet<string> PeriodWords = ["harian", "mingguan", "bulanan", "triwulanan", "semesteran", "tahunan", "berkala", "periodik"];
    private static readonly HashSet<string> Every = ["setiap", "tiap", "sekali", "per"];
    private static readonly HashSet<string> Units = ["hari", "minggu", "pekan", "bulan", "triwulan", "caturwulan", "semester", "tahun"];
    private static readonly HashSet<string> Counts = ["dua", "tiga", "enam", "2", "3", "6"];
    private static readonly HashSet<string> Ordinals = ["i", "ii", "iii", "iv", "1", "2", "3", "4"];

    /// <summary>Periodicity on words: "berkala", "setiap bulan", "setiap tiga bulan", "secara rutin", "triwulan III", "semester II".</summary>
    private static IEnumerable<(int Start, int End)> Periods(IReadOnlyList<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            var next = i + 1 < t.Count ? t[i + 1].Lower : "";
            if (PeriodWords.Contains(w)) yield return (t[i].Start, t[i].End);
            else if (Every.Contains(w) && Units.Contains(next)) { yield return (t[i].Start, t[i + 1].End); i++; }
            else if (Every.Contains(w) && Counts.Contains(next) && i + 2 < t.Count && Units.Contains(t[i + 2].Lower)) { yield return (t[i].Start, t[i + 2].End); i += 2; }
            else if (w == "secara" && next == "rutin") { yield return (t[i].Start, t[i + 1].End); i++; }
            else if (w is "triwulan" or "semester" && Ordinals.Contains(next)) { yield return (t[i].Start, t[i + 1].End); i++; }
        }
    }

    public static bool TryParseKind(string name, out EntityKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind);
}

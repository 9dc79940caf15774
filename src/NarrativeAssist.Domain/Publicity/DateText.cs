using System.Globalization;
using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Publicity;

/// <summary>Which number comes first in a date such as 05/06/2024: Indonesian writing and most exports set to
/// Indonesian put the day first; Meta Business Suite in English writes the month first.</summary>
public enum NumericDateOrder { DayFirst, MonthFirst }

/// <summary>Dates as people and scheduler exports write them: 2024-05-17, 2024-05-17T09:30:00Z, 17/05/2024 09:30,
/// 05/17/2024, 17-05-24, "17 Mei 2024", "Jumat, 17 Mei 2024", "May 17, 2024". An instant with a zone (Z, +00:00) is
/// taken to the unit's day (<see cref="PublicationLinks.UnitOffset"/>).</summary>
public static partial class DateText
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["february"] = 2, ["feb"] = 2, ["pebruari"] = 2,
        ["maret"] = 3, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["august"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["nop"] = 11, ["nopember"] = 11,
        ["desember"] = 12, ["december"] = 12, ["des"] = 12, ["dec"] = 12,
    };

    [GeneratedRegex(@"^\s*(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?<zone>Z|[+-]\d{2}:?\d{2})?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})[/.-](?<b>\d{1,2})[/.-](?<y>\d{4}|\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameDay();

    /// <summary>The date in <paramref name="text"/>, or null when there is none or it does not exist (31/02/2024).</summary>
    public static DateOnly? Read(string? text, NumericDateOrder order = NumericDateOrder.DayFirst) => Find(text, order)?.Date;

    /// <summary>The first date written in <paramref name="text"/> and where it stands, so a caller can cut it out.</summary>
    public static (DateOnly Date, int Index, int Length)? Find(string? text, NumericDateOrder order = NumericDateOrder.DayFirst)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Iso().Match(text) is { Success: true } iso)
        {
            DateOnly? date = iso.Groups["zone"].Success && DateTimeOffset.TryParse(iso.Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                ? DateOnly.FromDateTime(instant.ToOffset(PublicationLinks.UnitOffset).DateTime)
                : Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
            return date is { } d ? (d, iso.Index, iso.Length) : null;
        }
        if (Numeric().Match(text) is { Success: true } n)
        {
            var (a, b) = (n.Groups["a"].Value, n.Groups["b"].Value);
            var date = order == NumericDateOrder.DayFirst ? Make(n.Groups["y"].Value, b, a) : Make(n.Groups["y"].Value, a, b);
            return date is { } d ? (d, n.Index, n.Length) : null;
        }
        foreach (var m in new[] { DayMonthName().Match(text), MonthNameDay().Match(text) })
            if (m.Success && Months.TryGetValue(m.Groups["mon"].Value, out var month)
                && Make(m.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value) is { } d)
                return (d, m.Index, m.Length);
        return null;
    }

    /// <summary>What a numeric date such as 13/05/2024 says about the order: a first number above 12 can only be a
    /// day, a second above 12 only a day too. Null when the text is not numeric or both numbers fit either way.</summary>
    public static NumericDateOrder? OrderEvidence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Iso().IsMatch(text)) return null;
        var n = Numeric().Match(text);
        if (!n.Success) return null;
        var (a, b) = (int.Parse(n.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(n.Groups["b"].Value, CultureInfo.InvariantCulture));
        if (a > 12 && b <= 12) return NumericDateOrder.DayFirst;
        if (b > 12 && a <= 12) return NumericDateOrder.MonthFirst;
        return null;
    }

    /// <summary>Whether the text has a date written with numbers only (and so depends on the order).</summary>
    public static bool IsNumeric(string? text) => !string.IsNullOrWhiteSpace(text) && !Iso().IsMatch(text) && Numeric().IsMatch(text);

    private static DateOnly? Make(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (y < 100) y += 2000;
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}

using System.Globalization;

namespace NarrativeAssist.Domain.Text;

/// <summary>Numbers as Indonesians write them: comma for decimals ("3,45"), dot for thousands ("1.250").
/// A lone dot followed by other than three digits is read as a decimal point ("3.45"), as many writers do.</summary>
public static class IndonesianNumber
{
    public static bool TryParse(ReadOnlySpan<char> s, out double value, out int decimals)
    {
        value = 0; decimals = 0;
        s = s.Trim();
        if (s.IsEmpty) return false;
        string normalized;
        var text = s.ToString();
        var commas = text.Count(c => c == ',');
        var dots = text.Count(c => c == '.');
        if (commas > 1) return false;
        if (commas == 1)
        {
            // "1.250,5": dots are thousands separators.
            if (dots > 0 && !ThousandsGroupsValid(text[..text.IndexOf(',')])) return false;
            normalized = text.Replace(".", "").Replace(',', '.');
        }
        else if (dots == 1 && text.Length - text.IndexOf('.') - 1 != 3)
            normalized = text; // "3.45"
        else if (dots >= 1)
        {
            if (!ThousandsGroupsValid(text)) return false;
            normalized = text.Replace(".", "");
        }
        else normalized = text;
        var point = normalized.IndexOf('.');
        decimals = point < 0 ? 0 : normalized.Length - point - 1;
        return double.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool ThousandsGroupsValid(string s)
    {
        var groups = s.Split('.');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    /// <summary>Formats as an Indonesian writer would: "3,45", "1.250".</summary>
    public static string Format(double value, int decimals = 2) => value.ToString("N" + decimals, Indonesian);

    // Built by hand: the app runs with invariant globalization (no ICU), where id-ID is not available.
    private static readonly NumberFormatInfo Indonesian = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
    };
}

using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>Rupiah as written in reports: "Rp1,2 miliar", "Rp 250.000,00", "Rp. 5 juta", "1,5 juta rupiah".</summary>
internal static partial class MoneyReader
{
    [GeneratedRegex(@"\bRp\.?\s?(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s?(?<s>ribu|rb|juta|jt|miliar|milyar|m|triliun|t)\b)?|(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s?(?<s>ribu|juta|miliar|milyar|triliun)?\s+rupiah\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyRegex();

    public static List<Money> Read(string text)
    {
        var found = new List<Money>();
        if (!text.Contains("rp", StringComparison.OrdinalIgnoreCase) && !text.Contains("rupiah", StringComparison.OrdinalIgnoreCase)) return found;
        for (var m = MoneyRegex().Match(text); m.Success; m = m.NextMatch())
        {
            if (!IndonesianNumber.TryParse(m.Groups["n"].Value, out var v, out _)) continue;
            var scale = m.Groups["s"].Value.ToLowerInvariant() switch
            {
                "ribu" or "rb" => 1e3,
                "juta" or "jt" => 1e6,
                "miliar" or "milyar" or "m" => 1e9,
                "triliun" or "t" => 1e12,
                _ => 1,
            };
            found.Add(new Money(v * scale, m.Index, m.Index + m.Length));
        }
        return found;
    }
}

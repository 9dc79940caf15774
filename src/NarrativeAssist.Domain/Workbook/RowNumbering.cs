using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Workbook;

/// <summary>The LKE numbering written in a row — "1.i.a", "i.", "a.", "1.", "II." — as a hint to the row's place.
/// Letters run a–h and sub-area numerals i–vi in the regulation, so a lone "i" is a numeral, never a letter.</summary>
public sealed partial record RowNumbering(string? PartNumeral, int? Area, string? Sub, string? Letter)
{
    public static readonly RowNumbering None = new(null, null, null, null);

    public bool IsEmpty => PartNumeral is null && Area is null && Sub is null && Letter is null;

    /// <summary>"1.i.a" as written; empty when there is nothing.</summary>
    public override string ToString() =>
        string.Join(".", new[] { PartNumeral, Area?.ToString(), Sub, Letter }.Where(s => s is not null));

    [GeneratedRegex(@"^\s*(?<area>\d{1,2})\s*\.\s*(?<sub>[ivx]{1,4})\s*\.\s*(?<letter>[a-h])(?![\p{L}\d])[\s.:)\-–—]*", RegexOptions.IgnoreCase)]
    private static partial Regex Full();

    [GeneratedRegex(@"^\s*(?<sub>[ivx]{1,4})\s*\.\s*(?<letter>[a-h])(?![\p{L}\d])[\s.:)\-–—]*")]
    private static partial Regex SubLetter();

    [GeneratedRegex(@"^\s*\(?(?<tok>\d{1,2}|[ivx]{1,4}|[IVX]{1,4}|[a-h]|[A-B])(?:[.)]+\s*|\s*$|\s+(?=\p{Lu}))")]
    private static partial Regex Token();

    /// <summary>Reads the numbering at the start of <paramref name="text"/> and the rest of the text after it.</summary>
    public static (RowNumbering Numbering, string Remainder) Parse(string text)
    {
        var m = Full().Match(text);
        if (m.Success)
            return (new RowNumbering(null, int.Parse(m.Groups["area"].Value), m.Groups["sub"].Value.ToLowerInvariant(),
                m.Groups["letter"].Value.ToLowerInvariant()), text[m.Length..].Trim());
        m = SubLetter().Match(text);
        if (m.Success) return (new RowNumbering(null, null, m.Groups["sub"].Value, m.Groups["letter"].Value), text[m.Length..].Trim());
        var t = Token().Match(text);
        if (!t.Success) return (None, text.Trim());
        var tok = t.Groups["tok"].Value;
        var rest = text[t.Length..].Trim();
        RowNumbering n = tok switch
        {
            _ when tok.All(char.IsDigit) => new(null, int.Parse(tok), null, null),
            _ when tok.All(c => c is 'i' or 'v' or 'x') => new(null, null, tok, null),
            _ when tok.All(c => c is 'I' or 'V' or 'X') => new(tok, null, null, null),
            _ when tok.Length == 1 && char.IsLower(tok[0]) => new(null, null, null, tok),
            _ => new(tok, null, null, null), // "A." / "B.": component letter
        };
        return (n, rest);
    }

    /// <summary>This numbering completed by the context above the row (area and sub-area read earlier).</summary>
    public RowNumbering Within(int? area, string? sub) =>
        Letter is null ? this : this with { Area = Area ?? area, Sub = Sub ?? sub };
}

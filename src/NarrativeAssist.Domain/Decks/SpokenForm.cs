using System.Globalization;
using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Decks;

/// <summary>A script sentence as the unit head says it, not as a slide writes it: no academic titles ("Dr. … , S.E.,
/// M.M."), no postal code and no decree numbers ("Nomor KEP-12/KPPN.0101/2024") read aloud; "Jl." and "No." spelled
/// out; figures in words ("3,58" → "tiga koma lima delapan", "99,6%" → "sembilan puluh sembilan koma enam persen",
/// "Rp1,25 miliar" → "satu koma dua lima miliar rupiah"); years in brackets become "pada 2024". Years stay as digits:
/// everyone reads them the same way. Codes with digits (SP2D, KEP-12, S-45/…) are left alone.</summary>
public static partial class SpokenForm
{
    public static string Of(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return text;
        var t = DecreeInBrackets().Replace(text, m => " berdasarkan " + m.Groups["what"].Value.Trim());
        t = DecreeNumber().Replace(t, "");
        t = TitleBefore().Replace(t, "");
        t = TitlesAfter().Replace(t, "");
        t = PostalCode().Replace(t, "");
        t = Street().Replace(t, "Jalan ");
        t = HouseNumber().Replace(t, "Nomor ");
        t = YearRange().Replace(t, m => $" pada {m.Groups[1].Value} hingga {m.Groups[2].Value}");
        t = YearInBrackets().Replace(t, m => $" pada {m.Groups[1].Value}");
        t = Rupiah().Replace(t, m => Words(m.Groups["n"].Value) + (m.Groups["u"].Success ? " " + m.Groups["u"].Value : "") + " rupiah");
        t = Percent().Replace(t, m => Words(m.Groups["n"].Value) + " persen");
        t = Figure().Replace(t, m => IsYear(m.Value) ? m.Value : Words(m.Value));
        return Spaces().Replace(t, " ").Replace(" ,", ",").Replace(" .", ".").Trim();
    }

    /// <summary>An Indonesian figure ("1.250", "3,58") in words; the text as it is when it is no figure.</summary>
    public static string Words(string figure)
    {
        var parts = figure.Split(',');
        if (!long.TryParse(parts[0].Replace(".", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var whole)) return figure;
        var words = Whole(whole);
        if (parts.Length == 2 && parts[1].Length > 0 && parts[1].All(char.IsAsciiDigit))
            words += " koma " + string.Join(' ', parts[1].Select(d => Digit[d - '0']));
        return words;
    }

    private static readonly string[] Digit = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    /// <summary>Cardinal numbers as spoken: "sebelas", "seratus dua puluh", "seribu", "dua juta".</summary>
    public static string Whole(long n)
    {
        if (n < 0) return "minus " + Whole(-n);
        if (n < 10) return Digit[n];
        if (n == 10) return "sepuluh";
        if (n == 11) return "sebelas";
        if (n < 20) return Digit[n - 10] + " belas";
        if (n < 100) return Digit[n / 10] + " puluh" + Rest(n % 10);
        if (n < 200) return "seratus" + Rest(n - 100);
        if (n < 1000) return Digit[n / 100] + " ratus" + Rest(n % 100);
        if (n < 2000) return "seribu" + Rest(n - 1000);
        foreach (var (size, name) in Scales)
            if (n >= size) return Whole(n / size) + " " + name + Rest(n % size);
        return Whole(n / 1000) + " ribu" + Rest(n % 1000);
    }

    private static readonly (long Size, string Name)[] Scales = [(1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta")];

    private static string Rest(long n) => n == 0 ? "" : " " + Whole(n);

    private static bool IsYear(string s) => s.Length == 4 && (s.StartsWith("19", StringComparison.Ordinal) || s.StartsWith("20", StringComparison.Ordinal));

    // "(SK Kepala KPPN Nomor KEP-12/… tanggal 8 Januari 2024)" → "berdasarkan SK Kepala KPPN tanggal 8 Januari 2024".
    [GeneratedRegex(@"\s*\((?<what>(?:SK|Surat Keputusan|Keputusan|Peraturan)\b[^)]*)\)")]
    private static partial Regex DecreeInBrackets();

    // "Nomor KEP-12/KPPN.0101/2024", "No. S-45/KPPN.0305/2024": a number with a slash or a letter-dash code.
    [GeneratedRegex(@"\s*\b(?:Nomor|Nmr\.?|No\.)\s*:?\s*(?=[A-Za-z0-9.\-]*[/\-])[A-Za-z0-9.\-/]+")]
    private static partial Regex DecreeNumber();

    [GeneratedRegex(@"\b(?:Prof\.|Dr\.|dr\.|Drs\.|Dra\.|Ir\.|H\.|Hj\.)\s+(?=[A-Z])")]
    private static partial Regex TitleBefore();

    // ", S.E., M.M.", ", S.Kom.", ", M.B.A.", ", Ph.D.", ", Sp.PD", ", Ak., CA".
    [GeneratedRegex(@"(?:,\s*(?:(?:[SMD]|Sp|Ph)\.\s?[A-Z][A-Za-z]{0,4}\.?(?:[A-Z][a-z]?\.)?|MBA|MPA|CPA|CA|Ak\.?))+(?=[\s,.;:)]|$)")]
    private static partial Regex TitlesAfter();

    // A five-digit postal code closing an address ("Kota Contoh 12345", "Kode Pos 12345").
    [GeneratedRegex(@"(?:,?\s*Kode\s*Pos)?,?\s+\d{5}(?=\s*(?:$|[,.;)]))")]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"\bJl\.\s*")]
    private static partial Regex Street();

    [GeneratedRegex(@"\bNo\.\s*(?=\d)")]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"\s*\((\d{4})\s*[–-]\s*(\d{4})\)")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\s*\((\d{4})\)")]
    private static partial Regex YearInBrackets();

    [GeneratedRegex(@"\bRp\s?(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s(?<u>ribu|juta|miliar|triliun))?")]
    private static partial Regex Rupiah();

    [GeneratedRegex(@"(?<![\w/.\-])(?<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s?%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\w/.,\-])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w/\-]|[.,]\d)")]
    private static partial Regex Figure();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}

using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Library;

/// <summary>Numbers that belong to one person or one thing: NIP (18 digits, also "19900215 201402 2 003"), NIK (16),
/// numbers named by their cue (NRP, NPWP, rekening, rekam medis, BPJS…), vehicle plates and rupiah amounts.</summary>
internal static partial class NumberPatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant;

    // yyyymmdd yyyymm s nnn, with or without spaces, dots or dashes between the groups; or any 18-digit run.
    [GeneratedRegex(@"(?<![\d])(?:(?:19|20)\d{6}[\s.\-]?(?:19|20)\d{4}[\s.\-]?[12][\s.\-]?\d{3}|\d{18})(?!\d)", Opts, 2000)]
    private static partial Regex Nip();

    // 16 digits, or 6-6-4 / 4-4-4-4 groups.
    [GeneratedRegex(@"(?<![\d])(?:\d{16}|\d{6}[\s.\-]\d{6}[\s.\-]\d{4}|\d{4}[\s.\-]\d{4}[\s.\-]\d{4}[\s.\-]\d{4})(?!\d)", Opts, 2000)]
    private static partial Regex Nik();

    // NPWP 12.345.678.9-012.000 (15 digits) or the 16-digit NIK form.
    [GeneratedRegex(@"(?<![\d])\d{2}\.\d{3}\.\d{3}\.\d[\-.]\d{3}\.\d{3}(?!\d)", Opts, 2000)]
    private static partial Regex Npwp();

    // A number named by what it identifies: "NRP 85010123", "No. Rekening 0123-01-000123-50-7", "No. RM: 12-34-56".
    [GeneratedRegex(@"\b(?:NIP|NRP|NIK|NIDN|NIDK|NUPTK|NPWP|NISN|NIM|NPM|KTP|KK|NITK|NRPTT|NKTA|No\.?\s?KTP|[Nn]o\.?\s?[Rr]ek(?:ening)?\.?|[Nn]omor\s[Rr]ekening|[Rr]ekening(?:\s(?:Bank\s)?[A-Z]{3,7})?|No\.?\s?RM|[Nn]omor\s[Rr]ekam\s[Mm]edis|[Rr]ekam\s[Mm]edis|[Nn]o\.?\s?BPJS|BPJS(?:\sKesehatan)?|[Nn]omor\s[Pp]aspor|[Pp]aspor|[Nn]o\.?\s?[Rr]eg(?:istrasi)?\.?|[Nn]omor\s[Rr]egistrasi|[Nn]omor\s[Aa]ntrean\s[Pp]asien|[Nn]o\.?\s?[Pp]olis|[Nn]omor\s[Pp]olis|[Nn]omor\s[Kk]artu)\s*(?:[Nn]o(?:mor)?\.?\s*)?[:.]?\s*(?<n>[A-Z0-9](?:[\d\-./]|\s(?=\d)){5,30}\d)", Opts, 2000)]
    private static partial Regex CuedNumber();

    // Plates: area code, 1–4 digits, 1–3 letters (KB 1234 AB, B 1234 XYZ, DA1234BC).
    [GeneratedRegex(@"\b(?:A|B|D|E|F|G|H|K|L|M|N|P|R|S|T|W|Z|AA|AB|AD|AE|AG|BA|BB|BD|BE|BG|BH|BK|BL|BM|BN|BP|DA|DB|DC|DD|DE|DG|DH|DK|DL|DM|DN|DR|DS|DT|EA|EB|ED|KB|KH|KT|KU|PA|PB|PG|PT)(?:\s?\d{3,4}|\s\d{1,2})\s?[A-Z]{1,3}\b", Opts, 2000)]
    private static partial Regex Plate();

    private const string Scale = @"(?:ribu|rb|juta|jt|miliar|milyar|M|triliun|T|million|billion|thousand)";

    [GeneratedRegex(@"(?:\b(?:[Rr][Pp]|IDR)\.?\s?\d{1,3}(?:[.,\s]\d{3})+(?:,\d{1,2})?(?:,-|,—)?(?:\s?" + Scale + @"\b)?|\b(?:[Rr][Pp]|IDR)\.?\s?\d+(?:[.,]\d+)?(?:,-)?(?:\s?" + Scale + @"\b)?|\b\d+(?:[.,]\d+)*\s?(?:ribu|juta|miliar|milyar|triliun)?\s?rupiah\b|\b(?:(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|sejuta|belas|puluh|ratus|ribu|juta|miliar|setengah)\s){1,6}(?:ribu|juta|miliar|triliun)?\s?rupiah\b)", Opts, 2000)]
    private static partial Regex Rupiah();

    public static IEnumerable<Found> Find(string text)
    {
        foreach (Match m in Nip().Matches(text)) yield return new Found(m.Index, m.Index + m.Length, ReplacementKinds.Nip);
        foreach (Match m in Nik().Matches(text)) yield return new Found(m.Index, m.Index + m.Length, ReplacementKinds.Identity);
        foreach (Match m in Npwp().Matches(text)) yield return new Found(m.Index, m.Index + m.Length, ReplacementKinds.Identity);
        foreach (Match m in CuedNumber().Matches(text))
        {
            var n = m.Groups["n"];
            if (n.Value.Count(char.IsDigit) < 5) continue;
            var cue = m.Value[..(n.Index - m.Index)];
            var kind = cue.StartsWith("NIP", StringComparison.Ordinal) || cue.StartsWith("NRP", StringComparison.Ordinal) ? ReplacementKinds.Nip : ReplacementKinds.Identity;
            yield return Found.Of(n, kind);
        }
        foreach (Match m in Plate().Matches(text))
            if (!m.Value.Contains("TAHUN", StringComparison.Ordinal)) yield return new Found(m.Index, m.Index + m.Length, ReplacementKinds.Plate);
        foreach (Match m in Rupiah().Matches(text)) yield return new Found(m.Index, m.Index + m.Length, ReplacementKinds.Amount);
    }
}

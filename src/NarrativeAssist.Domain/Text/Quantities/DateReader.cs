namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>Dates and periods: "3 Januari 2024", "tanggal tiga Januari 2024", "15/01/2024", "2024-01-15", "Maret 2024",
/// "triwulan I 2024", "TW III", "semester II 2023", and lists sharing one year ("28 Maret, 27 Juni dan 19 Desember 2024").</summary>
internal static class DateReader
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["jan"] = 1, ["februari"] = 2, ["pebruari"] = 2, ["feb"] = 2, ["maret"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7, ["agustus"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nopember"] = 11, ["nov"] = 11,
        ["desember"] = 12, ["des"] = 12,
    };

    private static readonly Dictionary<string, int> Roman = new(StringComparer.Ordinal) { ["i"] = 1, ["ii"] = 2, ["iii"] = 3, ["iv"] = 4, ["1"] = 1, ["2"] = 2, ["3"] = 3, ["4"] = 4 };

    public static List<DateMention> Read(string text, Atom[] a)
    {
        var found = new List<DateMention>();
        for (var i = 0; i < a.Length; i++)
        {
            var s = a[i].Sentence;
            // Month names (abbreviations only next to a day or a year, so "des" or "mar" in prose are not months).
            if (!a[i].IsNumber && Months.TryGetValue(a[i].Lower, out var month))
            {
                var hasDay = i > 0 && a[i - 1].Sentence == s && a[i - 1].IsNumber && !a[i - 1].Percent && a[i - 1].Number is >= 1 and <= 31 && a[i - 1].Decimals == 0;
                var hasYear = i + 1 < a.Length && a[i + 1].Sentence == s && a[i + 1].IsYear;
                if (a[i].Lower.Length <= 4 && a[i].Lower != "mei" && !hasDay && !hasYear) continue;
                if (!hasDay && !hasYear && !(i > 0 && a[i - 1].Lower is "bulan" or "pada" or "sejak" or "hingga" or "sampai" or "awal" or "akhir")) continue;
                var start = hasDay ? a[i - 1].Start : a[i].Start;
                var end = hasYear ? a[i + 1].End : a[i].End;
                found.Add(new DateMention(hasYear ? (int)a[i + 1].Number! : null, month, month, hasDay ? (int)a[i - 1].Number! : null, start, end, s));
                if (hasYear) i++;
                continue;
            }
            // 15/01/2024, 15-01-2024, 15.01.2024, 2024-01-15
            if (a[i].IsNumber && i + 2 < a.Length && a[i + 1].IsNumber && a[i + 2].IsNumber && Separated(text, a, i) && Separated(text, a, i + 1))
            {
                int x = (int)a[i].Number!, y = (int)a[i + 1].Number!, z = (int)a[i + 2].Number!;
                if (a[i + 2].IsYear && x is >= 1 and <= 31 && y is >= 1 and <= 12)
                { found.Add(new DateMention(z, y, y, x, a[i].Start, a[i + 2].End, s)); i += 2; continue; }
                if (a[i].IsYear && y is >= 1 and <= 12 && z is >= 1 and <= 31)
                { found.Add(new DateMention(x, y, y, z, a[i].Start, a[i + 2].End, s)); i += 2; continue; }
            }
            // triwulan I 2024, TW II, semester II 2023, caturwulan
            if (!a[i].IsNumber && a[i].Lower is "triwulan" or "tw" or "semester" or "smt" && i + 1 < a.Length && a[i + 1].Sentence == s
                && Roman.TryGetValue(a[i + 1].Lower, out var n))
            {
                var quarter = a[i].Lower is "triwulan" or "tw";
                if (!quarter && n > 2) continue;
                var first = quarter ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1;
                var last = quarter ? first + 2 : first + 5;
                var hasYear = i + 2 < a.Length && a[i + 2].Sentence == s && (a[i + 2].IsYear || a[i + 2].Is("tahun") && i + 3 < a.Length && a[i + 3].IsYear);
                var yearAt = hasYear ? (a[i + 2].IsYear ? i + 2 : i + 3) : i + 1;
                found.Add(new DateMention(hasYear ? (int)a[yearAt].Number! : null, first, last, null, a[i].Start, a[yearAt].End, s));
                i = yearAt;
            }
        }
        BorrowYears(found, a);
        return found;
    }

    private static bool Separated(string text, Atom[] a, int i)
    {
        var between = YearAttachment.Between(text, a[i].End, a[i + 1].Start);
        return between.Length == 1 && between[0] is '/' or '-' or '.';
    }

    /// <summary>"28 Maret, 27 Juni dan 19 Desember 2024": dates of a list without a year take the year written at the
    /// list's end; otherwise the year last stated in the sentence ("Sepanjang tahun 2024 … 28 Maret").</summary>
    private static void BorrowYears(List<DateMention> found, Atom[] a)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Year is not null) continue;
            int? year = null;
            for (var j = i + 1; j < found.Count && found[j].Sentence == found[i].Sentence; j++)
                if (found[j].Year is { } y) { year = y; break; }
            if (year is null)
            {
                var start = found[i].Start;
                for (var k = Array.FindLastIndex(a, x => x.End <= start); k >= 0 && a[k].Sentence == found[i].Sentence; k--)
                    if (a[k].IsYear) { year = (int)a[k].Number!; break; }
            }
            if (year is not null) found[i] = found[i] with { Year = year };
        }
    }
}

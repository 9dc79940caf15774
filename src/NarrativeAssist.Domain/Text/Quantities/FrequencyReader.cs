namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>Stated frequencies: "setiap bulan", "tiap tiga bulan", "sebulan sekali", "bulanan", "triwulanan",
/// "semesteran", "setiap tahun", "empat kali dalam setahun", "secara berkala", "tidak berkala", "insidental".</summary>
internal static class FrequencyReader
{
    private static readonly Dictionary<string, double> PerYearOfUnit = new(StringComparer.Ordinal)
    {
        ["hari"] = 250, ["minggu"] = 52, ["pekan"] = 52, ["bulan"] = 12, ["triwulan"] = 4, ["caturwulan"] = 3, ["semester"] = 2, ["tahun"] = 1,
    };

    private static readonly Dictionary<string, double> Adjectives = new(StringComparer.Ordinal)
    {
        ["harian"] = 250, ["mingguan"] = 52, ["bulanan"] = 12, ["triwulanan"] = 4, ["semesteran"] = 2, ["tahunan"] = 1,
        ["sebulan"] = 12, ["seminggu"] = 52, ["setahun"] = 1, ["sehari"] = 250,
    };

    public static List<FrequencyStatement> Read(Atom[] a)
    {
        var found = new List<FrequencyStatement>();
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].IsNumber) continue;
            var s = a[i].Sentence;
            string W(int k) => k < a.Length && a[k].Sentence == s && !a[k].IsNumber ? a[k].Lower : "";
            var w = a[i].Lower;
            // tidak (secara) berkala / insidental / sewaktu-waktu
            if (w == "tidak" && (W(i + 1) == "berkala" || W(i + 1) == "secara" && W(i + 2) == "berkala" || W(i + 1) == "rutin"))
            { var end = W(i + 1) == "secara" ? i + 2 : i + 1; found.Add(new(null, false, false, a[i].Start, a[end].End, s)); i = end; continue; }
            if (w is "insidental" or "insidentil") { found.Add(new(null, false, false, a[i].Start, a[i].End, s)); continue; }
            // setiap/tiap/per [N] unit
            if (w is "setiap" or "tiap" or "per")
            {
                var k = i + 1;
                double n = 1;
                if (k < a.Length && a[k].Sentence == s && a[k].IsNumber && !a[k].IsYear && a[k].Number is >= 1 and <= 12) { n = a[k].Number!.Value; k++; }
                // "per" only with the units that name a reporting cycle ("Rp 50.000 per hari" is a price, "per tahun 2024" a date)
                if (PerYearOfUnit.TryGetValue(W(k), out var per) && (w != "per" || W(k) is "bulan" or "triwulan" or "semester"))
                { found.Add(new(per / n, true, false, a[i].Start, a[k].End, s)); i = k; continue; }
            }
            // N bulan sekali / sebulan sekali
            if (Adjectives.TryGetValue(w, out var adj) && W(i + 1) == "sekali") { found.Add(new(adj, true, false, a[i].Start, a[i + 1].End, s)); i++; continue; }
            if (w is "bulanan" or "triwulanan" or "semesteran" or "mingguan" or "harian" or "tahunan")
            { found.Add(new(Adjectives[w], true, false, a[i].Start, a[i].End, s)); continue; }
            if (w is "berkala" or "periodik" && !(i > 0 && a[i - 1].Is("tidak")) && !(i > 1 && a[i - 1].Is("secara") && a[i - 2].Is("tidak")))
            { found.Add(new(null, true, false, a[i].Start, a[i].End, s)); continue; }
            // N kali (dalam|per|setiap)? (setahun|satu tahun|tahun|sebulan|…)
            if (w == "kali" && i > 0 && a[i - 1].IsNumber && !a[i - 1].IsYear && a[i - 1].Sentence == s)
            {
                var k = i + 1;
                if (W(k) is "dalam" or "per" or "setiap" or "tiap" or "selama") k++;
                double? per = null;
                var end = i;
                if (Adjectives.TryGetValue(W(k), out var unitPerYear) && W(k) is "setahun" or "sebulan" or "seminggu") { per = a[i - 1].Number!.Value * unitPerYear; end = k; }
                else if (k < a.Length && a[k].IsNumber && a[k].Number == 1 && PerYearOfUnit.TryGetValue(W(k + 1), out var u1)) { per = a[i - 1].Number!.Value * u1; end = k + 1; }
                else if (PerYearOfUnit.TryGetValue(W(k), out var u2) && k > i + 1) { per = a[i - 1].Number!.Value * u2; end = k; }
                found.Add(new(per ?? a[i - 1].Number!.Value, true, per is null, a[i - 1].Start, a[end].End, s));
                i = end;
            }
        }
        // "3 bulan sekali" → every 3 months
        for (var i = 0; i + 2 < a.Length; i++)
            if (a[i].IsNumber && !a[i].IsYear && a[i].Number is >= 1 and <= 12 && !a[i + 1].IsNumber && PerYearOfUnit.TryGetValue(a[i + 1].Lower, out var per)
                && a[i + 2].Is("sekali") && a[i + 2].Sentence == a[i].Sentence)
                found.Add(new(per / a[i].Number!.Value, true, false, a[i].Start, a[i + 2].End, a[i].Sentence));
        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return found;
    }
}

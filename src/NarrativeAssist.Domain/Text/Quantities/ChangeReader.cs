namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>Reads before→after pairs and changes stated by their size, attributing each value its own year:
/// "turun dari 58 menit pada tahun 2022 menjadi 17 menit pada tahun 2024" = 58 @ 2022 → 17 @ 2024;
/// "dari 3,2 (2022) menjadi 3,6 (2024)"; "semula 5 hari kini 2 hari"; "naik 0,3 poin"; "turun 20 %".</summary>
internal static class ChangeReader
{
    private static readonly HashSet<string> DownWords = ["turun", "menurun", "penurunan", "berkurang", "pengurangan", "dipangkas", "dipersingkat", "memendek", "cepat", "lebih", "susut", "menyusut", "ditekan"];
    private static readonly HashSet<string> UpWords = ["naik", "meningkat", "peningkatan", "kenaikan", "bertambah", "penambahan", "tumbuh", "bertumbuh", "melonjak"];
    private static readonly HashSet<string> ToWords = ["menjadi", "jadi", "ke", "hingga", "sampai", "kini", "sekarang", "saat"];
    private static readonly HashSet<string> DeltaUnits = ["poin", "point", "persen", "hari", "menit", "jam", "detik", "kasus", "orang", "pengaduan", "laporan"];

    public static List<Change> Read(string text, Atom[] a)
    {
        var found = new List<Change>();
        for (var i = 0; i < a.Length; i++)
        {
            var s = a[i].Sentence;
            if (a[i].IsNumber) continue;
            if (a[i].Lower is "dari" or "semula" or "sebelumnya" && i + 1 < a.Length && a[i + 1].IsNumber && !a[i + 1].IsYear && a[i + 1].Sentence == s
                && TryPair(text, a, i, s) is { } pair)
            {
                found.Add(pair);
                i = Array.FindIndex(a, x => x.Start >= pair.End) - 1;
                if (i < 0) break;
                continue;
            }
            // "naik 0,3 poin", "turun sebesar 20 %", "meningkat 12 pengaduan"
            if ((UpWords.Contains(a[i].Lower) || DownWords.Contains(a[i].Lower) && a[i].Lower is not ("cepat" or "lebih")))
            {
                var k = i + 1;
                if (k < a.Length && a[k].Lower is "sebesar" or "sebanyak" or "hingga" or "hampir" or "sekitar" && !a[k].IsNumber) k++;
                if (k < a.Length && a[k].Sentence == s && a[k].IsNumber && !a[k].IsYear)
                {
                    var unit = a[k].Percent ? "persen" : k + 1 < a.Length && a[k + 1].Sentence == s && DeltaUnits.Contains(a[k + 1].Lower) ? a[k + 1].Lower : null;
                    var notPair = !(k + 1 < a.Length && a[k + 1].Is("dari")) && !(k + 2 < a.Length && a[k + 2].Is("dari"));
                    if (unit is not null && notPair)
                        found.Add(new Change(null, null, -1, null, null, -1, a[k].Number, unit,
                            UpWords.Contains(a[i].Lower) ? ChangeDirection.Up : ChangeDirection.Down, a[i].Start, unit == "persen" ? a[k].End : a[k + 1].End, s));
                }
            }
        }
        return found;
    }

    private static Change? TryPair(string text, Atom[] a, int dari, int s)
    {
        var from = dari + 1;
        var j = from + 1;
        var fromUnit = Unit(a, ref j, s);
        var fromYear = YearHere(text, a, ref j, s);
        // the connecting word within a few atoms: "menjadi", "ke", "kini", "sekarang", "hingga"
        var limit = Math.Min(a.Length, j + 3);
        while (j < limit && a[j].Sentence == s && !(ToWords.Contains(a[j].Lower) && !a[j].IsNumber)) j++;
        if (j >= limit || a[j].Sentence != s) return null;
        j++;
        if (j < a.Length && !a[j].IsNumber && a[j].Lower is "hanya" or "sebesar" or "sebanyak" or "tinggal" or "rata") j++;
        if (j < a.Length && a[j].Is("rata")) j++;
        if (j >= a.Length || a[j].Sentence != s || !a[j].IsNumber || a[j].IsYear) return null;
        var to = j;
        j++;
        var toUnit = Unit(a, ref j, s);
        var toYear = YearHere(text, a, ref j, s);
        // "dari tahun 2022 ..." wrote the year before the value: "pada tahun 2022 sebesar 58 menit" is handled by YearAttachment.
        var direction = ChangeDirection.Unknown;
        for (var b = dari - 1; b >= 0 && b >= dari - 4 && a[b].Sentence == s; b--)
        {
            if (UpWords.Contains(a[b].Lower)) { direction = ChangeDirection.Up; break; }
            if (DownWords.Contains(a[b].Lower)) { direction = ChangeDirection.Down; break; }
        }
        if (direction == ChangeDirection.Unknown && a[from].Number != a[to].Number)
            direction = a[to].Number > a[from].Number ? ChangeDirection.Up : ChangeDirection.Down;
        var end = a[Math.Max(to, j - 1)].End;
        return new Change(a[from].Number, fromYear, a[from].Start, a[to].Number, toYear, a[to].Start, a[to].Number - a[from].Number,
            toUnit ?? fromUnit, direction, a[dari].Start, end, s);
    }

    private static string? Unit(Atom[] a, ref int j, int s)
    {
        string? unit = null;
        for (var n = 0; n < 2 && j < a.Length && a[j].Sentence == s && !a[j].IsNumber && YearAttachment.IsUnitWord(a[j].Lower) && !ToWords.Contains(a[j].Lower); n++)
        {
            unit ??= a[j].Lower;
            j++;
        }
        return unit;
    }

    /// <summary>"pada tahun 2022", "tahun 2022", "di tahun 2022", "pada 2022", "(2022)" right after a value.</summary>
    private static int? YearHere(string text, Atom[] a, ref int j, int s)
    {
        if (j >= a.Length || a[j].Sentence != s) return null;
        if (a[j].IsYear && YearAttachment.Between(text, a[j - 1].End, a[j].Start).Contains('(')) return (int)a[j++].Number!;
        var k = j;
        if (!a[k].IsNumber && a[k].Lower is "pada" or "di" or "per") k++;
        if (k < a.Length && a[k].Is("tahun")) k++;
        if (k > j && k < a.Length && a[k].Sentence == s && a[k].IsYear) { j = k + 1; return (int)a[k].Number!; }
        return null;
    }
}

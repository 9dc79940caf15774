namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>Indonesian numbers written in words: "tiga", "sebelas", "dua belas", "tiga puluh empat", "seratus dua",
/// "seribu", "dua ribu dua puluh empat", "satu juta". Narratives write small counts and dates this way
/// ("tanggal tiga Januari", "empat kali dalam setahun"), so they must count like digits.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["nol"] = 0, ["satu"] = 1, ["se"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5, ["enam"] = 6,
        ["tujuh"] = 7, ["delapan"] = 8, ["sembilan"] = 9, ["sepuluh"] = 10, ["sebelas"] = 11, ["seratus"] = 100,
        ["seribu"] = 1000, ["sejuta"] = 1_000_000,
    };

    /// <summary>Reads a number starting at token <paramref name="first"/>; returns the value and how many tokens it used
    /// (0 when the token does not start a number). "se" alone is not a number ("se-Kanwil").</summary>
    public static int TryRead(IReadOnlyList<Token> tokens, int first, int endToken, out double value)
    {
        value = 0;
        double total = 0, group = 0;
        var used = 0;
        var i = first;
        while (i < endToken)
        {
            var w = tokens[i].Lower;
            if (Units.TryGetValue(w, out var u) && w != "se")
            {
                // "sebelas", "seratus" … start or continue a group; a unit after a unit ("dua tiga") ends the number.
                if (u < 10 && group % 10 != 0) break;
                group += u; i++; used = i - first; continue;
            }
            if (used == 0) return 0;
            if (w == "belas" && group is > 0 and < 10) { group += 10; i++; used = i - first; continue; }
            if (w == "puluh" && group is > 0 and < 10) { group *= 10; i++; used = i - first; continue; }
            if (w == "ratus" && group is > 0 and < 10) { group *= 100; i++; used = i - first; continue; }
            if (w is "ribu" or "juta" or "miliar" or "milyar" && group > 0)
            {
                total += group * (w == "ribu" ? 1_000 : w == "juta" ? 1_000_000 : 1_000_000_000);
                group = 0; i++; used = i - first; continue;
            }
            break;
        }
        value = total + group;
        return used;
    }
}

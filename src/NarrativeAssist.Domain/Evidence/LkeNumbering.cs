using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>The numbering units write in folder and file names: "1.i.a" (area number, sub-area numeral, letter) as the
/// LKE prints it, and the Hasil ids ("H.1.a"). Pemenuhan and Reform share "1.i.a"; the folder above says which.</summary>
public static class LkeNumbering
{
    private static readonly string[] Numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

    public static string Of(Question q) => q.SubArea is { } s ? $"{q.Area.Number}.{s.Numeral}.{q.Letter}" : q.Id;

    /// <summary>The numbering with the part a reader needs to tell Reform from Pemenuhan: "1.i.a", "Reform 1.i.a", "H.1.a".</summary>
    public static string Label(Question q) => q.Part.Id == "R" ? "Reform " + Of(q) : Of(q);

    /// <summary>1-based position of a sub-area numeral ("iv" → 4; "4" → 4), or 0 when it is none.</summary>
    public static int SubAreaIndex(string numeral)
    {
        var n = numeral.Trim().ToLowerInvariant();
        if (int.TryParse(n, out var arabic)) return arabic is >= 1 and <= 10 ? arabic : 0;
        return Array.IndexOf(Numerals, n) + 1;
    }

    /// <summary>Area number from "I".."VI" or "1".."6", or 0.</summary>
    public static int AreaNumber(string numeral) => SubAreaIndex(numeral) is var n and <= 6 ? n : 0;

    public static string Roman(int number) => number >= 1 && number <= Numerals.Length ? Numerals[number - 1].ToUpperInvariant() : number.ToString();
}

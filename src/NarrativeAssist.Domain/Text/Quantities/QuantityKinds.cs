namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>"19 dari 34 pegawai", "19 orang (56 %)", "seluruh 34 pegawai", "19/34 pegawai": a part of a whole,
/// with the noun counted when the writer named it.</summary>
public readonly record struct Ratio(double Part, double Whole, string? Noun, int Start, int End, int Sentence)
{
    public double Fraction => Whole <= 0 ? 0 : Math.Clamp(Part / Whole, 0, 1);
}

public enum ChangeDirection { Unknown, Down, Up }

/// <summary>A before→after pair ("turun dari 58 menit pada tahun 2022 menjadi 17 menit pada tahun 2024") with each
/// side's value, year and position, or a change stated only as its size ("naik 0,3 poin", "turun 20 %").</summary>
public sealed record Change(
    double? From, int? FromYear, int FromStart,
    double? To, int? ToYear, int ToStart,
    double? Delta, string? Unit, ChangeDirection Direction, int Start, int End, int Sentence)
{
    public bool HasBaseline => From is not null && To is not null;
}

/// <summary>An amount of money in rupiah ("Rp1,2 miliar", "Rp 250.000", "1,5 juta rupiah").</summary>
public readonly record struct Money(double Rupiah, int Start, int End);

/// <summary>A date or a period of a year: a day ("3 Januari 2024"), a month ("Maret 2024"), a quarter or a half
/// ("triwulan I 2024", "semester II 2023"). Months run 1–12; <see cref="Year"/> is null when the writer left it to the
/// context and no nearby year could be borrowed.</summary>
public readonly record struct DateMention(int? Year, int FirstMonth, int LastMonth, int? Day, int Start, int End, int Sentence)
{
    public bool IsDay => Day is not null;

    /// <summary>A sortable day number (year × 372 + month × 31 + day) for dates with a year, else null.</summary>
    public int? Ordinal => Year is { } y ? y * 372 + FirstMonth * 31 + (Day ?? 1) : null;
}

/// <summary>A stated frequency: "setiap bulan" (12 a year), "triwulanan" (4), "dua kali dalam setahun" (2),
/// "secara berkala" (regular, number unknown: <see cref="PerYear"/> null), "tidak berkala" (<see cref="Regular"/> false).</summary>
public readonly record struct FrequencyStatement(double? PerYear, bool Regular, bool IsCount, int Start, int End, int Sentence);

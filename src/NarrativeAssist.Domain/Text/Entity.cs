namespace NarrativeAssist.Domain.Text;

/// <summary>Kinds of facts recognised in a narrative; rule patterns name them in braces, e.g. {persen}.</summary>
public enum EntityKind
{
    Angka,
    Persen,
    Tahun,
    Tanggal,
    Nomor,
    Periode,
    Tautan,
}

/// <summary>A recognised fact at a character span. <see cref="Value"/> holds the number for
/// Angka/Persen (and the year for Tahun); <see cref="Decimals"/> the decimals written; <see cref="Year"/> a date's year.</summary>
public readonly record struct Entity(EntityKind Kind, int Start, int Length, double? Value, int Decimals, int? Year)
{
    public int End => Start + Length;
}

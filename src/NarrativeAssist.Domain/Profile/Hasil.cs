using System.Collections.Immutable;

namespace NarrativeAssist.Domain.Profile;

/// <summary>A performance indicator with its yearly values (the "hasil" part of the decks).</summary>
public sealed record IndikatorKinerja
{
    public required string Nama { get; init; }

    /// <summary>Other names the indicator goes by in narratives (e.g. "IKM").</summary>
    public IReadOnlyList<string> Alias { get; init; } = [];

    public required Satuan Satuan { get; init; }

    /// <summary>Direction of improvement. Defaults to false for <see cref="Satuan.Hari"/> and
    /// <see cref="Satuan.Menit"/> (durations), true otherwise.</summary>
    public required bool LebihTinggiLebihBaik { get; init; }

    /// <summary>Year → value, ascending by year; at least one entry.</summary>
    public required IReadOnlyDictionary<int, double> Nilai { get; init; }

    public double? Target { get; init; }

    /// <summary>Where the figures come from (report, survey, application).</summary>
    public string? Sumber { get; init; }

    /// <summary>What the unit does about an indicator that worsened or missed its target: the script names these
    /// steps instead of claiming, hollowly, that steps were taken.</summary>
    public IReadOnlyList<string> LangkahPerbaikan { get; init; } = [];
}

/// <summary>Perception surveys, each year → index on the 1–4 scale.</summary>
public sealed record Survei
{
    /// <summary>Indeks Persepsi Anti Korupsi.</summary>
    public IReadOnlyDictionary<int, double> Ipak { get; init; } = ImmutableSortedDictionary<int, double>.Empty;

    /// <summary>Indeks Persepsi Kualitas Pelayanan.</summary>
    public IReadOnlyDictionary<int, double> Ipkp { get; init; } = ImmutableSortedDictionary<int, double>.Empty;

    /// <summary>Any other survey on the same scale, keyed by its lower-case file key (e.g. "ikm").</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, double>> Lainnya { get; init; } =
        ImmutableSortedDictionary<string, IReadOnlyDictionary<int, double>>.Empty;
}

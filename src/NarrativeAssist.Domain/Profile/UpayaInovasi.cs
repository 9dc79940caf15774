namespace NarrativeAssist.Domain.Profile;

/// <summary>What the unit did on one lever (area code from the LKE catalog: MP, TL, SDM, AK, PW, PP).</summary>
public sealed record Upaya(string Area, IReadOnlyList<string> Kegiatan);

/// <summary>An innovation, one of the five kinds, attached to a lever.</summary>
public sealed record Inovasi
{
    public required string Nama { get; init; }
    public required KategoriInovasi Kategori { get; init; }

    /// <summary>Area code of the lever the innovation belongs to.</summary>
    public required string Area { get; init; }

    public string? Deskripsi { get; init; }
    public string? Dampak { get; init; }

    /// <summary>Year the innovation started.</summary>
    public int? Tahun { get; init; }

    /// <summary>Units that copied the innovation; seed 004 asks for at least one replicated innovation.</summary>
    public IReadOnlyList<string> DireplikasiOleh { get; init; } = [];

    public IReadOnlyList<string> Bukti { get; init; } = [];

    /// <summary>Photo of the innovation in use (path relative to the profile file).</summary>
    public string? Foto { get; init; }

    /// <summary>Photo proving the replication (the other unit's visit or launch), shown with the replication badge.</summary>
    public string? FotoReplikasi { get; init; }
}

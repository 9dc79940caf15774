namespace NarrativeAssist.Domain.Profile;

public sealed record Penghargaan(string Nama, string? Pemberi, int? Tahun)
{
    /// <summary>Photo of the certificate or the ceremony (path relative to the profile file).</summary>
    public string? Foto { get; init; }
}

public sealed record Testimoni(string Nama, string? Peran, string Kutipan);

/// <summary>A member of the ZI team and the levers (area codes) they are responsible for.</summary>
public sealed record AnggotaTim(string Nama, string? Peran, IReadOnlyList<string> Area);

/// <summary>A stop of the field-visit office tour: room, person in charge, talking points.</summary>
public sealed record Ruangan(string Nama, string Pic, IReadOnlyList<string> Poin);

/// <summary>The leader's commitment and the unit's integrity pledges (seed 004, first part): what the
/// team-and-commitment slide shows besides the team. Photo paths are relative to the profile file.</summary>
public sealed record Komitmen
{
    /// <summary>The leader's commitment in her own words, quoted on the slide.</summary>
    public string? Pernyataan { get; init; }

    /// <summary>The integrity pact: who signed it and when, e.g. "Ditandatangani 32 pegawai, 8 Januari 2024".</summary>
    public string? PaktaIntegritas { get; init; }

    /// <summary>The public declaration of the integrity zone, e.g. "Deklarasi Janji Kinerja, 15 Januari 2024".</summary>
    public string? Deklarasi { get; init; }

    /// <summary>Photo of the signing or the declaration.</summary>
    public string? Foto { get; init; }

    public bool IsEmpty => Pernyataan is null && PaktaIntegritas is null && Deklarasi is null && Foto is null;
}

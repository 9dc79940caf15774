namespace NarrativeAssist.Domain.Profile;

/// <summary>A unit's Zona Integritas profile: the data behind interview and field-visit decks.
/// Property names mirror the Indonesian keys of the profile file (<c>docs/profil-unit.md</c>).
/// Lists are never null; year maps iterate in ascending year order.</summary>
public sealed record UnitProfile
{
    public required UnitInfo Unit { get; init; }
    public IReadOnlyList<string> KondisiAwal { get; init; } = [];
    public IReadOnlyList<IndikatorKinerja> IndikatorKinerja { get; init; } = [];
    public Survei Survei { get; init; } = new();
    public IReadOnlyList<Upaya> Upaya { get; init; } = [];
    public IReadOnlyList<Inovasi> Inovasi { get; init; } = [];
    public IReadOnlyList<Penghargaan> Penghargaan { get; init; } = [];
    public IReadOnlyList<Testimoni> Testimoni { get; init; } = [];
    public IReadOnlyList<AnggotaTim> Tim { get; init; } = [];

    /// <summary>The leader's commitment, integrity pact and declaration; null when the profile has none.</summary>
    public Komitmen? Komitmen { get; init; }
    public IReadOnlyList<Ruangan> Ruangan { get; init; } = [];
}

/// <summary>The <c>unit</c> section.</summary>
public sealed record UnitInfo
{
    public required string Nama { get; init; }
    public required string Instansi { get; init; }
    public string? Alamat { get; init; }
    public Pimpinan? Pimpinan { get; init; }
    public required Predikat PredikatTarget { get; init; }
    public required int TahunPenilaian { get; init; }
    public IReadOnlyList<PredikatDiraih> PredikatSebelumnya { get; init; } = [];

    /// <summary>The unit's logo (PNG or JPEG, path relative to the profile file), on the opening and closing slides.</summary>
    public string? Logo { get; init; }
}

/// <summary>Head of the unit, who presents the virtual interview.</summary>
public sealed record Pimpinan(string Nama, string? Jabatan);

/// <summary>A predicate the unit already holds.</summary>
public sealed record PredikatDiraih(Predikat Predikat, int Tahun);

/// <summary>Every picture a profile names, with the profile path of the field naming it: what must be uploaded with
/// the profile (paths relative to the profile file).</summary>
public static class ProfilePictures
{
    /// <summary>A picture named as an item of the unit's evidence register: "bukti:&lt;id&gt;".</summary>
    public const string EvidencePrefix = "bukti:";

    /// <summary>The evidence item a picture path names ("bukti:&lt;id&gt;"), or null for a file path.</summary>
    public static Guid? EvidenceId(string path) =>
        path.StartsWith(EvidencePrefix, StringComparison.OrdinalIgnoreCase) && Guid.TryParse(path.AsSpan(EvidencePrefix.Length).Trim(), out var id) ? id : null;

    public static IEnumerable<(string Field, string Path)> Of(UnitProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Unit.Logo is { } logo) yield return ("unit.logo", logo);
        if (profile.Komitmen?.Foto is { } k) yield return ("komitmen.foto", k);
        for (var i = 0; i < profile.Inovasi.Count; i++)
        {
            if (profile.Inovasi[i].Foto is { } f) yield return ($"inovasi[{i}].foto", f);
            if (profile.Inovasi[i].FotoReplikasi is { } r) yield return ($"inovasi[{i}].foto_replikasi", r);
        }
        for (var i = 0; i < profile.Penghargaan.Count; i++)
            if (profile.Penghargaan[i].Foto is { } f) yield return ($"penghargaan[{i}].foto", f);
    }
}

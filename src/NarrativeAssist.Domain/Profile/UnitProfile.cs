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
}

/// <summary>Head of the unit, who presents the virtual interview.</summary>
public sealed record Pimpinan(string Nama, string? Jabatan);

/// <summary>A predicate the unit already holds.</summary>
public sealed record PredikatDiraih(Predikat Predikat, int Tahun);

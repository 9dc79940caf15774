namespace NarrativeAssist.Domain.Profile;

public sealed record Penghargaan(string Nama, string? Pemberi, int? Tahun);

public sealed record Testimoni(string Nama, string? Peran, string Kutipan);

/// <summary>A member of the ZI team and the levers (area codes) they are responsible for.</summary>
public sealed record AnggotaTim(string Nama, string? Peran, IReadOnlyList<string> Area);

/// <summary>A stop of the field-visit office tour: room, person in charge, talking points.</summary>
public sealed record Ruangan(string Nama, string Pic, IReadOnlyList<string> Poin);

using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Tests.Profile;

namespace NarrativeAssist.Domain.Tests.Decks;

/// <summary>The sample profile (templates/units/contoh.yaml) and variations of it.</summary>
internal static class Samples
{
    public static readonly string Yaml = RepoFiles.Read("templates/units/contoh.yaml");

    public static UnitProfile Profile { get; } = UnitProfileParser.Parse(Yaml, RepoFiles.AreaCodes);

    /// <summary>The sample with every list made <paramref name="factor"/> times longer (distinct names), as a unit
    /// that writes everything down would have it.</summary>
    public static UnitProfile Rich(int factor) => Profile with
    {
        KondisiAwal = Repeat(Profile.KondisiAwal, factor, (s, n) => $"{s} (catatan {n})"),
        IndikatorKinerja = Repeat(Profile.IndikatorKinerja, factor, (i, n) => i with { Nama = $"{i.Nama} {n}" }),
        Upaya = Profile.Upaya.Select(u => u with { Kegiatan = Repeat(u.Kegiatan, factor, (s, n) => $"{s} tahap {n}") }).ToList(),
        Inovasi = Repeat(Profile.Inovasi, factor, (i, n) => i with { Nama = $"{i.Nama} {n}" }),
        Penghargaan = Repeat(Profile.Penghargaan, factor, (p, n) => p with { Nama = $"{p.Nama} {n}" }),
        Testimoni = Repeat(Profile.Testimoni, factor, (t, n) => t with { Nama = $"{t.Nama} {n}" }),
    };

    private static List<T> Repeat<T>(IReadOnlyList<T> items, int factor, Func<T, int, T> rename) =>
        Enumerable.Range(1, factor).SelectMany(n => items.Select(i => n == 1 ? i : rename(i, n))).ToList();
}

using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Decks;

/// <summary>How far a plan is condensed. Each step keeps what the previous ones did; the planner applies them in
/// order until the deck fits its limit.</summary>
internal sealed record Condensation
{
    public bool ShortScript { get; init; }
    public int MaxKegiatan { get; init; } = int.MaxValue;
    public bool MergeInovasi { get; init; }
    public int MaxCharts { get; init; } = int.MaxValue;
    public bool MergeUpaya { get; init; }
    public int MaxTestimoni { get; init; } = 3;
    public int MaxPenghargaan { get; init; } = int.MaxValue;
    public int MaxKondisi { get; init; } = int.MaxValue;
    public int MaxTourPoints { get; init; } = int.MaxValue;
    public int MaxEvidenceRows { get; init; } = 4;

    public static readonly Condensation None = new();

    /// <summary>A step: how it changes the condensation, and what it tells the user it did to this profile.</summary>
    public sealed record Step(Func<Condensation, Condensation> Apply, Func<UnitProfile, string> Describe);

    public static IReadOnlyList<Step> InterviewSteps { get; } =
    [
        new(c => c with { ShortScript = true },
            _ => "Naskah setiap salindia dipersingkat ke kalimat pokok (rincian dapat disampaikan saat tanya jawab)."),
        new(c => c with { MaxKegiatan = 3 },
            p => $"Kegiatan per area dibatasi tiga; {Hidden(p.Upaya.Sum(u => Math.Max(0, u.Kegiatan.Count - 3)))} tidak ditampilkan."),
        new(c => c with { MergeInovasi = true },
            p => $"{p.Inovasi.Count} inovasi dipaparkan dalam satu salindia ringkasan per kelompok, bukan satu salindia per kelompok."),
        new(c => c with { MaxCharts = 4 },
            p => $"Grafik dibatasi empat indikator; {Math.Max(0, p.IndikatorKinerja.Count - 4)} indikator lain diringkas dalam satu tabel."),
        new(c => c with { MergeUpaya = true },
            _ => "Upaya keenam area pengungkit digabung, dua area per salindia."),
        new(c => c with { MaxTestimoni = 2, MaxPenghargaan = 5, MaxKondisi = 3 },
            _ => "Testimoni dibatasi dua, penghargaan lima, dan kondisi awal tiga butir."),
        new(c => c with { MaxKegiatan = 2, MaxCharts = 2 },
            _ => "Kegiatan per area dibatasi dua dan grafik dua indikator terpenting."),
    ];

    public static IReadOnlyList<Step> FieldVisitSteps { get; } =
    [
        new(c => c with { ShortScript = true },
            _ => "Naskah setiap salindia dipersingkat ke kalimat pokok."),
        new(c => c with { MaxTourPoints = 2, MaxKegiatan = 3 },
            _ => "Poin setiap ruangan pada salindia rute dibatasi dua (daftar lengkap ada di dokumen rute)."),
        new(c => c with { MaxEvidenceRows = 3, MaxPenghargaan = 3, MaxTestimoni = 0 },
            _ => "Tabel bukti perubahan dibatasi tiga indikator terkuat dan salindia testimoni ditiadakan."),
    ];

    private static string Hidden(int n) => n == 0 ? "tidak ada kegiatan yang" : $"{n} kegiatan";
}

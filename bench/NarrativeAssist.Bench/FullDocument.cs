using System.Text;
using NarrativeAssist.Documents;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Bench;

/// <summary>A complete LKE document: the skeleton with every question answered by a realistic narrative of
/// about the requested length (decrees, dates, figures, evidence), built once in memory.</summary>
internal static class FullDocument
{
    private static readonly string[] Sentences =
    [
        "Kepala Kantor menetapkan kebijakan ini melalui Surat Keputusan Nomor KEP-{0}/KPN.1201/2024 tanggal {1} Maret 2024.",
        "Pelaksanaannya dipantau secara berkala setiap bulan dalam rapat evaluasi yang dipimpin langsung oleh pimpinan.",
        "Seluruh {0} pegawai dari empat seksi dan subbagian umum terlibat, dibuktikan dengan undangan, daftar hadir dan notulen rapat.",
        "Capaian meningkat dari {0},{1} % pada 2023 menjadi 9{1},5 % pada 2024 sesuai laporan kinerja triwulan IV.",
        "Hasil evaluasi ditindaklanjuti dengan perbaikan SOP layanan yang disahkan pada {1} Juni 2024.",
        "Dokumentasi kegiatan, tangkapan layar media sosial dan laporan pelaksanaan tersedia di https://s.id/zi-bukti-{0}.",
        "Inovasi layanan yang dikembangkan tim telah direplikasi oleh dua unit lain pada semester II tahun 2024.",
    ];

    public static string Narrative(string questionId, int words)
    {
        var sb = new StringBuilder();
        var seed = questionId.GetHashCode() & 0xFFFF;
        for (var i = 0; sb.Length / 7 < words; i++)
            sb.Append(string.Format(Sentences[(seed + i) % Sentences.Length], 10 + (seed + i) % 80, 1 + (seed + i) % 27)).Append(' ');
        return sb.ToString().Trim();
    }

    public static byte[] Build(int wordsPerNarrative)
    {
        var catalog = BuiltInData.Catalog;
        using var stream = new MemoryStream();
        SkeletonWriter.Write(stream, catalog, null);
        NarrativeFiller.Fill(stream, catalog.Questions.Select(q => new NarrativeInput(q.Id, Narrative(q.Id, wordsPerNarrative),
            q.AnswerType.Numeric is { } s ? (s.Unit == "indeks" ? "3,70" : "90") : q.Options[0].Code)));
        return stream.ToArray();
    }
}

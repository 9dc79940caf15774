using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>Notes a writer leaves for themself (TODO, "xxx", "??", dots where a figure belongs, instructions in
/// brackets) are drafting leftovers; ordinary punctuation, quoted titles and procedures described in similar words are not.</summary>
public class DraftingLeftoverTests
{
    private const string Base = "Survei kepuasan masyarakat dilaksanakan pada 12 Maret 2024 dengan 180 responden dan IKM 84,2. Bukti dukung: laporan SKM 2024.";

    private static IEnumerable<string> Leftovers(string text) =>
        DocumentCheck.Run(TestData.Checker, [new NarrativeInput("P.PP.4.a", text, "D")]).Questions.Single()
            .Findings.Where(f => f.Defect == Defects.DraftingLeftover).Select(f => text.Substring(f.Start, f.Length));

    [Theory]
    [InlineData(" Tautan laporan: xxx (isi link).", "xxx")]
    [InlineData(" TODO: tambahkan foto kegiatan.", "TODO")]
    [InlineData(" Rekap triwulan II menyusul ?? cek lagi ke Subbag Umum.", "??")]
    [InlineData(" Triwulan IV: ... responden.", "...")]
    [InlineData(" Nilai semester II [data menunggu rekap bagian umum].", "[data menunggu rekap bagian umum]")]
    [InlineData(" Foto kegiatan menyusul, cek lagi sebelum upload.", "cek lagi")]
    public void A_note_left_for_the_writer_is_a_drafting_leftover(string note, string expected)
    {
        Leftovers(Base + note).Should().Contain(expected);
    }

    [Theory]
    [InlineData(" Unsur terendah adalah waktu layanan (skor 3,1), disusul biaya (3,3).")]
    [InlineData(" Saran responden antara lain: \"antrean perlu dipercepat\", \"ruang tunggu diperluas\", dan seterusnya...")]
    [InlineData(" Apakah layanan sudah sesuai harapan? Sebanyak 91 % responden menjawab sesuai.")]
    // A real procedure described in words a writer's note might also use.
    [InlineData(" Petugas loket melakukan cek ulang kelengkapan berkas, dan data survei diverifikasi sebelum diunggah ke aplikasi.")]
    [InlineData(" Operator melakukan cek kembali hasil entri sebelum diunggah ke portal setiap Jumat.")]
    public void Ordinary_punctuation_is_not_a_leftover(string sentence)
    {
        Leftovers(Base + sentence).Should().BeEmpty();
    }
}

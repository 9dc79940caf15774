using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Tests.Text;

/// <summary>The reading layer: clauses, negation scope, stage and mood, claims vs facts. Each capability has a case it
/// must catch and a look-alike it must leave alone.</summary>
public class NarrativeReadingTests
{
    private static NarrativeReading Read(string text) => NarrativeReading.Read(text);

    /// <summary>Is the first occurrence of <paramref name="word"/> stated as realised work?</summary>
    private static bool Realised(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, word);
        return Read(text).IsRealisedAt(at);
    }

    private static ClauseStage StageOf(string text, string word) => Read(text).ClauseAt(text.IndexOf(word, StringComparison.Ordinal)).Stage;

    [Fact]
    public void Negation_covers_what_follows_in_its_clause_only()
    {
        const string t = "Kantor belum terintegrasi dengan SP4N-LAPOR!, pengaduan yang masuk melalui LAPOR! masih diteruskan oleh Kanwil.";
        Realised(t, "SP4N").Should().BeFalse();
        Realised(t, "Kantor").Should().BeTrue();   // before the negator
        Realised(t, "diteruskan").Should().BeTrue(); // the next clause
        Realised("Belum ada SK penetapan tim.", "SK").Should().BeFalse();
        Realised("Pegawai tidak pernah menerima gratifikasi.", "gratifikasi").Should().BeFalse();
        Realised("Layanan diberikan tanpa biaya, dan SK ditetapkan tanggal 5 Januari 2024.", "SK").Should().BeTrue();
    }

    [Fact]
    public void Words_that_look_negative_but_deny_nothing_are_not_negation()
    {
        Realised("Sosialisasi tidak hanya melalui apel, tetapi juga melalui e-Office.", "apel").Should().BeTrue();
        Realised("Seluruh pegawai tanpa terkecuali menandatangani pakta integritas.", "pakta").Should().BeTrue();
        Realised("Survei diikuti tidak kurang dari 400 responden.", "responden").Should().BeTrue();
    }

    [Theory]
    [InlineData("SOP pelayanan akan ditetapkan pada bulan depan.", "SOP", ClauseStage.Planned)]
    [InlineData("Penyusunan SOP dijadwalkan pada triwulan III.", "SOP", ClauseStage.Planned)]
    [InlineData("Capaian ditargetkan mencapai 90 %.", "Capaian", ClauseStage.Planned)]
    [InlineData("Aplikasi antrean masih dalam tahap pemasangan.", "Aplikasi", ClauseStage.InProgress)]
    [InlineData("SOP sedang disusun oleh tim.", "SOP", ClauseStage.InProgress)]
    [InlineData("SK tim masih menunggu penandatanganan Kepala Kantor.", "SK", ClauseStage.InProgress)]
    [InlineData("Rancangan SK Nomor KEP-1/2024 telah disusun.", "SK", ClauseStage.Draft)]
    [InlineData("Tim telah membentuk agen perubahan pada 5 Januari 2024.", "agen", ClauseStage.Realised)]
    [InlineData("Tim beranggotakan 24 pegawai.", "pegawai", ClauseStage.Realised)]
    public void Each_clause_has_its_stage(string text, string word, ClauseStage expected) => StageOf(text, word).Should().Be(expected);

    [Fact]
    public void Akan_in_a_rule_or_about_the_coming_year_is_not_a_plan()
    {
        StageOf("Pegawai yang terlambat lebih dari tiga kali dalam sebulan akan dikenakan teguran tertulis.", "teguran").Should().Be(ClauseStage.Realised);
        StageOf("Apabila ditemukan pelanggaran, pegawai akan diperiksa oleh atasan langsung.", "diperiksa").Should().Be(ClauseStage.Realised);
        Read("Apabila ditemukan pelanggaran, pegawai akan diperiksa.").Clauses.Should().OnlyContain(c => c.Mood == ClauseMood.Rule);
        StageOf("Hasil evaluasi 2024 menjadi dasar perbaikan pada tahun yang akan datang.", "perbaikan").Should().Be(ClauseStage.Realised);
        StageOf("Kegiatan dilaksanakan sesuai rencana yang telah disusun.", "Kegiatan").Should().Be(ClauseStage.Realised);
        StageOf("Waktu layanan 2 jam, lebih cepat dari yang ditargetkan.", "lebih").Should().Be(ClauseStage.Realised);
        // A condition word that compares is not a condition.
        StageOf("Jika dibandingkan tahun lalu, IKM akan naik.", "IKM").Should().Be(ClauseStage.Planned);
    }

    [Fact]
    public void A_negated_condition_negates_nothing_the_unit_did()
    {
        const string t = "Bila pegawai tidak hadir apel, akan dikenakan teguran.";
        Realised(t, "hadir").Should().BeTrue();
    }

    [Fact]
    public void A_realised_draft_is_realised_and_a_waiting_time_is_no_stage()
    {
        StageOf("Rancangan SOP telah ditetapkan dengan SK Nomor KEP-5/2024.", "SOP").Should().Be(ClauseStage.Realised);
        StageOf("Waktu menunggu layanan turun dari 30 menit menjadi 10 menit.", "layanan").Should().Be(ClauseStage.Realised);
        StageOf("Risiko dengan tingkat sedang dipantau setiap bulan.", "Risiko").Should().Be(ClauseStage.Realised);
    }

    [Fact]
    public void Clauses_split_where_both_sides_have_a_predicate_not_inside_lists()
    {
        var r = Read("Tim ZI akan dibentuk dan berbagai kegiatan telah dilakukan.");
        r.Clauses.Select(c => c.Stage).Should().Equal(ClauseStage.Planned, ClauseStage.Realised);
        Read("Bukti: undangan, daftar hadir dan notulen rapat.").Clauses.Should().ContainSingle();
        // Verbs joined by "dan" share the first one's stage and negation.
        const string t = "Unit akan menyusun SOP, melaksanakan sosialisasi dan memantau penerapannya.";
        Realised(t, "sosialisasi").Should().BeFalse();
        Realised(t, "memantau").Should().BeFalse();
        Realised("Unit belum menyusun SOP dan melaksanakan sosialisasi.", "sosialisasi").Should().BeFalse();
    }

    [Fact]
    public void Quality_claims_count_only_with_facts_in_their_sentence()
    {
        const string bare = "Monitoring dan evaluasi dilakukan secara berkala.";
        var r = Read(bare);
        r.Claims.Select(c => c.Words).Should().Equal("secara berkala");
        r.IsBareClaim(bare.IndexOf("berkala", StringComparison.Ordinal), 7).Should().BeTrue();
        r.Credits(bare.IndexOf("berkala", StringComparison.Ordinal), 7).Should().BeFalse();
        const string carried = "Monitoring dilakukan secara berkala pada 28 Maret, 27 Juni dan 26 September 2024.";
        NarrativeReading.Read(carried).IsBareClaim(carried.IndexOf("berkala", StringComparison.Ordinal), 7).Should().BeFalse();
        // A span without a claim word is never a bare claim.
        r.IsBareClaim(0, "Monitoring".Length).Should().BeFalse();
    }

    [Fact]
    public void Dated_realised_work_is_seen()
    {
        Read("Tim dibentuk dengan SK Nomor KEP-3/2024 tanggal 8 Januari 2024.").HasDatedRealisedWork.Should().BeTrue();
        Read("Tim akan dibentuk dengan SK pada Januari 2025.").HasDatedRealisedWork.Should().BeFalse();
    }
}

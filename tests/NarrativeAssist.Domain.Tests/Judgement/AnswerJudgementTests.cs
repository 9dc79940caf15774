using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>The claimed answer judged against the option's criterion (issue #14 item 3), in both directions.</summary>
public class AnswerJudgementTests
{
    private static QuestionResult Check(string id, string text, string answer) =>
        DocumentCheck.Run(TestData.Checker, [new NarrativeInput(id, text, answer)]).Questions.Single();

    private static Finding? Defect(QuestionResult r, string defect) => r.Findings.FirstOrDefault(f => f.Defect == defect);

    private const string Diklat = "Pada tahun 2024, {0} pegawai telah mengikuti diklat teknis, e-learning Kemenkeu Corpu atau workshop Kanwil DJPb. Bukti dukung: rekap keikutsertaan pengembangan kompetensi pegawai 2024.";

    [Fact]
    public void A_count_below_all_with_answer_A_is_an_over_claim_that_blocks_kuat()
    {
        var text = "Seluruh pegawai diberi kesempatan yang sama. " + string.Format(Diklat, "19 dari 34");
        var r = Check("P.SDM.3.d", text, "A");
        var f = Defect(r, Defects.OverClaim);
        f.Should().NotBeNull();
        f!.Severity.Should().Be(Severity.Error);
        f.Message.Should().Be("Jawaban A mensyaratkan seluruh pegawai; narasi menyebut 19 dari 34 pegawai (56 %), yang sesuai dengan jawaban B.");
        f.Suggestion.Should().StartWith("Ubah jawaban atau lengkapi data");
        text.Substring(f.Start, f.Length).Should().Be("19 dari 34 pegawai");
        r.Status.Should().NotBe(NarrativeStatus.Kuat);
        r.InferredAnswer!.Code.Should().Be("B");
    }

    [Theory]
    [InlineData("34 dari 34", "A")]
    [InlineData("seluruh 34", "A")]
    [InlineData("19 dari 34", "B")]
    [InlineData("5 dari 34", "C")]
    public void A_count_that_meets_the_claimed_option_is_not_flagged(string count, string answer)
    {
        var r = Check("P.SDM.3.d", string.Format(Diklat, count), answer);
        Defect(r, Defects.OverClaim).Should().BeNull();
        Defect(r, Defects.UnderClaim).Should().BeNull();
        r.InferredAnswer!.Code.Should().Be(answer);
    }

    [Fact]
    public void The_word_seluruh_alone_infers_nothing()
    {
        var r = Check("P.SDM.3.d", "Seluruh pegawai telah memperoleh kesempatan mengikuti diklat dan pengembangan kompetensi lainnya pada tahun 2024.", "A");
        Defect(r, Defects.OverClaim).Should().BeNull();
        r.InferredAnswer.Should().BeNull();
    }

    [Fact]
    public void A_narrative_that_says_baru_sebagian_kecil_does_not_prove_B()
    {
        var r = Check("P.SDM.3.e", "Unit kerja telah melakukan upaya pengembangan kompetensi melalui coaching dan mentoring, namun baru sebagian kecil pegawai yang mengikutinya pada tahun 2024.", "B");
        Defect(r, Defects.OverClaim)!.Message.Should().Contain("\"baru sebagian kecil\"").And.Contain("jawaban C");
        r.InferredAnswer!.Code.Should().Be("C");
    }

    [Fact]
    public void A_frequency_below_the_claimed_option_is_an_over_claim()
    {
        var r = Check("P.SDM.4.c", "Pengukuran kinerja individu dilakukan setiap semester melalui aplikasi e-Kinerja dan hasilnya dibahas dengan atasan langsung.", "A");
        Defect(r, Defects.OverClaim)!.Message.Should().Be("Jawaban A mensyaratkan pelaksanaan bulanan; narasi menyebut \"setiap semester\", yang sesuai dengan jawaban C.");
        r.InferredAnswer!.Code.Should().Be("C");

        var monthly = Check("P.SDM.4.c", "Pengukuran kinerja individu dilakukan setiap bulan melalui aplikasi e-Kinerja dan hasilnya dibahas dengan atasan langsung.", "A");
        Defect(monthly, Defects.OverClaim).Should().BeNull();
        monthly.InferredAnswer!.Code.Should().Be("A");
    }

    [Fact]
    public void A_narrative_that_says_it_is_not_integrated_does_not_prove_the_integrated_option()
    {
        var text = "Tersedia media pengaduan offline (meja layanan) dan online (WhatsApp, email). Petugas khusus pengelola pengaduan ditunjuk dengan Surat Tugas Nomor ST-14/KPN.1702/2024. Kantor belum terintegrasi dengan SP4N-LAPOR!.";
        var r = Check("P.PP.3.a", text, "A");
        Defect(r, Defects.OverClaim)!.Message.Should().Contain("\"belum terintegrasi\"").And.Contain("jawaban B");
        Defect(Check("P.PP.3.a", text, "B"), Defects.OverClaim).Should().BeNull();
    }

    [Fact]
    public void Tidak_beside_a_realised_narrative_leaves_points_on_the_table()
    {
        var text = "Laporan Kinerja Tahun 2023 telah ditandatangani Kepala Kantor pada 19 Januari 2024 dan disampaikan kepada Kanwil melalui e-Office tanggal 22 Januari 2024, sebelum batas waktu 31 Januari 2024. Bukti dukung: Laporan Kinerja 2023, tanda terima e-Office.";
        var r = Check("P.AK.2.e", text, "Tidak");
        var f = Defect(r, Defects.UnderClaim);
        f!.Severity.Should().Be(Severity.Warning);
        f.Message.Should().StartWith("Jawaban Tidak lebih rendah dari yang ditunjukkan narasi");
        r.InferredAnswer!.Code.Should().Be("Ya");
    }

    [Fact]
    public void Tidak_beside_a_narrative_of_what_is_missing_is_not_an_under_claim()
    {
        var r = Check("P.AK.2.e", "Laporan Kinerja Tahun 2023 belum disampaikan karena data capaian triwulan IV belum lengkap.", "Tidak");
        Defect(r, Defects.UnderClaim).Should().BeNull();
    }

    [Fact]
    public void Ya_beside_a_narrative_that_says_the_thing_does_not_exist_is_an_over_claim()
    {
        var r = Check("P.MP.1.a", "Belum ada SK tim pembangunan ZI; rancangan keputusan masih menunggu penandatanganan Direktur.", "Ya");
        Defect(r, Defects.OverClaim).Should().NotBeNull();
        r.InferredAnswer!.Code.Should().Be("Tidak");
    }

    [Fact]
    public void An_answer_off_the_scale_is_an_invalid_answer_error()
    {
        var r = Check("P.PW.2.b", "Penilaian risiko dilakukan atas seluruh proses bisnis.", "Ya");
        var f = Defect(r, Defects.InvalidAnswer);
        f!.Severity.Should().Be(Severity.Error);
        f.Expected.Should().Contain("A, B, C, D, E");
    }

    [Fact]
    public void The_inferred_answer_is_part_of_the_check_json()
    {
        var r = Check("P.SDM.3.d", string.Format(Diklat, "19 dari 34"), "A");
        using var json = System.Text.Json.JsonDocument.Parse(JsonContract.Serialize(QuestionJson.From(r)));
        var inferred = json.RootElement.GetProperty("inferredAnswer");
        inferred.GetProperty("code").GetString().Should().Be("B");
        inferred.GetProperty("reason").GetString().Should().Contain("19 dari 34 pegawai");
        inferred.GetProperty("length").GetInt32().Should().BeGreaterThan(0);
        using var none = System.Text.Json.JsonDocument.Parse(JsonContract.Serialize(QuestionJson.From(Check("P.SDM.3.d", "Teks tanpa angka tentang diklat.", "A"))));
        none.RootElement.TryGetProperty("inferredAnswer", out var absent).Should().Be(absent.ValueKind is System.Text.Json.JsonValueKind.Null);
    }
}

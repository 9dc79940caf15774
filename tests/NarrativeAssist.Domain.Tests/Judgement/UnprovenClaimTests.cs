using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>A claimed answer whose key fact is not realised, or that rests on another question's facts, is an
/// over-claim even where no option criterion is contradicted; work left for later on part of the thing, or an
/// innovation's replication only scheduled, is not realised; the next round of reported work is not a plan.</summary>
public class UnprovenClaimTests
{
    private static QuestionResult Check(string id, string text, string answer) =>
        DocumentCheck.Run(TestData.Checker, [new NarrativeInput(id, text, answer)]).Questions.Single();

    private static IEnumerable<Finding> Marked(QuestionResult r, string defect) =>
        r.Findings.Where(f => f.Defect == defect && f.Severity is Severity.Error or Severity.Warning);

    [Fact]
    public void A_yes_answer_beside_a_decree_still_awaiting_signature_is_an_over_claim_and_infers_Tidak()
    {
        var r = Check("P.AK.2.c", "Keputusan Kepala Kantor tentang penetapan IKU 2024 masih dalam proses penandatanganan; drafnya memuat 6 indikator dengan target masing-masing. Bukti dukung: draf keputusan.", "Ya");
        Marked(r, Defects.NotRealised).Should().NotBeEmpty();
        var over = Marked(r, Defects.OverClaim).Single();
        over.Severity.Should().Be(Severity.Error);
        r.Status.Should().NotBe(NarrativeStatus.Kuat);
        r.InferredAnswer!.Code.Should().Be("Tidak");
    }

    [Fact]
    public void The_lowest_answer_beside_the_same_unfinished_work_is_not_an_over_claim()
    {
        var r = Check("P.AK.2.c", "Keputusan Kepala Kantor tentang penetapan IKU 2024 masih dalam proses penandatanganan; drafnya memuat 6 indikator dengan target masing-masing. Bukti dukung: draf keputusan.", "Tidak");
        Marked(r, Defects.OverClaim).Should().BeEmpty();
    }

    [Fact]
    public void The_rest_of_the_recommendations_left_for_next_year_is_not_realised_and_the_top_answer_is_not_proven()
    {
        var text = "Evaluasi penanganan benturan kepentingan tanggal 4 Juni 2024 menghasilkan 5 rekomendasi. Tiga rekomendasi telah ditindaklanjuti pada Juli 2024 (pembaruan formulir pernyataan, rotasi petugas loket, sosialisasi ulang), sedangkan 2 rekomendasi lainnya akan ditindaklanjuti pada 2025. Bukti dukung: laporan tindak lanjut Juli 2024.";
        var r = Check("P.PW.5.e", text, "A");
        Marked(r, Defects.NotRealised).Should().Contain(f => f.Rule == "terlaksana");
        Marked(r, Defects.OverClaim).Should().NotBeEmpty();
    }

    [Fact]
    public void The_next_round_of_reported_work_is_not_a_plan_that_undoes_it()
    {
        var text = "Evaluasi penanganan benturan kepentingan tanggal 4 Juni 2024 menghasilkan 3 rekomendasi dan ketiganya (3 dari 3) telah ditindaklanjuti pada Juli 2024: pembaruan formulir pernyataan, rotasi petugas loket dan sosialisasi ulang. Evaluasi berikutnya dijadwalkan pada Juni 2025. Bukti dukung: laporan evaluasi 4 Juni 2024 dan laporan tindak lanjut Juli 2024.";
        var r = Check("P.PW.5.e", text, "A");
        Marked(r, Defects.NotRealised).Should().BeEmpty();
        Marked(r, Defects.OverClaim).Should().BeEmpty();
    }

    [Fact]
    public void A_replication_that_is_only_scheduled_does_not_prove_the_replicated_option()
    {
        var text = "Inovasi layanan antar dokumen \"SIAP ANTAR\" diluncurkan pada 3 Maret 2023 dan telah melayani 640 permohonan sampai Desember 2024. Replikasi ke kantor lain di wilayah provinsi dijadwalkan pada triwulan II 2025. Bukti dukung: SK inovasi, laporan layanan 2024.";
        var r = Check("P.PP.2.f", text, "A");
        Marked(r, Defects.OverClaim).Should().NotBeEmpty();
        r.Status.Should().NotBe(NarrativeStatus.Kuat);

        var done = text.Replace("Replikasi ke kantor lain di wilayah provinsi dijadwalkan pada triwulan II 2025.",
            "Inovasi ini telah direplikasi oleh 2 kantor lain di wilayah provinsi pada Agustus 2024.");
        Marked(Check("P.PP.2.f", done, "A"), Defects.OverClaim).Should().BeEmpty();
    }

    [Fact]
    public void A_reported_statement_of_an_ongoing_effort_is_not_a_plan()
    {
        var text = "Penanganan benturan kepentingan dievaluasi pada 4 Juni 2024 dengan 3 rekomendasi; ketiganya (3 dari 3) telah ditindaklanjuti pada Juli 2024. Dalam apel pagi pegawai diingatkan bahwa unit sedang membangun Zona Integritas. Bukti dukung: laporan evaluasi 4 Juni 2024, laporan tindak lanjut, laporan survei.";
        Marked(Check("P.PW.5.e", text, "A"), Defects.NotRealised).Should().BeEmpty();
    }

    [Fact]
    public void A_top_answer_beside_a_key_fact_under_way_says_why_it_is_not_proven()
    {
        var text = "Kebijakan kompensasi bagi pengguna layanan yang tidak sesuai standar sedang disusun oleh tim standar pelayanan dan direncanakan berlaku pada 2025 untuk 6 jenis layanan. Bukti dukung: notulen rapat tim standar pelayanan.";
        var over = Marked(Check("P.PP.2.d", text, "A"), Defects.OverClaim).Single();
        over.Message.Should().StartWith("Jawaban A belum didukung narasi: hal yang menentukan jawaban belum terwujud");
    }

    [Fact]
    public void A_percentage_beside_a_narrative_that_only_restates_the_question_is_not_proven()
    {
        var r = Check("R.MP.1.b", "Agen perubahan telah membuat perubahan yang diintegrasikan dalam sistem manajemen.", "100");
        Marked(r, Defects.WrongQuestion).Should().NotBeEmpty();
        Marked(r, Defects.OverClaim).Should().ContainSingle(f => f.Rule == "jawaban_tanpa_bukti");
    }
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Judgement;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>What sets an option apart from the option below it (Data/options <c>pembeda</c> → checklist elements): a
/// claim whose distinguishing facts are never shown supports only the lower option (issue #14, over-claims on top
/// answers).</summary>
public class DistinguishingRequirementTests
{
    private static QuestionResult Check(string id, string text, string answer) =>
        DocumentCheck.Run(TestData.Checker, [new NarrativeInput(id, text, answer)]).Questions.Single();

    private static Finding? OverClaim(QuestionResult r) => r.Findings.FirstOrDefault(f => f.Defect == Defects.OverClaim);

    private const string Monev = "Monitoring dan evaluasi pembangunan ZI dilaksanakan setiap bulan {0} pada minggu terakhir sepanjang 2024 (12 rapat), membahas kemajuan rencana aksi setiap area. Bukti dukung: notulen dan daftar hadir 12 rapat monev 2024.";

    [Fact]
    public void Monthly_monev_without_pimpinan_claimed_A_supports_C_and_says_what_is_missing()
    {
        var r = Check("P.MP.3.b", string.Format(Monev, "oleh Ketua Tim ZI bersama koordinator area"), "A");
        var f = OverClaim(r);
        f.Should().NotBeNull();
        f!.Rule.Should().Be("syarat_pembeda");
        f.Severity.Should().Be(Severity.Error);
        f.Message.Should().StartWith("Jawaban A mensyaratkan keterlibatan pimpinan dalam monev; narasi hanya menunjukkan ")
            .And.EndWith("yang sesuai dengan jawaban C.");
        r.InferredAnswer!.Code.Should().Be("C");
        r.Status.Should().NotBe(NarrativeStatus.Kuat);
    }

    [Fact]
    public void Monthly_monev_led_by_pimpinan_claimed_A_is_not_an_over_claim()
    {
        var r = Check("P.MP.3.b", string.Format(Monev, "dan dipimpin langsung oleh Kepala Kantor"), "A");
        OverClaim(r).Should().BeNull();
        r.Rules().Should().NotContain("syarat_pembeda");
    }

    [Fact]
    public void The_lower_option_claimed_is_not_asked_for_the_higher_option_s_fact()
    {
        var r = Check("P.MP.3.b", string.Format(Monev, "oleh Ketua Tim ZI bersama koordinator area"), "C");
        OverClaim(r).Should().BeNull();
    }

    private const string Lingkungan = "Lingkungan pengendalian dibangun sesuai ketentuan organisasi: penegakan kode etik, pakta integritas 2024 ditandatangani 41 dari 41 pegawai pada 8 Januari 2024, dan SK Satgas SPIP Nomor 15/SPIP/I/2024 tanggal 10 Januari 2024.{0} Bukti dukung: pakta integritas, SK Satgas SPIP.";

    [Fact]
    public void A_without_the_unit_s_own_innovation_supports_B()
    {
        var r = Check("P.PW.2.a", string.Format(Lingkungan, ""), "A");
        var f = OverClaim(r);
        f!.Message.Should().StartWith("Jawaban A mensyaratkan inovasi lingkungan pengendalian").And.Contain("jawaban B");
        r.InferredAnswer!.Code.Should().Be("B");
    }

    [Fact]
    public void A_with_a_named_innovation_is_not_an_over_claim()
    {
        var r = Check("P.PW.2.a", string.Format(Lingkungan,
            " Inovasi pengendalian \"Kartu Integritas Harian\" diterapkan sejak Maret 2024: setiap petugas loket mengisi kartu kepatuhan kode etik yang direkap Satgas SPIP setiap minggu."), "A");
        r.Rules().Should().NotContain("syarat_pembeda");
    }

    [Fact]
    public void A_distinguishing_quality_only_claimed_does_not_count()
    {
        // "secara berkala" restates the criterion; no period or dates show it.
        var r = Check("P.PW.3.c", "Penanganan pengaduan masyarakat dimonitor dan dievaluasi secara berkala oleh Kasubbag TU. Monev terakhir pada 12 Desember 2024 mencatat 14 pengaduan yang seluruhnya telah diselesaikan. Bukti dukung: laporan monev pengaduan 12 Desember 2024.", "A");
        var f = OverClaim(r);
        f!.Rule.Should().Be("syarat_pembeda");
        f.Message.Should().Contain("(hanya dinyatakan, tanpa fakta yang menunjukkannya)").And.EndWith("jawaban B.");
    }

    [Fact]
    public void Every_missing_distinguishing_fact_of_the_claimed_option_is_named()
    {
        // P.PP.2.a A needs training that is scheduled and continuing AND a monev of the staff's skills.
        var r = Check("P.PP.2.a", "Pelatihan pelayanan prima bersama BPSDM Provinsi dilaksanakan pada 14 Mei 2024 dan diikuti 32 dari 32 petugas front office. Bukti dukung: daftar hadir dan sertifikat pelatihan 14 Mei 2024.", "A");
        var f = OverClaim(r);
        f!.Message.Should().Contain("monev kemampuan/kecakapan petugas").And.EndWith("jawaban B.");
    }

    [Fact]
    public void A_claim_carried_by_the_list_it_introduces_counts_as_shown()
    {
        const string text = "Kepala Kantor terlibat langsung dalam seluruh tahapan penyusunan RKA-K/L 2025:\n1) rapat pagu indikatif 14 Februari 2024;\n2) rapat penyusunan usulan kegiatan 2 Mei 2024;\n3) reviu RKA-K/L 24 Juli 2024;\n4) penetapan 6 Januari 2025.\nBukti dukung: undangan, daftar hadir dan notulen keempat rapat.";
        Check("P.AK.1.a", text, "A").Rules().Should().NotContain("syarat_pembeda");
        var withoutList = Check("P.AK.1.a", "Kepala Kantor terlibat langsung dalam seluruh tahapan penyusunan RKA-K/L 2025. Bukti dukung: notulen rapat pagu indikatif 14 Februari 2024.", "A");
        OverClaim(withoutList)!.Message.Should().Contain("seluruh tahapan").And.Contain("jawaban B");
    }

    [Fact]
    public void The_supported_answer_walks_down_past_every_option_whose_fact_is_missing()
    {
        // R.PP.2.a: A needs many channels and a measured response time, B the response time, C the channels.
        var r = Check("R.PP.2.a", "Puskesmas menyediakan kanal pengaduan berupa kotak saran, WhatsApp 0812-3765-2231, Instagram dan SP4N-LAPOR! sejak Januari 2024. Seluruh pengaduan direspon dengan cepat.", "A");
        OverClaim(r).Should().NotBeNull();
        r.InferredAnswer!.Code.Should().Be("C");
    }

    [Fact]
    public void Distinguishing_elements_must_name_an_element_of_the_question_s_checklist()
    {
        var bad = "questions:\n  P.MP.3.b:\n    pilihan:\n      A: { pembeda: [tidak_ada] }\n      B: {}\n      C: {}\n      D: {}\n";
        FluentActions.Invoking(() => OptionCriteriaBook.Load(BuiltInData.Catalog, [("x.yaml", bad)], BuiltInData.Rules))
            .Should().Throw<Yaml.DataFileException>().WithMessage("*P.MP.3.b pilihan A: pembeda \"tidak_ada\" bukan unsur checklist*");
    }

    [Fact]
    public void Every_graded_question_whose_options_differ_by_more_than_coverage_or_frequency_links_its_top_option()
    {
        var book = Judges.For(BuiltInData.Catalog)!.Book;
        // Options that differ only by how many (cakupan), how often (frekuensi) or a figure are judged from facts; every
        // other graded question names what sets its top option apart.
        var unlinked = book.All.Where(q => q.Options.Count > 2 && !q.Options[0].Nothing && q.Options.All(o => o.Distinguishing.Count == 0)
                && q.Options.Take(q.Options.Count - 1).All(o => o.Coverage is null && o.MinShare is null && o.PerYear is null && o.Regular is null && o.Stage is null))
            .Select(q => q.QuestionId).ToList();
        unlinked.Should().BeEquivalentTo(["P.SDM.3.c"], "kesenjangan kompetensi is judged by its percentage band, not by a checklist element");
        book.For("P.MP.3.b")!.Options.Select(o => o.Distinguishing.Count).Should().Equal(1, 1, 0, 0);
    }
    private const string Informasi = "Informasi layanan (persyaratan, alur, waktu dan biaya Rp0) untuk 4 jenis layanan dapat diakses di website kantor dan Instagram @kantorkita, dimutakhirkan terakhir 15 Juli 2025. {0} Bukti: tangkapan layar website dan Instagram.";

    [Fact]
    public void What_only_a_higher_option_needs_is_not_asked_behind_a_lower_claim()
    {
        // "belum terhubung ke SIPPN" is what answer B says; it is A's distinguishing element, not a defect of B.
        var r = Check("P.PP.2.b", string.Format(Informasi, "Informasi layanan belum terhubung ke SIPPN karena akun instansi dikelola Kanwil."), "B");
        OverClaim(r).Should().BeNull();
        r.Findings.Single(f => f.Rule == "unsur.sippn").Severity.Should().Be(Severity.Saran);
        r.Findings.Should().NotContain(f => f.Defect == Defects.NotRealised);
        // Claimed A, the same sentence is the missing distinguishing fact.
        var a = Check("P.PP.2.b", string.Format(Informasi, "Informasi layanan belum terhubung ke SIPPN karena akun instansi dikelola Kanwil."), "A");
        OverClaim(a).Should().NotBeNull();
        a.InferredAnswer!.Code.Should().Be("B");
    }

    [Theory]
    [InlineData("R.AK.2.a", "Capaian 8 indikator Perjanjian Kinerja 2024 dipakai sebagai unsur penilaian pegawai teladan triwulanan sejak April 2024; indikator lainnya belum dipakai.", "\"indikator lainnya belum dipakai\"")]
    [InlineData("R.SDM.1.a", "Ukuran kinerja pejabat struktural 2024 sudah berorientasi hasil, sedangkan ukuran kinerja 14 pelaksana masih berupa output kegiatan.", "\"ukuran kinerja 14 pelaksana masih berupa\"")]
    public void A_remainder_stated_as_not_done_contradicts_seluruh(string id, string body, string quoted)
    {
        var r = Check(id, body + " Bukti dukung: dokumen PK, kertas kerja penilaian dan SKP 2024.", "A");
        var f = OverClaim(r);
        f!.Rule.Should().Be("jawaban_melebihi_narasi");
        f.Message.Should().Contain(quoted).And.Contain("jawaban B");
    }

    [Theory]
    [InlineData("Seluruh 18 kegiatan dalam Rencana Kerja ZI 2024 telah dilaksanakan sesuai jadwal; tidak ada kegiatan yang belum terlaksana sampai 20 Desember 2024.")]
    [InlineData("Seluruh 18 kegiatan dalam Rencana Kerja ZI 2024 telah dilaksanakan sesuai jadwal sampai 20 Desember 2024; pegawai yang belum hadir pada rapat evaluasi menerima notulen.")]
    [InlineData("Seluruh 18 kegiatan dalam Rencana Kerja ZI 2024 telah dilaksanakan sesuai jadwal sampai 20 Desember 2024, termasuk 4 kegiatan yang semula belum terjadwal.")]
    public void No_remainder_when_none_is_left_or_the_belum_is_about_something_else(string body)
    {
        var r = Check("P.MP.3.a", body + " Bukti dukung: matriks monitoring rencana kerja ZI 2024.", "A");
        r.Findings.Should().NotContain(f => f.Rule == "jawaban_melebihi_narasi");
    }
}

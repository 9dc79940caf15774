using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>A stated frequency against the events the narrative lists after it (issue #14, inconsistent): a list of
/// quarterly dates under "bulanan", two meetings under "setiap bulan", the one evaluation dated for the year under
/// "setiap triwulan"; not a count the writer gives, a start date, a plan, or another activity's date.</summary>
public class FrequencyAgainstEventsTests
{
    private static bool Inconsistent(string id, string text, string answer) =>
        TestData.Checker.Check(id, text, answer).Findings.Any(f => f.Rule == "frekuensi_kegiatan" && f.Defect == Defects.Inconsistent);

    [Fact]
    public void Quarterly_dates_listed_one_per_line_contradict_a_monthly_statement()
    {
        var text = "Pengukuran kinerja pegawai dilakukan secara bulanan melalui aplikasi kinerja. Penilaian 2024 oleh atasan langsung dilaksanakan pada:\n- Triwulan I: 3 April 2024\n- Triwulan II: 5 Juli 2024\n- Triwulan III: 4 Oktober 2024\n- Triwulan IV: 8 Januari 2025\nBukti dukung: rekap penilaian 2024.";
        Inconsistent("P.SDM.4.c", text, "A").Should().BeTrue();
    }

    [Fact]
    public void The_one_evaluation_dated_for_the_year_contradicts_a_quarterly_statement()
    {
        var text = "Penerapan WBS dievaluasi setiap triwulan oleh Tim Kepatuhan Internal. Evaluasi tahun 2024 dilaksanakan pada rapat tanggal 12 November 2024 dan menghasilkan 3 rekomendasi. Bukti dukung: notulen rapat 12 November 2024.";
        Inconsistent("P.PW.4.b", text, "A").Should().BeTrue();
    }

    [Fact]
    public void Every_quarter_dated_agrees_with_a_quarterly_statement()
    {
        var text = "Penerapan WBS dievaluasi setiap triwulan oleh Tim Kepatuhan Internal. Evaluasi telah dilaksanakan pada 28 Maret, 27 Juni dan 26 September 2024; evaluasi triwulan IV akan dilaksanakan pada Desember 2024. Bukti dukung: laporan evaluasi triwulan I-III 2024.";
        Inconsistent("P.PW.4.b", text, "A").Should().BeFalse();
    }

    [Fact]
    public void A_counted_frequency_a_start_date_and_another_activity_are_not_the_events()
    {
        Inconsistent("P.PW.1.a", "Kampanye antigratifikasi diunggah setiap bulan (12 unggahan sepanjang 2024) di Instagram @kantorkita. Sosialisasi tatap muka dilaksanakan pada 9 Desember 2024.", "A").Should().BeFalse();
        Inconsistent("P.TL.2.a", "Capaian IKU dipantau bulanan melalui dasbor kinerja. Dasbor dipakai dalam rapat kinerja yang dilaksanakan sejak Maret 2025.", "A").Should().BeFalse();
        Inconsistent("R.TL.3.a", "Pelacakan capaian dilakukan bulanan melalui dasbor layanan. Validasi manfaat dilakukan oleh Kanwil pada 14 Agustus 2024.", "A").Should().BeFalse();
    }

    [Fact]
    public void The_claimed_options_own_absence_is_not_unfinished_work()
    {
        // Answer B of P.PP.2.b: all information online "namun belum terhubung dengan sistem informasi pelayanan publik".
        var text = "Seluruh informasi layanan (persyaratan, alur, waktu dan biaya) dapat diakses di website kantorkita.go.id dan Instagram @kantorkita sejak 15 Januari 2024. Informasi layanan belum terhubung ke SIPPN.";
        var b = TestData.Checker.Check("P.PP.2.b", text, "B");
        b.Findings.Should().NotContain(f => f.Defect == Defects.NotRealised && f.Severity != Severity.Saran);
        var a = TestData.Checker.Check("P.PP.2.b", text, "A");
        a.Status.Should().NotBe(NarrativeStatus.Kuat, "answer A needs the connection the narrative says is missing");
    }

    [Fact]
    public void A_table_row_is_a_sentence_of_its_own()
    {
        var text = NarrativeAssist.Domain.Text.AnalyzedText.Analyze("| Rekomendasi | Tindak lanjut | Tanggal |\n| Papan informasi | dipasang | 3 Juli 2025 |\nUntuk 2026 direncanakan aplikasi baru.");
        text.Sentences.Count.Should().Be(3);
    }
}

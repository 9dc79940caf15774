using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Tests.Judgement;

/// <summary>Frequencies against the dated events, dates in a possible order, results with figures (issue #14 item 2).</summary>
public class ConsistencyTests
{
    private static Finding? Inconsistent(string id, string text) =>
        TestData.Checker.Check(id, text).Findings.FirstOrDefault(f => f.Defect == Defects.Inconsistent);

    [Fact]
    public void Monthly_claimed_but_four_quarterly_meetings_listed_is_inconsistent()
    {
        var f = Inconsistent("P.MP.3.b", "Monitoring dan evaluasi pembangunan ZI dilaksanakan setiap bulan dan dipimpin Kepala Kantor. Sepanjang tahun 2024 rapat monev dilaksanakan pada tanggal 28 Maret, 27 Juni, 26 September dan 19 Desember 2024.");
        f!.Rule.Should().Be("frekuensi_kegiatan");
        f.Message.Should().Contain("\"setiap bulan\"").And.Contain("4 kali").And.Contain("triwulanan");
    }

    [Fact]
    public void Weekly_claimed_but_monthly_meetings_listed_is_inconsistent() =>
        Inconsistent("P.MP.3.b", "Monitoring dilaksanakan setiap minggu. Rapat monev tahun 2024 dilaksanakan pada 29 Januari, 26 Februari, 25 Maret, 29 April dan 27 Mei 2024.")!
            .Message.Should().Contain("\"setiap minggu\"").And.Contain("5 kali").And.Contain("bulanan");

    [Theory]
    [InlineData("Monitoring dan evaluasi dilaksanakan setiap triwulan. Sepanjang tahun 2024 rapat monev dilaksanakan pada tanggal 28 Maret, 27 Juni, 26 September dan 19 Desember 2024.")]
    [InlineData("Monitoring dilaksanakan setiap bulan, antara lain pada 28 Maret, 27 Juni, 26 September dan 19 Desember 2024.")]
    [InlineData("Monitoring dilaksanakan setiap bulan pada 15 Januari, 14 Februari, 13 Maret, 15 April dan 16 Mei 2024.")]
    public void Frequencies_the_events_bear_out_or_examples_are_not_inconsistent(string text) =>
        Inconsistent("P.MP.3.b", text).Should().BeNull();

    [Fact]
    public void A_decree_dated_before_the_meeting_it_records_is_inconsistent()
    {
        var text = "Hasil penilaian ditetapkan dalam rapat pemilihan anggota tim tanggal 22 Januari 2024 dan dituangkan dalam KEP-09/KPN.1702/2024 tanggal 8 Januari 2024.";
        var f = Inconsistent("P.MP.1.b", text);
        f!.Rule.Should().Be("urutan_tanggal");
        text.Substring(f.Start, f.Length).Should().Be("8 Januari 2024");
        Inconsistent("P.MP.1.b", "SK Nomor KEP-09/KPN.1702/2024 tanggal 8 Januari 2024 ditetapkan berdasarkan rapat tanggal 22 Januari 2024.")!.Rule.Should().Be("urutan_tanggal");
    }

    [Theory]
    [InlineData("Tim dibentuk dengan Keputusan Nomor KEP-12/KPN.1702/2024 tanggal 15 Januari 2024, berdasarkan hasil rapat pembentukan tim tanggal 10 Januari 2024.")]
    [InlineData("Laporan ditandatangani pada 19 Januari 2024 dan disampaikan tanggal 22 Januari 2024, sebelum batas waktu 31 Januari 2024.")]
    [InlineData("Rapat tanggal tiga Januari 2024 dituangkan dalam SK tanggal 5 Januari 2024.")]
    public void Dates_in_a_possible_order_pass(string text) => Inconsistent("P.MP.1.b", text).Should().BeNull();

    [Fact]
    public void A_result_claimed_without_figures_is_no_result_on_a_results_question()
    {
        var r = TestData.Checker.Check("R.PP.1.a", "Melalui inovasi layanan daring, pelayanan kepada masyarakat menjadi jauh lebih cepat dan mudah.");
        r.Findings.Should().Contain(f => f.Defect == Defects.NoResult && f.Message.Contains("\"lebih cepat\""));
        TestData.Checker.Check("P.TL.2.c", "Pelayanan menjadi jauh lebih cepat dan mudah.").Findings
            .Should().NotContain(f => f.Defect == Defects.NoResult || f.Defect == Defects.NoComparison, "P.TL.2.c does not ask for results");
    }

    [Fact]
    public void Current_figures_without_a_baseline_are_no_comparison() =>
        TestData.Checker.Check("R.TL.2.b", "Saat ini rata-rata waktu disposisi surat masuk 3 jam dan cuti diproses dalam 1 hari kerja, sehingga pelayanan internal menjadi lebih cepat dan efisien.")
            .Findings.Should().Contain(f => f.Defect == Defects.NoComparison);

    [Theory]
    [InlineData("Waktu penyelesaian SP2D turun dari 58 menit pada tahun 2022 menjadi 17 menit pada tahun 2024, jauh lebih cepat.")]
    [InlineData("Capaian kinerja tahun 2024 adalah 100,00 %, lebih baik dari capaian tahun 2023 sebesar 97,50 %.")]
    public void A_result_with_its_figures_passes(string text) =>
        TestData.Checker.Check("R.PP.1.a", text).Findings.Should().NotContain(f => f.Defect == Defects.NoResult || f.Defect == Defects.NoComparison);
}

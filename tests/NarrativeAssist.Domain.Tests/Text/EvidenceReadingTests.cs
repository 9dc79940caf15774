using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Tests.Text;

/// <summary>Evidence statements read apart from the body; generic words name nothing; evidence about something else
/// does not prove the question.</summary>
public class EvidenceReadingTests
{
    private static EvidenceReading Read(string text) => EvidenceReading.Read(AnalyzedText.Analyze(text));

    private static IEnumerable<string> Pieces(string text) => Read(text).Pieces.Select(p => text.Substring(p.Start, p.Length));

    [Fact]
    public void A_Bukti_dukung_list_and_a_dibuktikan_clause_are_cut_into_pieces()
    {
        Pieces("Tim dibentuk pada 5 Januari 2024.\nBukti dukung:\n1. SK Tim;\n2. Notulen rapat 3 Januari 2024\n3. Daftar hadir")
            .Should().Equal("SK Tim", "Notulen rapat 3 Januari 2024", "Daftar hadir");
        Pieces("Rapat dilaksanakan 3 Januari 2024, dibuktikan dengan undangan, daftar hadir dan notulen rapat. Tim bertugas memantau.")
            .Should().Equal("undangan", "daftar hadir", "notulen rapat");
        Pieces("Tim dibentuk pada 5 Januari 2024 (undangan, daftar hadir dan notulen rapat terlampir).")
            .Should().HaveCount(3);
        Read("Tim dibentuk pada 5 Januari 2024 berdasarkan SK Kepala Kantor.").Pieces.Should().BeEmpty();
    }

    [Fact]
    public void Generic_words_alone_are_generic()
    {
        Read("Bukti dukung: dokumen, foto kegiatan, SOP.").Pieces.Should().OnlyContain(p => p.Generic);
        Read("Bukti dukung: laporan survei kepuasan 2024.").Pieces.Should().ContainSingle(p => !p.Generic);
    }

    private const string Upg =
        "Unit telah membentuk Unit Pengendalian Gratifikasi (UPG) dengan KEP-21/KPN.1702/2024 tanggal 5 Februari 2024. " +
        "Setiap petugas wajib melaporkan penerimaan atau penolakan gratifikasi kepada UPG paling lambat 7 hari kerja.\n";

    [Fact]
    public void Evidence_about_something_else_is_irrelevant_and_evidence_of_the_question_is_not()
    {
        var off = TestData.Checker.Check("P.PW.1.b", Upg + "Bukti dukung:\n1. Foto senam pagi bersama setiap Jumat;\n2. Foto donor darah Hari Bakti 2024.", "A");
        off.Findings.Should().Contain(f => f.Rule == "bukti_relevan" && f.Defect == Defects.IrrelevantEvidence && f.Expected!.Length > 0);
        var on = TestData.Checker.Check("P.PW.1.b", Upg + "Bukti dukung: SK UPG, rekap laporan gratifikasi 2024, tangkapan layar aplikasi GOL KPK.", "A");
        on.Findings.Should().NotContain(f => f.Rule == "bukti_relevan");
    }

    [Fact]
    public void Generic_words_alone_do_not_count_as_evidence()
    {
        const string body = "Kepala kantor telah membentuk tim kerja pembangunan zona integritas pada 5 Januari 2024 yang beranggotakan seluruh seksi.";
        TestData.Checker.Check("P.MP.1.a", body + " Bukti: dokumen dan foto kegiatan.").Findings.Should().Contain(f => f.Rule == "bukti");
        TestData.Checker.Check("P.MP.1.a", body + " Bukti: notulen rapat pembentukan tim.").Findings.Should().NotContain(f => f.Rule == "bukti");
    }
}

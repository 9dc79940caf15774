using NarrativeAssist.Documents.Tests.Support;
using static NarrativeAssist.Documents.Tests.Support.Docx;

namespace NarrativeAssist.Documents.Tests;

/// <summary>Documents without LKE content controls: the outline is recognised from ids, numbering and question text.</summary>
public class NumberingReadingTests
{
    [Fact]
    public void Sub_area_heading_and_lettered_questions_resolve_within_the_current_part_and_area()
    {
        var doc = Read(WithBody(
            P("Narasi LKE Balai Contoh", "Title"),
            P("Pendahuluan singkat yang tidak dinilai."),
            P("II. Reform", "Heading1"),
            P("1. Manajemen Perubahan", "Heading2"),
            P("ii. Komitmen Pimpinan", "Heading3"),
            P("a. Pimpinan memiliki komitmen terhadap pelaksanaan reformasi birokrasi, dengan adanya target capaian reformasi yang jelas di dokumen perencanaan"),
            P("Jawaban: A"),
            P("Kepala Balai memimpin apel integritas setiap Senin sejak Januari 2024."),
            P("5. Penguatan Pengawasan", "Heading2"),
            P("iii. Penyampaian Laporan Harta Kekayaan", "Heading3"),
            P("a. Penyampaian Laporan Harta Kekayaan Pejabat Negara (LHKPN)"),
            P("Seluruh 4 wajib lapor menyampaikan LHKPN sebelum 31 Maret 2024.")));

        doc.Mode.Should().Be(ReadMode.Numbering);
        doc.Entries.Should().Equal(
            new NarrativeEntry("R.MP.2.a", "Kepala Balai memimpin apel integritas setiap Senin sejak Januari 2024.", "A", EntrySources.Numbering),
            new NarrativeEntry("R.PW.3.a", "Seluruh 4 wajib lapor menyampaikan LHKPN sebelum 31 Maret 2024.", null, EntrySources.Numbering));
    }

    [Fact]
    public void Explicit_ids_and_LKE_numbers_start_narratives_and_text_after_them_is_kept_unless_it_restates_the_question()
    {
        var doc = Read(WithBody(
            P("P.MP.1.a Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"),
            P("Tim dibentuk dengan SK Nomor 12/2024."),
            P("P.MP.1.b: Anggota dipilih melalui rapat seleksi seluruh seksi."),
            P("Pemenuhan"),
            P("1.ii.a Terdapat dokumen rencana kerja pembangunan Zona Integritas menuju WBK/WBBM"),
            P("Rencana kerja ditetapkan 15 Januari 2024.")));

        doc.Entries.Select(e => (e.QuestionId, e.Text, e.Source)).Should().Equal(
            ("P.MP.1.a", "Tim dibentuk dengan SK Nomor 12/2024.", EntrySources.QuestionId),
            ("P.MP.1.b", "Anggota dipilih melalui rapat seleksi seluruh seksi.", EntrySources.QuestionId),
            ("P.MP.2.a", "Rencana kerja ditetapkan 15 Januari 2024.", EntrySources.Numbering));
        doc.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Question_text_in_a_heading_or_paragraph_is_recognised_by_word_overlap()
    {
        var doc = Read(WithBody(
            P("Penguatan Akuntabilitas", "Heading2"),
            P("Keterlibatan: unit kerja telah melibatkan pimpinan secara langsung saat penyusunan perencanaan", "Heading4"),
            P("Kepala Balai memimpin rapat penyusunan Renstra pada 10 Januari 2024."),
            P("UNIT KERJA TELAH MELIBATKAN SECARA LANGSUNG PIMPINAN SAAT PENYUSUNAN PENETAPAN KINERJA!"),
            P("Perjanjian kinerja ditandatangani 2 Januari 2024.")));

        doc.Entries.Select(e => (e.QuestionId, e.Text, e.Source)).Should().Equal(
            ("P.AK.1.a", "Kepala Balai memimpin rapat penyusunan Renstra pada 10 Januari 2024.", EntrySources.QuestionText),
            ("P.AK.1.b", "Perjanjian kinerja ditandatangani 2 Januari 2024.", EntrySources.QuestionText));
    }

    [Fact]
    public void Narrative_lists_and_mentions_of_outline_names_do_not_end_a_narrative()
    {
        var doc = Read(WithBody(
            P("I. Pemenuhan", "Heading1"),
            P("1. Manajemen Perubahan", "Heading2"),
            P("i. Penyusunan Tim Kerja", "Heading3"),
            P("a. Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"),
            P("Tim dibentuk melalui tahapan berikut:"),
            P("a. rapat pimpinan tanggal 5 Januari 2024;"),
            P("b. penetapan SK Nomor 12/2024."),
            P("Hasil:"),
            P("Hasil pembentukan tim dilaporkan dalam rapat manajemen perubahan."),
            P("Penyusunan Tim Kerja")));

        doc.Entries.Should().ContainSingle().Which.Text.Should().Be(
            "Tim dibentuk melalui tahapan berikut:\na. rapat pimpinan tanggal 5 Januari 2024;\nb. penetapan SK Nomor 12/2024.\n" +
            "Hasil:\nHasil pembentukan tim dilaporkan dalam rapat manajemen perubahan.\nPenyusunan Tim Kerja");
    }

    [Fact]
    public void LKE_number_before_any_part_heading_assumes_Pemenuhan_with_a_warning()
    {
        var doc = Read(WithBody(P("1.i.a"), P("Tim dibentuk.")));

        doc.Entries.Should().Equal(new NarrativeEntry("P.MP.1.a", "Tim dibentuk.", null, EntrySources.Numbering));
        doc.Warnings.Should().ContainSingle().Which.Should().Contain("Pemenuhan");
    }

    [Fact]
    public void Unknown_tags_fall_back_to_numbering_and_keep_their_warning()
    {
        var doc = Read(WithBody(
            BlockControl("lke:X.1.a", P("isi")),
            P("P.PP.1.a"),
            P("Standar pelayanan ditetapkan dengan SK Nomor 3/2024.")));

        doc.Mode.Should().Be(ReadMode.Numbering);
        doc.Entries.Should().ContainSingle().Which.QuestionId.Should().Be("P.PP.1.a");
        doc.Warnings.Should().ContainSingle().Which.Should().Contain("lke:X.1.a");
    }

    [Fact]
    public void Document_without_LKE_content_is_refused()
    {
        var docx = WithBody(P("Notulen Rapat", "Heading1"), P("Rapat dibuka pukul 09.00 oleh Kepala Balai."), P("Hasil rapat: disetujui."));

        var e = Rejection.Expect(RejectionCodes.NoLkeContent, () => Read(docx));

        e.Message.Should().Be("Dokumen tidak memuat narasi LKE: tidak ada content control bertag lke:… maupun penomoran pertanyaan LKE. " +
                              "Gunakan perintah skeleton untuk membuat kerangka.");
    }
}

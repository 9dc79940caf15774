using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Domain.Tests.Evidence;

public class NamedEvidenceTests
{
    [Fact]
    public void Pieces_come_from_the_reading_layer_without_links_and_generic_words()
    {
        var pieces = NamedPiece.Of("Tim dibentuk pada 6 Januari 2025. Bukti dukung: SK Kepala Kantor Nomor 12 Tahun 2025, dokumen, " +
            "notulen rapat (tautan https://s.id/zi-notulen), tautan https://s.id/zi-foto");
        pieces.Select(p => p.Text).Should().Equal("SK Kepala Kantor Nomor 12 Tahun 2025", "notulen rapat");
    }

    [Theory]
    [InlineData("SK Kepala Kantor Nomor 12 tentang Tim Kerja ZI", "1.i.a SK TIM KERJA.pdf", true)]
    [InlineData("surat keputusan tim kerja", "1.i.a SK Tim Kerja", true)]          // long form and abbreviation
    [InlineData("undangan rapat pembentukan tim", "UNDANGAN RAPAT PEMBENTUKAN TIM", true)]
    [InlineData("daftar hadir rapat pembentukan tim", "undangan rapat pembentukan tim", false)] // another kind of file
    [InlineData("notulen rapat", "foto senam pagi", false)]
    [InlineData("laporan monev triwulan I", "laporan keuangan", false)]             // one shared word of two is not enough
    public void A_file_name_is_the_named_evidence_when_kind_and_words_agree(string piece, string fileName, bool found) =>
        NamedPiece.Of("Bukti dukung: " + piece).Single().FoundIn(NameWords.Of(fileName)).Should().Be(found);
}

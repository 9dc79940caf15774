using NarrativeAssist.Domain.Workbook;

namespace NarrativeAssist.Domain.Tests.Workbook;

public class HeaderFinderTests
{
    [Fact]
    public void Finds_the_district_court_header_under_title_rows_and_takes_the_catatan_column_for_the_narrative()
    {
        var sheet = Grids.Sheet("LKE",
            (1, ["LEMBAR KERJA EVALUASI ZONA INTEGRITAS"]),
            (2, ["PENGADILAN NEGERI CONTOH"]),
            (4, ["Penilaian", "Bobot", "Penjelasan", "Pilihan Jawaban", "Jawaban", "Nilai", "%", "Catatan/Keterangan/Penjelasan", "Eviden"]));

        var layout = HeaderFinder.Find(sheet)!;

        layout.HeaderRows.Should().Equal(4);
        layout.FirstDataRow.Should().Be(5);
        layout.Columns.Should().BeEquivalentTo(new Dictionary<ColumnRole, int>
        {
            [ColumnRole.Penilaian] = 0, [ColumnRole.Bobot] = 1, [ColumnRole.Kriteria] = 3, [ColumnRole.Jawaban] = 4,
            [ColumnRole.Nilai] = 5, [ColumnRole.Persen] = 6, [ColumnRole.Penjelasan] = 7, [ColumnRole.Eviden] = 8,
        });
    }

    [Fact]
    public void Reads_a_merged_header_over_two_rows()
    {
        // "Penilaian Unit" merged over C4:D4, with "Jawaban Unit" and "Nilai" under it; TPI columns beside.
        var sheet = Grids.Sheet("Sheet1", [new CellRange(4, 2, 4, 3), new CellRange(4, 5, 4, 6)],
            (4, ["No", "Komponen", "Penilaian Unit", null, "Catatan/Keterangan/Penjelasan Unit", "Penilaian TPI"]),
            (5, [null, null, "Jawaban Unit", "Nilai", null, "Jawaban", "Catatan"]));

        var layout = HeaderFinder.Find(sheet)!;

        layout.HeaderRows.Should().Equal(4, 5);
        layout[ColumnRole.Jawaban].Should().Be(2);
        layout[ColumnRole.Nilai].Should().Be(3);
        layout[ColumnRole.Penjelasan].Should().Be(4);
        layout[ColumnRole.JawabanTpi].Should().Be(5);
        layout[ColumnRole.CatatanTpi].Should().Be(6);
        layout[ColumnRole.Nomor].Should().Be(0);
    }

    [Fact]
    public void A_sheet_without_an_answer_column_has_no_header()
    {
        HeaderFinder.Find(Grids.Sheet("Rekap", (1, ["Area", "Bobot", "Nilai"]), (2, ["Manajemen Perubahan", "8", "7.5"]))).Should().BeNull();
    }
}

using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Tests.Text.Quantities;

public class QuantityReadingTests
{
    private static TextQuantities Read(string text) => TextQuantities.Of(AnalyzedText.Analyze(text));

    [Theory]
    [InlineData("tiga", 3)]
    [InlineData("sebelas", 11)]
    [InlineData("dua belas", 12)]
    [InlineData("tiga puluh empat", 34)]
    [InlineData("seratus dua", 102)]
    [InlineData("dua ribu dua puluh empat", 2024)]
    public void Number_words_are_read(string words, double expected)
    {
        var atoms = Atoms.Of(AnalyzedText.Analyze(words));
        atoms.Should().ContainSingle().Which.Number.Should().Be(expected);
    }

    [Theory]
    [InlineData("Pada tahun 2024, 19 dari 34 pegawai telah mengikuti diklat.", 19, 34, "pegawai")]
    [InlineData("Sebanyak 19 pegawai dari total 34 pegawai mengikuti e-learning.", 19, 34, "pegawai")]
    [InlineData("Diklat diikuti 19 orang (56 %).", 19, 34, "orang")]
    [InlineData("Diklat diikuti oleh seluruh 34 pegawai.", 34, 34, "pegawai")]
    [InlineData("Sudah 12/15 SOP dievaluasi.", 12, 15, "sop")]
    [InlineData("tiga puluh empat dari tiga puluh empat pegawai hadir", 34, 34, "pegawai")]
    public void Parts_of_a_whole_are_read(string text, double part, double whole, string noun)
    {
        var r = Read(text).Ratios.Should().ContainSingle().Subject;
        (r.Part, r.Whole, r.Noun).Should().Be((part, whole, noun));
    }

    [Theory]
    [InlineData("Waktu layanan turun dari 58 menit menjadi 17 menit.")]
    [InlineData("Layanan tercatat 58 kali pada tahun 2024.")]
    [InlineData("Rapat tanggal 3/4 dan SK 800/12/2024 ditetapkan.")]
    public void Changes_and_codes_are_not_ratios(string text) => Read(text).Ratios.Should().BeEmpty();

    [Fact]
    public void Each_side_of_a_before_after_pair_keeps_its_own_year()
    {
        var q = Read("Rata-rata waktu penyelesaian SP2D turun dari 58 menit pada tahun 2022 menjadi 17 menit pada tahun 2024; waktu konfirmasi turun dari 1 hari menjadi 2 jam.");
        q.Changes.Should().HaveCount(2);
        var c = q.Changes[0];
        (c.From, c.FromYear, c.To, c.ToYear, c.Direction, c.Unit).Should().Be((58.0, 2022, 17.0, 2024, ChangeDirection.Down, "menit"));
        (q.Changes[1].From, q.Changes[1].FromYear, q.Changes[1].To, q.Changes[1].ToYear).Should().Be((1.0, null, 2.0, null));
        q.YearOf(c.ToStart, out var inPair).Should().Be(2024);
        inPair.Should().BeTrue();
    }

    [Fact]
    public void Years_in_brackets_and_before_values_are_attributed()
    {
        var q = Read("IKM meningkat dari 3,2 (2022) menjadi 3,6 (2024). IKM tahun 2023 sebesar 3,45.");
        var c = q.Changes.Should().ContainSingle().Subject;
        (c.From, c.FromYear, c.To, c.ToYear, c.Direction).Should().Be((3.2, 2022, 3.6, 2024, ChangeDirection.Up));
        var start = q.Text.Text.IndexOf("3,45", StringComparison.Ordinal);
        q.YearOf(start, out var inPair).Should().Be(2023);
        inPair.Should().BeFalse();
    }

    [Theory]
    [InlineData("Nilai IPAK naik 0,3 poin.", 0.3, "poin", ChangeDirection.Up)]
    [InlineData("Jumlah pengaduan turun 20 % dibanding tahun lalu.", 20, "persen", ChangeDirection.Down)]
    public void Changes_stated_by_their_size_are_read(string text, double delta, string unit, ChangeDirection direction)
    {
        var c = Read(text).Changes.Should().ContainSingle().Subject;
        (c.Delta, c.Unit, c.Direction, c.HasBaseline).Should().Be((delta, unit, direction, false));
    }

    [Theory]
    [InlineData("Anggaran Rp1,2 miliar telah direalisasikan.", 1.2e9)]
    [InlineData("Biaya Rp 250.000 per orang.", 250_000)]
    [InlineData("Hemat 1,5 juta rupiah.", 1.5e6)]
    public void Rupiah_are_read(string text, double rupiah) => Read(text).Money.Should().ContainSingle().Which.Rupiah.Should().Be(rupiah);

    [Fact]
    public void Dates_in_digits_words_lists_and_periods_are_read()
    {
        var q = Read("SK tanggal tiga Januari 2024 dan 15/02/2024. Rapat pada 28 Maret, 27 Juni, 26 September dan 19 Desember 2024. Laporan triwulan I 2024 dan semester II 2023.");
        q.Dates.Select(d => (d.Year, d.FirstMonth, d.LastMonth, d.Day)).Should().Equal(
            (2024, 1, 1, 3), (2024, 2, 2, 15),
            (2024, 3, 3, 28), (2024, 6, 6, 27), (2024, 9, 9, 26), (2024, 12, 12, 19),
            (2024, 1, 3, (int?)null), (2023, 7, 12, (int?)null));
    }

    [Theory]
    [InlineData("Monev dilaksanakan setiap bulan.", 12.0, true)]
    [InlineData("Rapat diadakan tiga bulan sekali.", 4.0, true)]
    [InlineData("Pengukuran dilakukan setiap semester.", 2.0, true)]
    [InlineData("Laporan disusun triwulanan.", 4.0, true)]
    [InlineData("Survei dilakukan empat kali dalam setahun.", 4.0, true)]
    [InlineData("Evaluasi dilakukan tidak secara berkala.", null, false)]
    public void Stated_frequencies_are_read(string text, double? perYear, bool regular)
    {
        var f = Read(text).Frequencies.Should().ContainSingle().Subject;
        (f.PerYear, f.Regular).Should().Be((perYear, regular));
    }
}

using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Tests.Decks;

public class TimingAndWordingTests
{
    [Theory]
    [InlineData("Kami melakukan tiga langkah", 4)]
    [InlineData("IKM naik menjadi 3,58 pada 2024.", 10)]   // two figures count three words each
    [InlineData("— , ;", 0)]
    public void Spoken_words_count_figures_as_several_words(string text, int words) =>
        SpeechTiming.SpokenWords(text).Should().Be(words);

    [Fact]
    public void A_minute_of_words_at_the_default_rate_takes_a_minute_plus_the_slide_change()
    {
        var script = string.Join(' ', Enumerable.Repeat("kata", 110));

        SpeechTiming.Seconds(script, new DeckOptions()).Should().Be(63);
        SpeechTiming.Seconds(script, new DeckOptions { WordsPerMinute = 55, SlideChangeSeconds = 0 }).Should().Be(120);
        SpeechTiming.Clock(725).Should().Be("12:05");
    }

    [Theory]
    [InlineData(3.58, Satuan.Indeks, 2, "3,58")]
    [InlineData(99.6, Satuan.Persen, 1, "99,6%")]
    [InlineData(31, Satuan.Menit, 0, "31 menit")]
    [InlineData(1250000000, Satuan.Rupiah, 0, "Rp1,25 miliar")]
    [InlineData(1250, Satuan.Jumlah, 0, "1.250")]
    public void Values_read_as_Indonesians_write_them(double v, Satuan s, int decimals, string expected) =>
        Wording.Value(v, s, decimals).Should().Be(expected);

    [Theory]
    [InlineData("Waktu layanan turun", "waktu layanan turun")]
    [InlineData("SP2D terbit tepat waktu", "SP2D terbit tepat waktu")]
    [InlineData("Layanan Antar Dokumen (LANDO)", "Layanan Antar Dokumen (LANDO)")]
    public void Continuing_a_sentence_lowercases_only_ordinary_words(string text, string expected) =>
        Wording.Continue(text).Should().Be(expected);

    [Theory]
    [InlineData("Terima kasih", "Terima kasih.")]
    [InlineData("Ia berkata: \u201CSudah cepat.\u201D", "Ia berkata: \u201CSudah cepat.\u201D")]
    [InlineData("Benarkah?", "Benarkah?")]
    public void Sentences_end_with_one_full_stop(string text, string expected) => Wording.Sentence(text).Should().Be(expected);

    [Fact]
    public void A_lower_is_better_indicator_improves_when_it_falls()
    {
        var waktu = IndicatorTrend.Of(Samples.Profile.IndikatorKinerja[2]);

        waktu.Improved.Should().BeTrue();
        waktu.MetTarget.Should().BeTrue();
        waktu.LowerIsBetter.Should().BeTrue();
        waktu.Movement().Should().Be("turun dari 52 menit (2022) menjadi 31 menit (2024)", "the baseline is the profile's first year");
        waktu.TargetClause().Should().Be("di bawah target 45 menit", "below is better here; never 'melampaui target'");
        waktu.Arrow().Should().Be("52 menit (2022) → 31 menit (2024)");
    }

    [Fact]
    public void Plan_json_keeps_the_fixed_names()
    {
        var plan = DeckPlanner.Plan(DeckKind.ObservasiLapangan, Samples.Profile, BuiltInData.Catalog);
        using var doc = System.Text.Json.JsonDocument.Parse(JsonContract.Serialize(DeckPlanJson.From(plan)));
        var root = doc.RootElement;

        root.GetProperty("kind").GetString().Should().Be("observasi-lapangan");
        root.GetProperty("limitSeconds").GetInt32().Should().Be(600);
        root.GetProperty("totalSeconds").GetInt32().Should().Be(plan.TotalSeconds);
        var slides = root.GetProperty("slides").EnumerateArray().ToList();
        slides.Should().HaveCount(plan.Slides.Count());
        slides[1].GetProperty("title").GetString().Should().Be("Agenda Kunjungan");
        slides[1].GetProperty("notes").GetString().Should().Be(plan.Slides.ElementAt(1).Notes);
        slides[1].GetProperty("seconds").GetInt32().Should().Be(plan.Slides.ElementAt(1).Seconds);
        root.GetProperty("warnings")[0].GetProperty("code").GetString().Should().Be("indikator_tidak_membaik");
    }

    [Fact]
    public void Deck_kinds_parse_from_their_keys()
    {
        DeckKinds.TryParse("wawancara-virtual", out var k).Should().BeTrue();
        k.Should().Be(DeckKind.WawancaraVirtual);
        DeckKinds.TryParse(" Observasi-Lapangan ", out k).Should().BeTrue();
        k.Should().Be(DeckKind.ObservasiLapangan);
        DeckKinds.TryParse("presentasi", out _).Should().BeFalse();
    }

    [Fact]
    public void The_tour_takes_every_room_in_order_with_the_roles_from_the_team()
    {
        var tour = TourPlan.From(Samples.Profile);

        tour.Stops.Select(s => s.Room).Should().Equal(Samples.Profile.Ruangan.Select(r => r.Nama));
        tour.Stops[0].Should().BeEquivalentTo(new { Number = 1, Pic = "Hendra Wijaya", PicRole = "Koordinator Pelayanan Publik", Minutes = 5 });
        tour.TotalMinutes.Should().Be(tour.Stops.Sum(s => 2 + s.Points.Count));
    }
}

public class SpokenFormTests
{
    [Theory]
    [InlineData("Saya, Dr. Ratna Dewi, S.E., M.M., selaku Kepala", "Saya, Ratna Dewi, selaku Kepala")]
    [InlineData("dr. Andi Wijaya, Sp.PD, M.Kes. memimpin", "Andi Wijaya memimpin")]
    [InlineData("yang beralamat di Jl. Contoh No. 1, Kota Contoh 12345", "yang beralamat di Jalan Contoh Nomor satu, Kota Contoh")]
    [InlineData("Pembentukan tim (SK Kepala KPPN Nomor KEP-12/KPPN.0101/2024 tanggal 8 Januari 2024)", "Pembentukan tim berdasarkan SK Kepala KPPN tanggal delapan Januari 2024")]
    [InlineData("Surat permohonan Nomor S-45/KPPN.0305/2024", "Surat permohonan")]
    [InlineData("naik dari 3,21 (2022) menjadi 3,58 (2024)", "naik dari tiga koma dua satu pada 2022 menjadi tiga koma lima delapan pada 2024")]
    [InlineData("tetap 99,6% (2023–2024)", "tetap sembilan puluh sembilan koma enam persen pada 2023 hingga 2024")]
    [InlineData("anggaran Rp176,42 miliar", "anggaran seratus tujuh puluh enam koma empat dua miliar rupiah")]
    [InlineData("dari 1.200 menjadi 5.400 akun", "dari seribu dua ratus menjadi lima ribu empat ratus akun")]
    [InlineData("SP2D dan KPPN.0101 tetap", "SP2D dan KPPN.0101 tetap")]
    public void Scripts_are_said_as_spoken(string written, string spoken) => SpokenForm.Of(written).Should().Be(spoken);

    [Theory]
    [InlineData(11, "sebelas")]
    [InlineData(19, "sembilan belas")]
    [InlineData(145, "seratus empat puluh lima")]
    [InlineData(1_045, "seribu empat puluh lima")]
    [InlineData(2_500_000, "dua juta lima ratus ribu")]
    public void Whole_numbers_in_words(long n, string words) => SpokenForm.Whole(n).Should().Be(words);
}

using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Tests;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>Charts read back from the rendered interview deck of the sample profile plus a rupiah indicator.</summary>
public class ChartFormatTests
{
    private static readonly UnitProfile Profile = WithRupiah(UnitProfileParser.Parse(File.ReadAllText(RepoRoot.File("templates/units/contoh.yaml")), BuiltInData.Catalog.AreaCodes));

    private static UnitProfile WithRupiah(UnitProfile p) => p with
    {
        IndikatorKinerja =
        [
            .. p.IndikatorKinerja,
            new IndikatorKinerja
            {
                Nama = "Realisasi Penerimaan Negara", Satuan = Satuan.Rupiah, LebihTinggiLebihBaik = true,
                Nilai = new SortedDictionary<int, double> { [2022] = 150_250_000_000, [2023] = 162_800_000_000, [2024] = 176_420_000_000 },
                Target = 170_000_000_000,
            },
        ],
    };

    private static readonly byte[] Deck = DeckRenderer.Render(DeckPlanner.Plan(DeckKind.WawancaraVirtual, Profile, BuiltInData.Catalog)).Pptx;

    private static (SlidePart Slide, ChartPart Chart) ChartOf(PresentationDocument doc, string slideTitle)
    {
        var slide = Pptx.Slides(doc).Single(s => Pptx.Title(s) == slideTitle);
        return (slide, slide.ChartParts.Single());
    }

    private static string FormatCode(ChartPart chart) => chart.ChartSpace.Descendants<C.ValueAxis>().Single().GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value!;

    [Fact]
    public void Rupiah_is_charted_in_miliar_with_a_compact_unit_not_twelve_digits()
    {
        using var doc = Pptx.Open(Deck);
        var (_, chart) = ChartOf(doc, "Realisasi Penerimaan Negara");

        FormatCode(chart).Should().Be("\"Rp\"#,##0.0\" M\"");
        Pptx.ChartCache(chart)[0].Values.Should().Equal(150.25, 162.8, 176.42);
        Pptx.ChartCache(chart)[1].Values.Should().Equal(170, 170, 170);
        chart.ChartSpace.Descendants<C.Title>().Single().InnerText.Should().Be("Realisasi per tahun (Rp miliar)");
        var slide = Pptx.Slides(doc).Single(s => Pptx.Title(s) == "Realisasi Penerimaan Negara");
        Pptx.AllText(slide).Should().Contain("Naik dari Rp150,25 miliar (2022) menjadi Rp176,42 miliar (2024)");
        Pptx.Notes(slide).Should().Contain("seratus tujuh puluh enam koma empat dua miliar rupiah");
    }

    [Fact]
    public void Units_are_in_the_number_formats_and_column_charts_start_at_zero()
    {
        using var doc = Pptx.Open(Deck);
        FormatCode(ChartOf(doc, "Rata-rata Waktu Penerbitan SP2D").Chart).Should().Be("#,##0\" menit\"");
        FormatCode(ChartOf(doc, "Persentase SP2D Terbit Tepat Waktu").Chart).Should().Be("#,##0.0\"%\"");

        var survey = ChartOf(doc, "Survei Persepsi Anti Korupsi dan Kualitas Pelayanan").Chart;
        survey.ChartSpace.Descendants<C.BarChart>().Should().ContainSingle();
        survey.ChartSpace.Descendants<C.ValueAxis>().Single().Scaling!.MinAxisValue!.Val!.Value.Should().Be(0, "a column's length is its value");
        survey.ChartSpace.Descendants<C.Title>().Single().InnerText.Should().NotContain("Survei Persepsi", "the chart title does not repeat the slide title");
        Pptx.ValidationErrors(Deck).Should().BeEmpty();
    }

    [Fact]
    public void A_lower_is_better_indicator_shows_the_cue_and_is_coloured_by_its_target()
    {
        using var doc = Pptx.Open(Deck);
        string RealisationColour(ChartPart chart) =>
            chart.ChartSpace.Descendants<C.LineChartSeries>().First().ChartShapeProperties!.Descendants<D.RgbColorModelHex>().First().Val!.Value!;

        var waktu = ChartOf(doc, "Rata-rata Waktu Penerbitan SP2D");
        waktu.Chart.ChartSpace.Descendants<C.Title>().Single().InnerText.Should().Contain("↓ makin rendah makin baik");
        RealisationColour(waktu.Chart).Should().Be("2E7D32", "31 menit is under its 45-minute target");
        Pptx.AllText(waktu.Slide).Should().Contain("Di bawah target 45 menit (makin rendah makin baik)").And.NotContain("melampaui");

        var pengaduan = ChartOf(doc, "Jumlah Pengaduan Layanan");
        RealisationColour(pengaduan.Chart).Should().Be("C62828", "11 complaints miss the target of 8");
        var target = pengaduan.Chart.ChartSpace.Descendants<C.LineChartSeries>().Last();
        target.Descendants<D.PresetDash>().Single().Val!.Value.Should().Be(D.PresetLineDashValues.Dash);
        target.Descendants<C.DataLabels>().Should().BeEmpty("a target line needs no labels");
    }
}

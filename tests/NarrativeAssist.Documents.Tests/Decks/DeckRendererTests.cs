using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;
using NarrativeAssist.Domain.Decks;
using P = DocumentFormat.OpenXml.Presentation;
using D = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>A hand-built plan rendered onto each built-in template and read back with the Open XML SDK.</summary>
public class DeckRendererTests
{
    public static TheoryData<string> Templates => new(DeckTemplate.BuiltInIds);

    private static readonly DeckPlan Plan = DeckSamples.Interview();

    [Theory, MemberData(nameof(Templates))]
    public void Slides_carry_the_plan_titles_in_order_and_its_notes_on_every_slide(string template)
    {
        var deck = DeckRenderer.Render(Plan, template);

        using var doc = Pptx.Open(deck.Pptx);
        var slides = Pptx.Slides(doc);
        deck.SlideCount.Should().Be(slides.Count);
        slides.Select(Pptx.Title).Should().Equal(Plan.Slides.Select(s => s.Title));
        slides.Select(Pptx.Notes).Should().Equal(Plan.Slides.Select(s => s.Notes));
        doc.PackageProperties.Title.Should().Be(Plan.Title);
    }

    [Theory, MemberData(nameof(Templates))]
    public void Output_is_valid_Open_XML_including_the_embedded_workbooks(string template)
    {
        var deck = DeckRenderer.Render(Plan, template);

        Pptx.ValidationErrors(deck.Pptx).Should().BeEmpty();
        using var doc = Pptx.Open(deck.Pptx);
        foreach (var chart in Pptx.Slides(doc).SelectMany(s => s.ChartParts))
        {
            Pptx.WorkbookCells(chart, out var xlsx);
            using var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
            Pptx.Validate(book).Should().BeEmpty();
        }
    }

    [Fact]
    public void Slides_go_onto_the_layout_their_kind_asks_for()
    {
        var deck = DeckRenderer.Render(Plan, images: DeckSamples.PhotoPlaceholders);

        using var doc = Pptx.Open(deck.Pptx);
        Pptx.Slides(doc).Select(s => s.SlideLayoutPart!.SlideLayout!.CommonSlideData!.Name!.Value).Should().Equal(
            "Slide Judul", "Judul dan Isi", "Judul Bagian", "Gambar dengan Keterangan", "Dua Konten", "Judul Saja", "Judul Saja", "Judul dan Isi", "Slide Judul");
    }

    [Fact]
    public void Bullets_keep_their_levels_in_the_body_placeholder()
    {
        var deck = DeckRenderer.Render(Plan);

        using var doc = Pptx.Open(deck.Pptx);
        var body = Pptx.Slides(doc)[1].Slide!.CommonSlideData!.ShapeTree!.Elements<P.Shape>()
            .Single(s => s.NonVisualShapeProperties!.ApplicationNonVisualDrawingProperties!.PlaceholderShape?.Index?.Value == 1);
        body.TextBody!.Elements<D.Paragraph>().Select(p => (p.InnerText, p.ParagraphProperties?.Level?.Value ?? 0)).Should().Equal(
            ("Melayani 112 satuan kerja mitra", 0), ("Komitmen: layanan tanpa tatap muka", 0), ("Maklumat pelayanan ditandatangani 2 Januari 2024", 1));
    }

    [Fact]
    public void Charts_are_native_with_the_spec_values_in_the_cache_and_in_the_embedded_workbook()
    {
        var deck = DeckRenderer.Render(Plan);

        using var doc = Pptx.Open(deck.Pptx);
        var slides = Pptx.Slides(doc);
        foreach (var (slide, spec) in new[] { (slides[4], Plan.Slides.ElementAt(4).Chart!), (slides[5], Plan.Slides.ElementAt(5).Chart!) })
        {
            var chart = slide.ChartParts.Single();
            var plot = chart.ChartSpace!.Descendants<C.PlotArea>().Single();
            if (spec.Type == ChartType.Line) plot.Elements<C.LineChart>().Should().ContainSingle();
            else plot.Elements<C.BarChart>().Single().BarDirection!.Val!.Value.Should().Be(C.BarDirectionValues.Column);
            chart.ChartSpace.Descendants<C.Legend>().Should().ContainSingle();

            var cache = Pptx.ChartCache(chart);
            cache.Select(s => s.Name).Should().Equal(spec.Series.Select(s => s.Name));
            for (var i = 0; i < spec.Series.Count; i++)
            {
                cache[i].Values.Should().Equal(spec.Series[i].Values);
                cache[i].Categories.Should().Equal(spec.Categories);
            }
            chart.ChartSpace.Descendants<C.FormatCode>().First().Text.Should().Be(spec.NumberFormat);

            var cells = Pptx.WorkbookCells(chart, out _);
            for (var c = 0; c < spec.Categories.Count; c++)
            {
                cells[$"A{c + 2}"].Should().Be(spec.Categories[c]);
                for (var s = 0; s < spec.Series.Count; s++)
                {
                    var col = (char)('B' + s);
                    cells[$"{col}1"].Should().Be(spec.Series[s].Name);
                    if (spec.Series[s].Values[c] is { } v) double.Parse(cells[$"{col}{c + 2}"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(v);
                    else cells.Should().NotContainKey($"{col}{c + 2}");
                }
            }
            cache[0].Formula.Should().Be($"Data!$B$2:$B${spec.Categories.Count + 1}");
        }
    }

    [Fact]
    public void Tables_have_the_header_and_rows_of_the_spec()
    {
        var deck = DeckRenderer.Render(Plan);

        using var doc = Pptx.Open(deck.Pptx);
        Pptx.TableCells(Pptx.Slides(doc)[6]).Should().BeEquivalentTo(
            new[] { new[] { "Survei", "2023", "2024" }, ["IPAK", "3,60", "3,81"], ["IPKP", "3,55", "3,79"] }, o => o.WithStrictOrdering());
        var header = Pptx.Slides(doc)[6].Slide!.Descendants<D.TableRow>().First();
        header.Descendants<D.TableCellProperties>().Should().OnlyContain(p => p.GetFirstChild<D.SolidFill>() != null);
    }

    [Fact]
    public void Quotes_and_image_slots_are_readable_frames()
    {
        var deck = DeckRenderer.Render(Plan, images: DeckSamples.PhotoPlaceholders);

        using var doc = Pptx.Open(deck.Pptx);
        var slides = Pptx.Slides(doc);
        Pptx.AllText(slides[7]).Should().Contain("“Pencairan dana kini selesai sebelum makan siang.”").And.Contain("— Ibu Sari, Bendahara satker mitra");
        var picture = slides[3].Slide!.Descendants<P.PlaceholderShape>().Single(p => p.Type?.Value == P.PlaceholderValues.Picture);
        Pptx.Text(picture.Ancestors<P.Shape>().Single()).Should().Be("Tempel foto: Rapat pembentukan tim kerja ZI");
    }

    [Fact]
    public void Image_slots_without_a_picture_placeholder_become_dashed_frames()
    {
        var plan = DeckSamples.Plan(DeckKind.ObservasiLapangan, "Observasi", [new DeckSection("a", "A",
        [
            DeckSamples.Slide("s", SlideKind.Table, "Tabel dan foto", table: new TableSpec(["A", "B"], [["1", "2"]]),
                images: [new ImageSlot("Ruang layanan"), new ImageSlot("Papan maklumat")]),
        ])]);

        var deck = DeckRenderer.Render(plan, "kontras-tinggi", images: DeckSamples.PhotoPlaceholders);

        using var doc = Pptx.Open(deck.Pptx);
        var frames = Pptx.Slides(doc)[0].Slide!.Descendants<P.Shape>().Where(s => s.Descendants<D.PresetDash>().Any()).ToList();
        frames.Select(Pptx.Text).Should().Equal("Tempel foto: Ruang layanan", "Tempel foto: Papan maklumat");
        Pptx.ValidationErrors(deck.Pptx).Should().BeEmpty();
    }

    [Fact]
    public void The_mapping_report_says_where_each_slide_went_in_Indonesian()
    {
        var deck = DeckRenderer.Render(Plan);

        deck.Mapping[0].Should().StartWith("Templat bawaan «biru-formal»: tema «Biru Formal»");
        deck.Mapping.Should().Contain(l => l.StartsWith("Slide 1 «Pembangunan Zona Integritas KPPN Contoh» (judul) → tata letak «Slide Judul» (title): judul → placeholder judul; subjudul → placeholder subjudul"));
        deck.Mapping.Should().Contain(l => l.StartsWith("Slide 5 ") && l.Contains("grafik garis asli «Indeks Kepuasan Masyarakat» (2 seri × 3 kategori) dengan buku kerja tertanam"));
        deck.Mapping.Should().Contain(l => l.StartsWith("Slide 4 ") && l.Contains("foto «Rapat pembentukan tim kerja ZI» tidak ditampilkan (profil belum menyebut fotonya)"));
        DeckRenderer.Render(Plan, images: DeckSamples.PhotoPlaceholders).Mapping
            .Should().Contain(l => l.StartsWith("Slide 4 ") && l.Contains("bingkai foto kosong «Rapat pembentukan tim kerja ZI» → placeholder gambar (idx 1)"));
    }

    [Fact]
    public void Output_stays_small_without_needless_parts()
    {
        var deck = DeckRenderer.Render(Plan);

        using var doc = Pptx.Open(deck.Pptx);
        doc.ThumbnailPart.Should().BeNull();
        Pptx.Slides(doc).SelectMany(s => s.ImageParts).Should().BeEmpty();
        deck.Pptx.Length.Should().BeLessThan(80_000);
    }

    [Fact]
    public void Markup_characters_control_characters_and_emoji_come_back_as_written()
    {
        // The parts are written as bytes (XmlOut), not through an XML library: escaping is this test's business.
        const string tricky = "A & B <c> \"d\" 'e' ]]> 😀";
        var plan = DeckSamples.Plan(DeckKind.WawancaraVirtual, tricky,
        [
            new DeckSection("s", tricky,
            [
                DeckSamples.Slide("poin", SlideKind.Bullets, tricky, null, [new Bullet("x\u0001y\ttab & <b>"), new Bullet("baris\r\nkedua", 1)],
                    notes: "naskah & <catatan>\n\n\"kutip\" 😀"),
                DeckSamples.Slide("grafik", SlideKind.Chart, "Grafik", null, [],
                    chart: new ChartSpec(ChartType.Column, "Judul & <grafik>", ["2024 & \"25\"", "<2025>"], [new ChartSeries("Seri <1> & \"2\"", [1, 2])], "0"),
                    notes: "Naskah."),
                DeckSamples.Slide("tabel", SlideKind.Table, "Tabel", null, [],
                    table: new TableSpec(["Kolom & <1>", "\"2\""], [["a < b", "c > d & e"]]), notes: "Naskah."),
            ]),
        ]);

        var deck = DeckRenderer.Render(plan);

        Pptx.ValidationErrors(deck.Pptx).Should().BeEmpty();
        using var doc = Pptx.Open(deck.Pptx);
        var slides = Pptx.Slides(doc);
        Pptx.Title(slides[0]).Should().Be(tricky);
        Pptx.AllText(slides[0]).Should().Contain("xy\ttab & <b>").And.Contain("baris").And.Contain("kedua");
        Pptx.Notes(slides[0]).Should().Be("naskah & <catatan>\n\n\"kutip\" 😀");
        var chart = slides[1].ChartParts.Single();
        Pptx.ChartCache(chart).Single().Should().Match<(string Name, double?[] Values, string[] Categories, string Formula)>(c =>
            c.Name == "Seri <1> & \"2\"" && c.Categories.SequenceEqual(new[] { "2024 & \"25\"", "<2025>" }));
        var cells = Pptx.WorkbookCells(chart, out _);
        (cells["A2"], cells["B1"]).Should().Be(("2024 & \"25\"", "Seri <1> & \"2\""));
        Pptx.TableCells(slides[2]).Should().BeEquivalentTo(new[] { new[] { "Kolom & <1>", "\"2\"" }, new[] { "a < b", "c > d & e" } },
            o => o.WithStrictOrdering());
        doc.PackageProperties.Title.Should().Be(tricky);
    }
}

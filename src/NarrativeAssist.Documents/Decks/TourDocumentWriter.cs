using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The printable office-tour sheet for the field observation: one table row per room with its person in
/// charge, the points to show and the minutes, a total row, and an empty notes column to write in during the
/// rehearsal. Landscape A4 so the points column stays wide; the header row repeats on every page and rows do not
/// split across pages, so a printed stop is never cut in two.</summary>
public static class TourDocumentWriter
{
    public static readonly IReadOnlyList<string> Columns = ["No", "Ruangan", "Penanggung Jawab", "Poin yang Ditunjukkan", "Waktu (menit)", "Catatan"];

    // A4 landscape in twentieths of a point, 2 cm margins; column widths add up to the text width.
    private const int PageWidth = 16_838, PageHeight = 11_906, Margin = 1_134;
    private static readonly int[] Widths = [700, 2_600, 3_000, 5_200, 1_200, 1_870];
    private const string HeaderFill = "D9E2F3", TotalFill = "F2F2F2";

    public static byte[] Write(TourPlan tour)
    {
        using var stream = new MemoryStream();
        Write(stream, tour);
        return stream.ToArray();
    }

    /// <param name="output">Receives the .docx; need not be seekable.</param>
    public static void Write(TourPlan tour, Stream output) => Write(output, tour);

    /// <inheritdoc cref="Write(TourPlan, Stream)"/>
    public static void Write(Stream output, TourPlan tour)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tour);
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.Document = new Document(new Body(
                Para($"Rute Observasi Lapangan — {Dml.Clean(tour.UnitName)}", style: "Title"),
                Para($"Menuju {tour.Target} · Tahun penilaian {tour.Year} · {tour.Stops.Count} ruangan · perkiraan {tour.TotalMinutes} menit", style: "Subtitle"),
                Table(tour),
                Para("Waktu per ruangan: dua menit untuk masuk dan memperkenalkan ruangan, satu menit per poin yang ditunjukkan.", size: 18),
                Section()));
            doc.PackageProperties.Title = $"Rute Observasi Lapangan — {Dml.Clean(tour.UnitName)}";
            doc.PackageProperties.Language = "id-ID";
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Table Table(TourPlan tour)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 6, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 6, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 6, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            new TableGrid(Widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        header.Append(Columns.Select((c, i) => Cell(i, [Para(c, bold: true)], HeaderFill)));
        table.Append(header);

        if (tour.Stops.Count == 0)
            table.Append(new TableRow(Cell(0, [Para("Profil unit belum memuat daftar ruangan (bagian ruangan).", italic: true)], span: Columns.Count)));
        foreach (var stop in tour.Stops)
        {
            Paragraph[] pic = stop.PicRole is { Length: > 0 } role
                ? [Para(stop.Pic, bold: true), Para(role, italic: true)]
                : [Para(stop.Pic, bold: true)];
            Paragraph[] points = stop.Points.Count > 0 ? [.. stop.Points.Select(p => Para(p))] : [Para("")];
            table.Append(new TableRow(new TableRowProperties(new CantSplit()),
                Cell(0, [Para(stop.Number.ToString(CultureInfo.InvariantCulture), center: true)]),
                Cell(1, [Para(stop.Room, bold: true)]),
                Cell(2, pic),
                Cell(3, points),
                Cell(4, [Para(stop.Minutes.ToString(CultureInfo.InvariantCulture), center: true)]),
                Cell(5, [Para("")])));
        }

        table.Append(new TableRow(new TableRowProperties(new CantSplit()),
            Cell(0, [Para("Total waktu", bold: true)], TotalFill, span: 4),
            Cell(4, [Para(tour.TotalMinutes.ToString(CultureInfo.InvariantCulture), bold: true, center: true)], TotalFill),
            Cell(5, [Para("")], TotalFill)));
        return table;
    }

    private static TableCell Cell(int column, Paragraph[] content, string? fill = null, int span = 1)
    {
        var width = Widths.Skip(column).Take(span).Sum();
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (fill is not null) props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        var cell = new TableCell(props);
        cell.Append(content);
        return cell;
    }

    private static Paragraph Para(string text, string? style = null, bool bold = false, bool italic = false, bool center = false, int? size = null)
    {
        var pPr = new ParagraphProperties();
        if (style is not null) pPr.Append(new ParagraphStyleId { Val = style });
        if (center) pPr.Append(new Justification { Val = JustificationValues.Center });
        var rPr = new RunProperties();
        if (bold) rPr.Append(new Bold());
        if (italic) rPr.Append(new Italic());
        if (size is { } s) rPr.Append(new FontSize { Val = s.ToString(CultureInfo.InvariantCulture) });
        var p = new Paragraph();
        if (pPr.HasChildren) p.Append(pPr);
        var clean = Dml.Clean(text).Replace('\n', ' ');
        if (clean.Length == 0) return p;
        var run = new Run();
        if (rPr.HasChildren) run.Append(rPr);
        run.Append(new Text(clean) { Space = SpaceProcessingModeValues.Preserve });
        p.Append(run);
        return p;
    }

    private static SectionProperties Section() => new(
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
        new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 567, Footer = 567, Gutter = 0 });

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }, new Languages { Val = "id-ID" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
            new StyleRunProperties(new Bold(), new Color { Val = "0B3C73" }, new FontSize { Val = "36" }))
        { Type = StyleValues.Paragraph, StyleId = "Title" },
        new Style(new StyleName { Val = "Subtitle" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Color { Val = "404040" }, new FontSize { Val = "24" }))
        { Type = StyleValues.Paragraph, StyleId = "Subtitle" });
}

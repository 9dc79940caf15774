using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace NarrativeAssist.Documents.LkeWorkbook;

/// <summary>The exported workbook's few cell styles; indexes into cellXfs.</summary>
internal static class WorkbookStyles
{
    public const uint Text = 1;       // wrapped, top-aligned
    public const uint Header = 2;     // bold, wrapped, shaded, bordered
    public const uint Number = 3;     // 0.00
    public const uint Percent = 4;    // 0.00%
    public const uint BoldText = 5;
    public const uint BoldNumber = 6;
    public const uint BoldPercent = 7;
    public const uint Title = 8;

    public static Stylesheet Build() => new(
        new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Arial" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Xf(0, 0, 0, 1),
            Xf(0, 1, 2, 1),
            Xf(2, 0, 0, 1),
            Xf(10, 0, 0, 1),
            Xf(0, 1, 0, 1),
            Xf(2, 1, 0, 1),
            Xf(10, 1, 0, 1),
            Xf(0, 2, 0, 0)) { Count = 9 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Xf(uint numFmt, uint font, uint fill, uint border) => new(
        new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
    {
        NumberFormatId = numFmt, FontId = font, FillId = fill, BorderId = border, FormatId = 0,
        ApplyNumberFormat = numFmt != 0, ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyAlignment = true,
    };

    private static T Side<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
}

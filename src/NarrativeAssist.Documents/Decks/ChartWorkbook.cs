using System.Globalization;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The workbook embedded in a chart, so PowerPoint's "Edit Data" opens the figures: sheet "Data",
/// categories in A2:A(n+1), series names in row 1 from B, values below them in the chart's number format.
/// <see cref="ChartXml"/> writes formulas to exactly these cells. The six parts of this minimal .xlsx are zipped
/// directly: going through SpreadsheetDocument cost ~20 ms a chart, most of a deck's rendering time.</summary>
internal static class ChartWorkbook
{
    public const string SheetName = "Data";
    private const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string SpreadsheetMl = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /// <param name="x">Written with; its content is replaced.</param>
    public static byte[] Build(XmlOut x, ChartSpec spec)
    {
        // Stored: the workbook travels inside the .pptx zip, which compresses it anyway.
        using var zip = new ZipWriter(compress: false, capacity: 8 * 1024);
        Entry(zip, OpcXml.ContentTypesName, OpcXml.ContentTypes(x,
            [("rels", OpcXml.RelsType), ("xml", "application/xml")],
            [("/xl/workbook.xml", SpreadsheetMl + "sheet.main+xml"), ("/xl/worksheets/sheet1.xml", SpreadsheetMl + "worksheet+xml"),
             ("/xl/styles.xml", SpreadsheetMl + "styles+xml")]));
        Entry(zip, "_rels/.rels", OpcXml.Relationships(x, [new("rId1", TemplateAnalysis.Rel + "officeDocument", "xl/workbook.xml")]));
        Entry(zip, "xl/_rels/workbook.xml.rels", OpcXml.Relationships(x,
            [new("rId1", TemplateAnalysis.Rel + "worksheet", "worksheets/sheet1.xml"), new("rId2", TemplateAnalysis.Rel + "styles", "styles.xml")]));
        Entry(zip, "xl/workbook.xml", x.Document().Start("workbook").Attr("xmlns", S).Attr("xmlns:r", Dml.R.NamespaceName)
            .Start("sheets").Start("sheet").Attr("name", SheetName).Attr("sheetId", 1).Attr("r:id", "rId1").End().End()
            .End());
        Entry(zip, "xl/styles.xml", Styles(x, spec.NumberFormat));
        Entry(zip, "xl/worksheets/sheet1.xml", Sheet(x, spec));
        return zip.ToArray();
    }

    private static XmlOut Sheet(XmlOut x, ChartSpec spec)
    {
        x.Document().Start("worksheet").Attr("xmlns", S)
            .Start("cols").Start("col").Attr("min", 1).Attr("max", spec.Series.Count + 1).Attr("width", 24).Attr("customWidth", 1).End().End()
            .Start("sheetData")
            .Start("row").Attr("r", 1).TextCell("A1", "Kategori");
        for (var s = 0; s < spec.Series.Count; s++) x.TextCell(Cell(s + 1, 1), spec.Series[s].Name);
        x.End();
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            x.Start("row").Attr("r", c + 2).TextCell(Cell(0, c + 2), spec.Categories[c]);
            for (var s = 0; s < spec.Series.Count; s++)
                if (Value(spec.Series[s], c) is { } v)
                    x.Start("c").Attr("r", Cell(s + 1, c + 2)).Attr("s", 1).Leaf("v", v.ToString("R", CultureInfo.InvariantCulture)).End();
            x.End();
        }
        return x.End().End();
    }
    public static double? Value(ChartSeries series, int index) =>
        index < series.Values.Count && series.Values[index] is { } v && double.IsFinite(v) ? v : null;

    /// <summary>A1-style reference of zero-based column <paramref name="column"/> and one-based <paramref name="row"/>.</summary>
    public static string Cell(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Absolute reference with the sheet, as chart formulas need it: Data!$B$2:$B$5.</summary>
    public static string Range(int column, int firstRow, int lastRow) =>
        $"{SheetName}!${Column(column)}${firstRow}" + (lastRow > firstRow ? $":${Column(column)}${lastRow}" : "");

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>A cell holding text (inline, so the workbook needs no shared strings part).</summary>
    private static XmlOut TextCell(this XmlOut x, string reference, string text) =>
        x.Start("c").Attr("r", reference).Attr("t", "inlineStr").Start("is").Start("t").Attr("xml:space", "preserve").Text(Dml.Clean(text)).End().End().End();

    private static XmlOut Styles(XmlOut x, string numberFormat)
    {
        var general = string.IsNullOrWhiteSpace(numberFormat) || numberFormat.Equals("General", StringComparison.OrdinalIgnoreCase);
        x.Document().Start("styleSheet").Attr("xmlns", S);
        if (!general) x.Start("numFmts").Attr("count", 1).Start("numFmt").Attr("numFmtId", 164).Attr("formatCode", numberFormat).End().End();
        return x.Start("fonts").Attr("count", 1).Start("font").Empty("sz", "val", 11).Empty("name", "val", "Calibri").End().End()
            .Start("fills").Attr("count", 2)
                .Start("fill").Empty("patternFill", "patternType", "none").End()
                .Start("fill").Empty("patternFill", "patternType", "gray125").End()
            .End()
            .Start("borders").Attr("count", 1).Empty("border").End()
            .Start("cellStyleXfs").Attr("count", 1).Empty("xf").End()
            .Start("cellXfs").Attr("count", 2).Empty("xf").Start("xf").Attr("numFmtId", general ? 0 : 164).Attr("applyNumberFormat", 1).End().End()
            .End();
    }

    private static void Entry(ZipWriter zip, string name, XmlOut x) => zip.Add(name, x.Written);
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The workbook embedded in a chart, so PowerPoint's "Edit Data" opens the figures: sheet "Data",
/// categories in A2:A(n+1), series names in row 1 from B, values below them in the chart's number format.
/// <see cref="ChartXml"/> writes formulas to exactly these cells. The six parts of this minimal .xlsx are zipped
/// directly: going through SpreadsheetDocument cost ~20 ms a chart, most of a deck's rendering time.</summary>
internal static class ChartWorkbook
{
    public const string SheetName = "Data";
    private static readonly XNamespace S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Build(ChartSpec spec)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", new XElement(Ct + "Types",
                new XElement(Ct + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
                new XElement(Ct + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
                Override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                Override("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
                Override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")));
            Entry(zip, "_rels/.rels", Relationships(("rId1", "officeDocument", "xl/workbook.xml")));
            Entry(zip, "xl/_rels/workbook.xml.rels", Relationships(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml")));
            Entry(zip, "xl/workbook.xml", new XElement(S + "workbook", new XAttribute(XNamespace.Xmlns + "r", R),
                new XElement(S + "sheets", new XElement(S + "sheet", new XAttribute("name", SheetName), new XAttribute("sheetId", 1), new XAttribute(R + "id", "rId1")))));
            Entry(zip, "xl/styles.xml", Styles(spec.NumberFormat));
            Entry(zip, "xl/worksheets/sheet1.xml", Sheet(spec));
        }
        return stream.ToArray();
    }

    private static XElement Sheet(ChartSpec spec)
    {
        var rows = new List<XElement>();
        var header = new XElement(S + "row", new XAttribute("r", 1), Text("A1", "Kategori"));
        for (var s = 0; s < spec.Series.Count; s++) header.Add(Text(Cell(s + 1, 1), spec.Series[s].Name));
        rows.Add(header);
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            var row = new XElement(S + "row", new XAttribute("r", c + 2), Text(Cell(0, c + 2), spec.Categories[c]));
            for (var s = 0; s < spec.Series.Count; s++)
                if (Value(spec.Series[s], c) is { } v)
                    row.Add(new XElement(S + "c", new XAttribute("r", Cell(s + 1, c + 2)), new XAttribute("s", 1),
                        new XElement(S + "v", v.ToString("R", CultureInfo.InvariantCulture))));
            rows.Add(row);
        }
        return new XElement(S + "worksheet",
            new XElement(S + "cols", new XElement(S + "col", new XAttribute("min", 1), new XAttribute("max", spec.Series.Count + 1),
                new XAttribute("width", 24), new XAttribute("customWidth", 1))),
            new XElement(S + "sheetData", rows));
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

    private static XElement Text(string reference, string text) =>
        new(S + "c", new XAttribute("r", reference), new XAttribute("t", "inlineStr"),
            new XElement(S + "is", new XElement(S + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), Dml.Clean(text))));

    private static XElement Styles(string numberFormat)
    {
        var general = string.IsNullOrWhiteSpace(numberFormat) || numberFormat.Equals("General", StringComparison.OrdinalIgnoreCase);
        return new XElement(S + "styleSheet",
            general ? null : new XElement(S + "numFmts", new XAttribute("count", 1),
                new XElement(S + "numFmt", new XAttribute("numFmtId", 164), new XAttribute("formatCode", numberFormat))),
            new XElement(S + "fonts", new XAttribute("count", 1), new XElement(S + "font", new XElement(S + "sz", new XAttribute("val", 11)), new XElement(S + "name", new XAttribute("val", "Calibri")))),
            new XElement(S + "fills", new XAttribute("count", 2),
                new XElement(S + "fill", new XElement(S + "patternFill", new XAttribute("patternType", "none"))),
                new XElement(S + "fill", new XElement(S + "patternFill", new XAttribute("patternType", "gray125")))),
            new XElement(S + "borders", new XAttribute("count", 1), new XElement(S + "border")),
            new XElement(S + "cellStyleXfs", new XAttribute("count", 1), new XElement(S + "xf")),
            new XElement(S + "cellXfs", new XAttribute("count", 2), new XElement(S + "xf"),
                new XElement(S + "xf", new XAttribute("numFmtId", general ? 0 : 164), new XAttribute("applyNumberFormat", 1))));
    }

    private static XElement Override(string part, string type) =>
        new(Ct + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", type));

    private static XElement Relationships(params (string Id, string Type, string Target)[] rels) =>
        new(Rel + "Relationships", rels.Select(r => new XElement(Rel + "Relationship", new XAttribute("Id", r.Id),
            new XAttribute("Type", r.Type == "officeDocument"
                ? "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
                : $"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}"),
            new XAttribute("Target", r.Target))));

    private static void Entry(ZipArchive zip, string name, XElement root)
    {
        // Stored: the workbook travels inside the .pptx zip, which compresses it anyway; a deflater per entry costs more than it saves.
        using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer);
    }
}

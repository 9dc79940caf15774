using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NarrativeAssist.Domain.Workbook;

namespace NarrativeAssist.Documents.LkeWorkbook;

/// <summary>Reads an .xlsx into a <see cref="WorkbookGrid"/> with the Open XML SDK's streaming reader: every sheet's
/// rows (hidden ones flagged), cells as shown — shared strings, inline strings, formulas' cached values, numbers with
/// their percentage format — and merged ranges. The package is vetted by <see cref="PackageGuard"/> first; rows and
/// columns beyond <see cref="WorkbookLimits"/> are not read.</summary>
public static class WorkbookReader
{
    /// <summary>Vets and reads <paramref name="xlsx"/> (bytes of an .xlsx).</summary>
    /// <exception cref="DocumentRejectedException">Not a readable, safe workbook (Indonesian message).</exception>
    public static WorkbookGrid Read(byte[] xlsx, DocumentLimits? limits = null, WorkbookLimits? sheetLimits = null, CancellationToken cancel = default)
    {
        limits ??= DocumentLimits.Default;
        sheetLimits ??= WorkbookLimits.Default;
        PackageGuard.Inspect(xlsx, PackageKind.Workbook, limits, cancel);
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false,
                new OpenSettings { MaxCharactersInPart = limits.MaxCharactersInPart });
            var book = doc.WorkbookPart ?? throw Rejections.Workbook.Corrupt();
            var strings = SharedStrings(book.SharedStringTablePart);
            var percentStyles = PercentStyles(book.WorkbookStylesPart?.Stylesheet);
            var sheets = new List<WorkbookSheet>();
            foreach (var sheet in book.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                cancel.ThrowIfCancellationRequested();
                if (sheet.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part) continue; // chart sheets
                var hidden = sheet.State?.Value is { } state && state != SheetStateValues.Visible;
                sheets.Add(ReadSheet(sheet.Name?.Value ?? "", hidden, part, strings, percentStyles, sheetLimits, cancel));
                if (sheets.Count >= sheetLimits.MaxSheets) break;
            }
            return new WorkbookGrid(sheets);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or InvalidOperationException or IOException)
        {
            throw Rejections.Workbook.Corrupt(e);
        }
    }

    private static WorkbookSheet ReadSheet(string name, bool hidden, WorksheetPart part, IReadOnlyList<string> strings,
        IReadOnlySet<uint> percentStyles, WorkbookLimits limits, CancellationToken cancel)
    {
        var rows = new List<SheetRow>();
        var merges = new List<CellRange>();
        using var reader = OpenXmlReader.Create(part);
        var nextRow = 1;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                cancel.ThrowIfCancellationRequested();
                var row = (Row)reader.LoadCurrentElement()!;
                var number = (int)(row.RowIndex?.Value ?? (uint)nextRow);
                nextRow = number + 1;
                if (number > limits.MaxRows) continue;
                rows.Add(new SheetRow(number, row.Hidden?.Value == true, Cells(row, strings, percentStyles, limits)));
            }
            else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (merge.Reference?.Value is { } reference && Range(reference) is { } range) merges.Add(range);
            }
        }
        return new WorkbookSheet(name, hidden, rows, merges);
    }

    private static Dictionary<int, SheetCell> Cells(Row row, IReadOnlyList<string> strings, IReadOnlySet<uint> percentStyles, WorkbookLimits limits)
    {
        var cells = new Dictionary<int, SheetCell>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? Column(reference) ?? next : next;
            next = column + 1;
            if (column >= limits.MaxColumns) continue;
            if (Value(cell, strings, percentStyles) is { } value) cells[column] = value;
        }
        return cells;
    }

    /// <summary>The cell as shown: for a formula its cached result (a workbook saved by Excel or LibreOffice has one).</summary>
    private static SheetCell? Value(Cell cell, IReadOnlyList<string> strings, IReadOnlySet<uint> percentStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? new SheetCell(ItemText(inline)) : null;
        if (raw is null) return null;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? new SheetCell(strings[i]) : null;
        if (type == CellValues.String || type == CellValues.Error) return new SheetCell(raw);
        if (type == CellValues.Boolean) return new SheetCell(raw == "1" ? "TRUE" : "FALSE");
        if (type is null || type == CellValues.Number)
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return new SheetCell(raw);
            return SheetCell.Of(number, cell.StyleIndex?.Value is { } style && percentStyles.Contains(style));
        }
        return new SheetCell(raw); // dates as stored: the import reads no dates
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                strings.Add(ItemText((SharedStringItem)reader.LoadCurrentElement()!));
        return strings;
    }

    /// <summary>Plain and rich-text runs joined; phonetic hints (rPh) are not part of the text.</summary>
    private static string ItemText(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Ancestors<PhoneticRun>().FirstOrDefault() is null).Select(t => t.Text));

    /// <summary>Cell style indexes whose number format shows a percentage (built-in 9 and 10, or a custom code with %).</summary>
    private static HashSet<uint> PercentStyles(Stylesheet? styles)
    {
        var percentFormats = new HashSet<uint> { 9, 10 };
        foreach (var f in styles?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (f.NumberFormatId?.Value is { } id && f.FormatCode?.Value?.Replace("\"%\"", "").Contains('%') == true) percentFormats.Add(id);
        var result = new HashSet<uint>();
        uint index = 0;
        foreach (var xf in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (xf.NumberFormatId?.Value is { } id && percentFormats.Contains(id)) result.Add(index);
            index++;
        }
        return result;
    }

    /// <summary>"B12" → 1 (column index; the row comes from the row element).</summary>
    private static int? Column(string reference)
    {
        var column = 0; var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') { column = column * 26 + (c - 'A' + 1); letters++; }
            else if (c is >= 'a' and <= 'z') { column = column * 26 + (c - 'a' + 1); letters++; }
            else break;
            if (letters > 3) return null;
        }
        return letters == 0 ? null : column - 1;
    }

    private static int? RowOf(string reference)
    {
        var digits = new string(reference.SkipWhile(char.IsLetter).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;
    }

    /// <summary>"A1:C2" → rows 1–2, columns 0–2.</summary>
    private static CellRange? Range(string reference)
    {
        var parts = reference.Split(':');
        if (parts.Length != 2) return null;
        var (c1, r1, c2, r2) = (Column(parts[0]), RowOf(parts[0]), Column(parts[1]), RowOf(parts[1]));
        return c1 is null || r1 is null || c2 is null || r2 is null ? null : new CellRange(r1.Value, c1.Value, r2.Value, c2.Value);
    }
}

/// <summary>How much of a workbook the import reads. The LKE has about 250 rows and 10–15 columns.</summary>
public sealed record WorkbookLimits
{
    public static WorkbookLimits Default { get; } = new();
    public int MaxSheets { get; init; } = 20;
    public int MaxRows { get; init; } = 5_000;
    public int MaxColumns { get; init; } = 60;
}

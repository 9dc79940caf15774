using System.Globalization;

namespace NarrativeAssist.Domain.Workbook;

/// <summary>One cell as a workbook shows it: its text (shared, inline or formula result), and for numeric cells the
/// number itself, so "0.667" is never mistaken for a thousands group. <see cref="Percent"/>: the cell is formatted as a
/// percentage (Number 0.9167 shows as 91,67 %).</summary>
public sealed record SheetCell(string Text, double? Number = null, bool Percent = false)
{
    public static SheetCell Of(double number, bool percent = false) => new(Format(percent ? number * 100 : number) + (percent ? "%" : ""), number, percent);

    /// <summary>"0,6667", "3,61", "80" — decimal comma, at most four decimals.</summary>
    public static string Format(double v) => v.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',');
}

/// <summary>A row by its 1-based number as the spreadsheet shows it; cells by 0-based column index (A = 0).
/// A merged range's value sits in its top-left cell only, as in the file.</summary>
public sealed record SheetRow(int Number, bool Hidden, IReadOnlyDictionary<int, SheetCell> Cells)
{
    public SheetCell? Cell(int column) => Cells.GetValueOrDefault(column);

    public string Text(int column) => Cells.TryGetValue(column, out var c) ? c.Text.Trim() : "";

    public bool IsEmpty => Cells.Values.All(c => string.IsNullOrWhiteSpace(c.Text));
}

/// <summary>A merged range, 1-based rows and 0-based columns, inclusive.</summary>
public sealed record CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

public sealed record WorkbookSheet(string Name, bool Hidden, IReadOnlyList<SheetRow> Rows, IReadOnlyList<CellRange> Merges)
{
    /// <summary>"A", "B", … "AA": the column letter users see.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }
}

/// <summary>A workbook reduced to what the LKE import needs: its sheets' cells, rows and merges, in sheet order.</summary>
public sealed record WorkbookGrid(IReadOnlyList<WorkbookSheet> Sheets);

using NarrativeAssist.Domain.Workbook;

namespace NarrativeAssist.Domain.Tests.Workbook;

/// <summary>Small grids written row by row: each row a list of cell texts from column A (null = empty cell);
/// texts that read as invariant numbers become numeric cells, as a spreadsheet stores them.</summary>
internal static class Grids
{
    public static WorkbookSheet Sheet(string name, params (int Row, string?[] Cells)[] rows) => Sheet(name, [], rows);

    public static WorkbookSheet Sheet(string name, IReadOnlyList<CellRange> merges, params (int Row, string?[] Cells)[] rows) =>
        new(name, false, rows.Select(r => new SheetRow(r.Row, false, Cells(r.Cells))).ToList(), merges);

    public static WorkbookGrid Of(params WorkbookSheet[] sheets) => new(sheets);

    private static Dictionary<int, SheetCell> Cells(string?[] texts)
    {
        var cells = new Dictionary<int, SheetCell>();
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is not { } t) continue;
            cells[i] = double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? SheetCell.Of(n) : t.EndsWith('%') && double.TryParse(t[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p)
                    ? SheetCell.Of(p / 100, percent: true) : new SheetCell(t);
        }
        return cells;
    }
}

using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Decks;

/// <summary>How a table is laid out in its box: the text size, each column's width and each row's height (EMU), and
/// how many body rows fit (the rest go to a continuation slide, under the same header).</summary>
internal sealed record TableGeometry(int Size, IReadOnlyList<long> Columns, IReadOnlyList<long> Rows, int BodyRows, int Natural)
{
    public long Width => Columns.Sum();
    public long Height => Rows.Sum();
}

/// <summary>An a:tbl in a graphic frame. The header row is styled in the cells themselves (accent fill, bold
/// background-colored text) rather than through a table style id, because LibreOffice ignores PowerPoint's
/// built-in table styles; banded rows use bg2. Column widths and row heights come from the measured content
/// (<see cref="TextMeasurer"/>): a column gets at least its longest word and a share of the rest by how much text it
/// holds, a row is as tall as its tallest cell; the text is set as large as fits between 20 pt and the floor.</summary>
internal static class TableFrame
{
    private const long MarginX = 91_440, MarginY = 45_720;
    private const int Largest = 2000;
    private const double WidthMargin = 0.95;

    /// <summary>Lays the table out in <paramref name="box"/>: the largest size (whole points, from 20 pt down to
    /// <paramref name="floor"/>) at which every row fits, else the floor and as many rows as fit (at least one).</summary>
    public static TableGeometry Plan(TableSpec table, Rect box, TextStyle style, int floor)
    {
        var columns = Math.Max(1, Math.Max(table.Header.Count, table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max()));
        var rows = new List<IReadOnlyList<string>> { table.Header };
        rows.AddRange(table.Rows);
        var font = style.Level(0).Font;
        var start = Math.Max(Largest, floor);
        TableGeometry? last = null;
        for (var size = start; size >= floor; size -= 100)
        {
            var widths = Widths(rows, columns, box.Cx, font, size / 100.0);
            var heights = rows.Select((r, i) => RowHeight(r, widths, font, size / 100.0, bold: i == 0)).ToList();
            last = new TableGeometry(size, widths, heights, table.Rows.Count, start);
            if (heights.Sum() <= box.Cy) return last;
        }
        // At the floor: the header and as many rows as fit.
        if (table.Rows.Count <= 1) return last!;
        var kept = 1;
        long used = last!.Rows[0] + last.Rows[1];
        while (kept < table.Rows.Count && used + last.Rows[kept + 1] <= box.Cy) used += last.Rows[++kept];
        return last with { Rows = last.Rows.Take(kept + 1).ToList(), BodyRows = kept };
    }

    private static long[] Widths(List<IReadOnlyList<string>> rows, int columns, long total, string font, double size)
    {
        var min = new double[columns];
        var want = new double[columns];
        for (var c = 0; c < columns; c++)
            for (var r = 0; r < rows.Count; r++)
            {
                var text = c < rows[r].Count ? Dml.Clean(rows[r][c]) : "";
                var f = TextFonts.Resolve(font, r == 0, false);
                var longest = text.Split('\n').Select(l => TextMeasurer.Width(f, l, size)).DefaultIfEmpty(0).Max();
                min[c] = Math.Max(min[c], TextMeasurer.WidestWord(f, text, size) / WidthMargin * 12_700 + 2 * MarginX + 12_700);
                want[c] = Math.Max(want[c], longest / WidthMargin * 12_700 + 2 * MarginX + 12_700);
            }
        double sumMin = min.Sum(), sumWant = want.Sum();
        var widths = new double[columns];
        if (sumWant <= total)
            for (var c = 0; c < columns; c++) widths[c] = want[c] + (total - sumWant) * want[c] / sumWant;     // room to spare: shared by need
        else if (sumMin <= total)
        {
            var extra = sumWant - sumMin;
            for (var c = 0; c < columns; c++) widths[c] = min[c] + (total - sumMin) * (extra > 0 ? (want[c] - min[c]) / extra : 1.0 / columns);
        }
        else
            for (var c = 0; c < columns; c++) widths[c] = min[c] * total / sumMin;                             // too narrow: words will break
        var result = widths.Select(w => (long)w).ToArray();
        result[^1] += total - result.Sum(); // rounding: the columns fill the width exactly
        return result;
    }

    private static long RowHeight(IReadOnlyList<string> cells, long[] widths, string font, double size, bool bold)
    {
        var f = TextFonts.Resolve(font, bold, false);
        var line = TextMeasurer.LineHeightPerPoint(f) * size;
        var lines = 1;
        for (var c = 0; c < widths.Length; c++)
        {
            var text = c < cells.Count ? Dml.Clean(cells[c]) : "";
            var width = (widths[c] - 2 * MarginX) / 12_700.0 * WidthMargin;
            lines = Math.Max(lines, TextMeasurer.Lines(f, text, size, width, width));
        }
        // Renderers round line boxes up; a point per line keeps the text inside the row.
        return (long)((lines * (line + 1) + 2) * 12_700) + 2 * MarginY;
    }

    /// <summary>Writes the header and the first <see cref="TableGeometry.BodyRows"/> rows at the layout's sizes.</summary>
    public static void Write(XmlOut x, int id, TableSpec table, TableGeometry layout, Rect box)
    {
        var columns = layout.Columns.Count;

        void Row(IReadOnlyList<string> cells, int index)
        {
            x.Start("a:tr").Attr("h", layout.Rows[index]);
            for (var c = 0; c < columns; c++) Cell(x, c < cells.Count ? cells[c] : "", index == 0, index > 0 && index % 2 == 0, layout.Size);
            x.End();
        }

        x.StartGraphicFrame(id, $"Tabel {id - 1}", new Rect(box.X, box.Y, layout.Width, layout.Height),
                "http://schemas.openxmlformats.org/drawingml/2006/table")
            .Start("a:tbl")
            .Start("a:tblPr").Attr("firstRow", 1).Attr("bandRow", 1).End()
            .Start("a:tblGrid");
        foreach (var w in layout.Columns) x.Empty("a:gridCol", "w", w);
        x.End();
        Row(table.Header, 0);
        for (var i = 0; i < layout.BodyRows; i++) Row(table.Rows[i], i + 1);
        x.End().EndGraphicFrame();
    }

    private static void Cell(XmlOut x, string text, bool header, bool banded, int size)
    {
        x.Start("a:tc")
            .Start("a:txBody").Empty("a:bodyPr").Empty("a:lstStyle")
                .Paragraph(new Para(text, default, new RunStyle(size, Bold: header, Color: header ? "bg1" : "tx1")))
            .End()
            .Start("a:tcPr").Attr("marL", MarginX).Attr("marR", MarginX).Attr("marT", MarginY).Attr("marB", MarginY).Attr("anchor", "ctr");
        foreach (var side in (string[])["a:lnL", "a:lnR", "a:lnT", "a:lnB"])
            x.Start(side).Attr("w", 12_700).SchemeFill("tx1", alpha: 40_000).End();
        if (header) x.SchemeFill("accent1");
        else if (banded) x.SchemeFill("bg2");
        else x.NoFill();
        x.End().End();
    }
}

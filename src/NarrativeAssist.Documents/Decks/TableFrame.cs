using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Decks;

/// <summary>An a:tbl in a graphic frame. The header row is styled in the cells themselves (accent fill, bold
/// background-colored text) rather than through a table style id, because LibreOffice ignores PowerPoint's
/// built-in table styles; banded rows use bg2. Text shrinks from 20 pt only when there are many rows.</summary>
internal static class TableFrame
{
    public static void Write(XmlOut x, int id, TableSpec table, Rect box)
    {
        var columns = Math.Max(table.Header.Count, table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (columns == 0) columns = 1;
        var rows = table.Rows.Count + 1;
        var size = rows <= 6 ? 2000 : rows <= 9 ? 1800 : 1400;
        var rowHeight = Math.Max(370_840, Math.Min(box.Cy / rows, 640_080));
        var colWidth = box.Cx / columns;

        void Row(IReadOnlyList<string> cells, int index)
        {
            x.Start("a:tr").Attr("h", rowHeight);
            for (var c = 0; c < columns; c++) Cell(x, c < cells.Count ? cells[c] : "", index == 0, index > 0 && index % 2 == 0, size);
            x.End();
        }

        x.StartGraphicFrame(id, $"Tabel {id - 1}", new Rect(box.X, box.Y, colWidth * columns, rowHeight * rows),
                "http://schemas.openxmlformats.org/drawingml/2006/table")
            .Start("a:tbl")
            .Start("a:tblPr").Attr("firstRow", 1).Attr("bandRow", 1).End()
            .Start("a:tblGrid");
        for (var c = 0; c < columns; c++) x.Empty("a:gridCol", "w", colWidth);
        x.End();
        Row(table.Header, 0);
        for (var i = 0; i < table.Rows.Count; i++) Row(table.Rows[i], i + 1);
        x.End().EndGraphicFrame();
    }

    private static void Cell(XmlOut x, string text, bool header, bool banded, int size)
    {
        x.Start("a:tc")
            .Start("a:txBody").Empty("a:bodyPr").Empty("a:lstStyle")
                .Paragraph(new Para(text, default, new RunStyle(size, Bold: header, Color: header ? "bg1" : "tx1")))
            .End()
            .Start("a:tcPr").Attr("marL", 91_440).Attr("marR", 91_440).Attr("anchor", "ctr");
        foreach (var side in (string[])["a:lnL", "a:lnR", "a:lnT", "a:lnB"])
            x.Start(side).Attr("w", 12_700).SchemeFill("tx1", alpha: 40_000).End();
        if (header) x.SchemeFill("accent1");
        else if (banded) x.SchemeFill("bg2");
        else x.NoFill();
        x.End().End();
    }
}

using System.Xml.Linq;
using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>An a:tbl in a graphic frame. The header row is styled in the cells themselves (accent fill, bold
/// background-colored text) rather than through a table style id, because LibreOffice ignores PowerPoint's
/// built-in table styles; banded rows use bg2. Text shrinks from 20 pt only when there are many rows.</summary>
internal static class TableFrame
{
    public static XElement Build(int id, TableSpec table, Rect box)
    {
        var columns = Math.Max(table.Header.Count, table.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (columns == 0) columns = 1;
        var rows = table.Rows.Count + 1;
        var size = rows <= 6 ? 2000 : rows <= 9 ? 1800 : 1400;
        var rowHeight = Math.Max(370_840, Math.Min(box.Cy / rows, 640_080));
        var colWidth = box.Cx / columns;

        XElement Row(IReadOnlyList<string> cells, int index) =>
            new(A + "tr", new XAttribute("h", rowHeight), Enumerable.Range(0, columns).Select(c =>
                Cell(c < cells.Count ? cells[c] : "", index == 0, index > 0 && index % 2 == 0, size)));

        return new XElement(P + "graphicFrame",
            new XElement(P + "nvGraphicFramePr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Tabel {id - 1}")),
                new XElement(P + "cNvGraphicFramePr", new XElement(A + "graphicFrameLocks", new XAttribute("noGrp", 1))),
                new XElement(P + "nvPr")),
            PXfrm(new Rect(box.X, box.Y, colWidth * columns, rowHeight * rows)),
            new XElement(A + "graphic", new XElement(A + "graphicData", new XAttribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/table"),
                new XElement(A + "tbl",
                    new XElement(A + "tblPr", new XAttribute("firstRow", 1), new XAttribute("bandRow", 1)),
                    new XElement(A + "tblGrid", Enumerable.Range(0, columns).Select(_ => new XElement(A + "gridCol", new XAttribute("w", colWidth)))),
                    Row(table.Header, 0),
                    table.Rows.Select((r, i) => Row(r, i + 1))))));
    }

    private static XElement Cell(string text, bool header, bool banded, int size)
    {
        var color = header ? Scheme("bg1") : Scheme("tx1");
        return new XElement(A + "tc",
            new XElement(A + "txBody", new XElement(A + "bodyPr"), new XElement(A + "lstStyle"),
                Paragraph(text, null, RunProps(size, bold: header, color: color))),
            new XElement(A + "tcPr", new XAttribute("marL", 91_440), new XAttribute("marR", 91_440), new XAttribute("anchor", "ctr"),
                Border("lnL"), Border("lnR"), Border("lnT"), Border("lnB"),
                header ? SolidFill(Scheme("accent1")) : banded ? SolidFill(Scheme("bg2")) : new XElement(A + "noFill")));
    }

    private static XElement Border(string side) =>
        new(A + side, new XAttribute("w", 12_700), SolidFill(Scheme("tx1", new XElement(A + "alpha", new XAttribute("val", 40_000)))));
}

using System.Globalization;
using System.Security;
using System.Text;

namespace NarrativeAssist.Documents.Tests.LkeWorkbook;

/// <summary>A cell of a flat OpenDocument spreadsheet we write as LibreOffice's input: text (line breaks become
/// paragraphs), a number, a percentage, or a formula in OpenFormula syntax ("of:=[.C5]*AVERAGE([.F6:.F8])")
/// that LibreOffice computes. <see cref="Span"/> merges the cell over that many columns.</summary>
internal sealed record FodsCell(string? Text = null, double? Number = null, bool Percent = false, string? Formula = null, int Span = 1)
{
    public static implicit operator FodsCell(string text) => new(text);
    public static FodsCell Num(double v) => new(Number: v);
    public static FodsCell Pct(string formula) => new(Formula: formula, Percent: true);
    public static FodsCell F(string formula) => new(Formula: formula);
}

internal sealed record FodsRow(IReadOnlyList<FodsCell?> Cells, bool Hidden = false);

internal sealed record FodsSheet(string Name, IReadOnlyList<FodsRow> Rows);

/// <summary>Writes .fods text: what a unit's spreadsheet holds, made into .xlsx by LibreOffice Calc (another
/// program than our writer), so the import meets shared strings, merges and cached formula values as Calc writes them.</summary>
internal static class Fods
{
    public static string Write(params FodsSheet[] sheets)
    {
        var sb = new StringBuilder();
        sb.Append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
             xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
             xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
             xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
             <office:automatic-styles>
              <number:percentage-style style:name="N10"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
              <style:style style:name="pct" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N10"/>
              <style:style style:name="wrap" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>
             </office:automatic-styles>
             <office:body><office:spreadsheet>
            """);
        foreach (var sheet in sheets)
        {
            sb.Append($"<table:table table:name=\"{Esc(sheet.Name)}\">");
            foreach (var row in sheet.Rows)
            {
                sb.Append(row.Hidden ? "<table:table-row table:visibility=\"collapse\">" : "<table:table-row>");
                foreach (var cell in row.Cells) Cell(sb, cell);
                if (row.Cells.Count == 0) sb.Append("<table:table-cell/>");
                sb.Append("</table:table-row>");
            }
            sb.Append("</table:table>");
        }
        sb.Append("</office:spreadsheet></office:body></office:document>");
        return sb.ToString();
    }

    private static void Cell(StringBuilder sb, FodsCell? cell)
    {
        if (cell is null) { sb.Append("<table:table-cell/>"); return; }
        var span = cell.Span > 1 ? $" table:number-columns-spanned=\"{cell.Span}\" table:number-rows-spanned=\"1\"" : "";
        if (cell.Formula is { } f)
            sb.Append($"<table:table-cell{span}{(cell.Percent ? " table:style-name=\"pct\"" : "")} table:formula=\"{Esc(f)}\" office:value-type=\"{(cell.Percent ? "percentage" : "float")}\"/>");
        else if (cell.Number is { } n)
            sb.Append($"<table:table-cell{span} office:value-type=\"float\" office:value=\"{n.ToString(CultureInfo.InvariantCulture)}\"/>");
        else
        {
            sb.Append($"<table:table-cell{span} table:style-name=\"wrap\" office:value-type=\"string\">");
            foreach (var line in (cell.Text ?? "").Split('\n')) sb.Append($"<text:p>{Esc(line)}</text:p>");
            sb.Append("</table:table-cell>");
        }
        if (cell.Span > 1) sb.Append($"<table:covered-table-cell table:number-columns-repeated=\"{cell.Span - 1}\"/>");
    }

    private static string Esc(string s) => SecurityElement.Escape(s)!;
}

using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NarrativeAssist.Documents;

/// <summary>Plain text of WordprocessingML content: one line per paragraph, a table row as its cells joined
/// with " | ". Deleted revisions, field codes, drawings and controls still showing placeholder text are left out;
/// so are nested LKE-tagged controls, which carry their own question's content.</summary>
internal static class WordText
{
    public const string CellSeparator = " | ";

    /// <summary>The text of a content control, or "" when it still shows its placeholder.</summary>
    public static string OfControl(SdtElement sdt) =>
        ShowsPlaceholder(sdt) || ContentOf(sdt) is not { } content ? "" : string.Join("\n", LinesOf(content));

    public static bool ShowsPlaceholder(SdtElement sdt) =>
        sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is { } flag && (flag.Val?.Value ?? true);

    public static OpenXmlElement? ContentOf(SdtElement sdt) => sdt switch
    {
        SdtBlock b => b.SdtContentBlock,
        SdtRun r => r.SdtContentRun,
        SdtCell c => c.SdtContentCell,
        SdtRow r => r.SdtContentRow,
        _ => sdt.ChildElements.FirstOrDefault(e => e.LocalName == "sdtContent"),
    };

    /// <summary>Non-empty, trimmed lines of block-level (or run-level) content.</summary>
    public static List<string> LinesOf(OpenXmlElement content)
    {
        var lines = new List<string>();
        if (content is SdtContentRun) AddLine(lines, Inline(content));
        else AddBlocks(content, lines);
        return lines;
    }

    public static string Inline(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        AppendInline(paragraph, sb);
        return sb.ToString();
    }

    public static string Row(TableRow row) =>
        string.Join(CellSeparator, CellsOf(row).Select(Cell).Where(t => t.Length > 0));

    private static string Cell(TableCell cell) => string.Join(" ", LinesOf(cell));

    private static void AddBlocks(OpenXmlElement parent, List<string> lines)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph p: AddLine(lines, Inline(p)); break;
                case Table t: foreach (var row in RowsOf(t)) AddLine(lines, Row(row)); break;
                case TableRow r: AddLine(lines, Row(r)); break;
                case TableCell c: AddLine(lines, Cell(c)); break;
                case SdtElement s: if (Readable(s) && ContentOf(s) is { } inner) lines.AddRange(LinesOf(inner)); break;
                case OpenXmlCompositeElement when IsContainer(child): AddBlocks(child, lines); break;
            }
        }
    }

    /// <summary>Rows of a table, looking through row-level controls and custom XML but not into nested tables.</summary>
    public static IEnumerable<TableRow> RowsOf(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            if (child is TableRow row) yield return row;
            else if (child is SdtRow s) { if (Readable(s) && s.SdtContentRow is { } c) foreach (var r in RowsOf(c)) yield return r; }
            else if (child is CustomXmlRow x) foreach (var r in RowsOf(x)) yield return r;
        }
    }

    private static IEnumerable<TableCell> CellsOf(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell s) { if (Readable(s) && s.SdtContentCell is { } c) foreach (var x in CellsOf(c)) yield return x; }
            else if (child is CustomXmlCell x) foreach (var c in CellsOf(x)) yield return c;
        }
    }

    private static void AppendInline(OpenXmlElement parent, StringBuilder sb)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar or PositionalTab: sb.Append(' '); break;
                case Break b: sb.Append(IsLineBreak(b) ? '\n' : ' '); break;
                case CarriageReturn: sb.Append('\n'); break;
                case NoBreakHyphen: sb.Append('-'); break;
                case SdtElement s: if (Readable(s) && ContentOf(s) is { } inner) AppendInline(inner, sb); break;
                case OpenXmlCompositeElement when IsContainer(child): AppendInline(child, sb); break;
            }
        }
    }

    private static bool IsLineBreak(Break b) =>
        b.Type?.Value is not { } type || type == BreakValues.TextWrapping;

    private static bool Readable(SdtElement s) =>
        !ShowsPlaceholder(s) && LkeTags.Parse(s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value) is null;

    /// <summary>Elements whose children are document content, as opposed to properties, deleted or moved-away
    /// revisions, drawings (text boxes would duplicate in their fallback) and math.</summary>
    private static bool IsContainer(OpenXmlElement e) => e is not (
        ParagraphProperties or RunProperties or TableProperties or TableRowProperties or TableCellProperties
        or SectionProperties or SdtProperties or SdtEndCharProperties or DeletedRun or MoveFromRun
        or Drawing or Picture or EmbeddedObject or AlternateContent);

    private static void AddLine(List<string> lines, string text)
    {
        foreach (var part in text.Split('\n'))
        {
            var line = part.Trim();
            if (line.Length > 0) lines.Add(line);
        }
    }
}

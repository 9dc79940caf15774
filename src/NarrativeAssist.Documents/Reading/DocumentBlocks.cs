using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NarrativeAssist.Documents;

/// <summary>A paragraph or table row of the body in reading order; headings are marked because a heading
/// is allowed to carry more words than a plain line and still count as an outline entry.</summary>
internal sealed record Block(string Text, bool IsHeading);

/// <summary>Flattens a body into <see cref="Block"/>s, looking through untagged content controls and custom XML.</summary>
internal static class DocumentBlocks
{
    public static List<Block> Of(MainDocumentPart main)
    {
        var blocks = new List<Block>();
        if (main.Document?.Body is { } body) Add(body, new HeadingStyles(main.StyleDefinitionsPart?.Styles), blocks);
        return blocks;
    }

    private static void Add(OpenXmlElement parent, HeadingStyles headings, List<Block> blocks)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    var text = WordText.Inline(p).Trim();
                    if (text.Length > 0) blocks.Add(new Block(text, headings.IsHeading(p)));
                    break;
                case Table t:
                    foreach (var row in WordText.RowsOf(t))
                        if (WordText.Row(row) is { Length: > 0 } rowText) blocks.Add(new Block(rowText, false));
                    break;
                case SdtBlock s when !WordText.ShowsPlaceholder(s) && s.SdtContentBlock is { } content:
                    Add(content, headings, blocks);
                    break;
                case CustomXmlBlock x:
                    Add(x, headings, blocks);
                    break;
            }
        }
    }
}

/// <summary>Tells heading paragraphs by outline level or by a heading/title style, following basedOn chains.</summary>
internal sealed class HeadingStyles
{
    private const int BodyTextLevel = 9;
    private readonly Dictionary<string, Style> _styles;

    public HeadingStyles(Styles? styles) =>
        _styles = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
                      .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First())
                  ?? [];

    public bool IsHeading(Paragraph p)
    {
        var props = p.ParagraphProperties;
        if (props?.OutlineLevel?.Val?.Value is { } own) return own < BodyTextLevel;
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 10; depth++)
        {
            if (LooksLikeHeading(styleId)) return true;
            if (!_styles.TryGetValue(styleId, out var style)) return false;
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level) return level < BodyTextLevel;
            if (style.StyleName?.Val?.Value is { } name && LooksLikeHeading(name)) return true;
            styleId = style.BasedOn?.Val?.Value;
        }
        return false;
    }

    private static bool LooksLikeHeading(string name) =>
        name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("judul", StringComparison.OrdinalIgnoreCase)
        || name.Equals("title", StringComparison.OrdinalIgnoreCase);
}

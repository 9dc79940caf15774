using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NarrativeAssist.Documents;

/// <summary>Markdown (a narrative template) as WordprocessingML paragraphs, for inserting into a .docx on the server
/// (the Word pane uses the HTML with insertHtml instead). Paragraphs, bold/italic, line breaks, bullet and numbered
/// lists and headings (as bold paragraphs); placeholders such as "[nomor SK]" are highlighted for the writer to fill.</summary>
public static class MarkdownWordprocessing
{
    public static IReadOnlyList<Paragraph> ToParagraphs(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown ?? "", NarrativeTemplate.Pipeline);
        var paragraphs = new List<Paragraph>();
        foreach (var block in document) AddBlock(block, paragraphs, level: 0);
        return paragraphs;
    }

    private static void AddBlock(Markdig.Syntax.Block block, List<Paragraph> output, int level)
    {
        switch (block)
        {
            case HeadingBlock heading:
                output.Add(Paragraph(heading.Inline, bold: true));
                break;
            case ParagraphBlock paragraph:
                output.Add(Paragraph(paragraph.Inline));
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var marker = list.IsOrdered ? $"{number++}. " : "• ";
                    var first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock p)
                        {
                            var para = Paragraph(p.Inline, prefix: marker);
                            Indent(para, level + 1);
                            output.Add(para);
                        }
                        else AddBlock(child, output, level + 1);
                        first = false;
                    }
                }
                break;
            case ContainerBlock container:
                foreach (var child in container) AddBlock(child, output, level);
                break;
        }
    }

    private static void Indent(Paragraph p, int level) =>
        p.PrependChild(new ParagraphProperties(new Indentation { Left = (360 * level).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }));

    private static Paragraph Paragraph(ContainerInline? inlines, bool bold = false, string? prefix = null)
    {
        var paragraph = new Paragraph();
        if (prefix is not null) paragraph.Append(TextRun(prefix, bold: false, italic: false));
        if (inlines is not null) AddInlines(inlines, paragraph, bold, italic: false);
        return paragraph;
    }

    private static void AddInlines(ContainerInline container, Paragraph paragraph, bool bold, bool italic)
    {
        // Markdig splits "[nomor SK]" into several literals (a link that did not form): join adjacent text first.
        var text = new System.Text.StringBuilder();
        void Flush() { if (text.Length > 0) { AddText(text.ToString(), paragraph, bold, italic); text.Clear(); } }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case EmphasisInline emphasis:
                    Flush();
                    AddInlines(emphasis, paragraph, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard) { Flush(); paragraph.Append(new Run(new Break())); }
                    else text.Append(' ');
                    break;
                case ContainerInline nested:   // links: their text
                    Flush();
                    AddInlines(nested, paragraph, bold, italic);
                    break;
            }
        }
        Flush();
    }

    /// <summary>Text split so every placeholder is its own highlighted run.</summary>
    private static void AddText(string text, Paragraph paragraph, bool bold, bool italic)
    {
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in NarrativeTemplate.Placeholder().Matches(text))
        {
            if (m.Index > at) paragraph.Append(TextRun(text[at..m.Index], bold, italic));
            var run = TextRun(m.Value, bold, italic);
            (run.RunProperties ??= new RunProperties()).Append(new Highlight { Val = HighlightColorValues.Yellow });
            paragraph.Append(run);
            at = m.Index + m.Length;
        }
        if (at < text.Length) paragraph.Append(TextRun(text[at..], bold, italic));
    }

    private static Run TextRun(string text, bool bold, bool italic)
    {
        var run = new Run();
        if (bold || italic)
        {
            var props = new RunProperties();
            if (bold) props.Append(new Bold());
            if (italic) props.Append(new Italic());
            run.Append(props);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}

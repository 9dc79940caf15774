using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NarrativeAssist.Documents;

/// <summary>The Markdown subset narrative templates use (paragraphs, lists, emphasis, headings, quotes; raw HTML is
/// never passed through), made safe for Word's insertHtml and the web app: images become their alt text (no remote
/// images, no data: URLs), links keep their text and only an http(s) or mailto target, anything else (javascript:,
/// data:, file:, relative) is dropped. Applied when library text is written and again whenever HTML is produced.</summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePreciseSourceLocation().Build();

    public static bool IsSafeTarget(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    /// <summary>The document with every unsafe image and link replaced by its text.</summary>
    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline)
    {
        var doc = Markdig.Markdown.Parse(markdown, pipeline);
        foreach (var link in doc.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && IsSafeTarget(link.Url)) continue;
            if (link.IsImage) link.ReplaceBy(new LiteralInline(TextOf(link)));
            else
            {
                foreach (var child in link.ToList())
                {
                    child.Remove();
                    link.InsertBefore(child);
                }
                link.Remove();
            }
        }
        foreach (var auto in doc.Descendants<AutolinkInline>().ToList())
            if (!auto.IsEmail && !IsSafeTarget(auto.Url)) auto.ReplaceBy(new LiteralInline(""));
        return doc;
    }

    /// <summary>The Markdown text itself with unsafe images and links replaced by their text, for storing.</summary>
    public static string Clean(string markdown)
    {
        var doc = Markdig.Markdown.Parse(markdown, Pipeline);
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var link in doc.Descendants<LinkInline>())
            if (link.IsImage || !IsSafeTarget(link.Url))
                edits.Add((link.Span.Start, link.Span.Length, link.IsImage ? TextOf(link) : LabelSource(markdown, link)));
        foreach (var auto in doc.Descendants<AutolinkInline>())
            if (!auto.IsEmail && !IsSafeTarget(auto.Url)) edits.Add((auto.Span.Start, auto.Span.Length, ""));
        var text = markdown;
        // From the end, so earlier offsets stay valid; nested links (inside an unsafe outer one) are covered by it.
        foreach (var (start, length, replacement) in edits.OrderByDescending(e => e.Start).DistinctBy(e => e.Start))
            if (start >= 0 && start + length <= text.Length) text = text[..start] + replacement + text[(start + length)..];
        return text;
    }

    private static string TextOf(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static string LabelSource(string markdown, LinkInline link)
    {
        if (link.FirstChild is null) return "";
        var start = link.FirstChild.Span.Start;
        var end = link.LastChild!.Span.End;
        return start >= 0 && end >= start && end < markdown.Length ? markdown[start..(end + 1)] : TextOf(link);
    }
}

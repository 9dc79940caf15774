using System.Text.RegularExpressions;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Documents;

/// <summary>A narrative template: Markdown with YAML front matter (questionId, judul, jawaban_disarankan, sumber).
/// Rendered to HTML with Markdig for Word's insertHtml; placeholders such as "[nomor SK]" are marked so the writer
/// sees what to fill.</summary>
public sealed partial record NarrativeTemplate(string QuestionId, string Title, string? SuggestedAnswer, string Source, string Markdown)
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    [GeneratedRegex(@"\[(?<name>[a-z][A-Za-z0-9 /\-]{1,40})\]")]
    internal static partial Regex Placeholder();

    /// <summary>The body as HTML; raw HTML in the Markdown is not passed through, images and links other than http(s)
    /// or mailto are reduced to their text (<see cref="SafeMarkdown"/>), whatever the stored text holds.</summary>
    public string Html => Placeholder().Replace(SafeMarkdown.Parse(Markdown, Pipeline).ToHtml(Pipeline), m => $"<mark class=\"placeholder\">{m.Value}</mark>");

    /// <summary>Placeholders left in a text ("[nomor SK]"), for writers and the checker.</summary>
    public static IReadOnlyList<string> PlaceholdersIn(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().ToList();

    public static NarrativeTemplate Parse(string text, string sourceName)
    {
        text = text.Replace("\r\n", "\n").TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) throw new FormatException($"{sourceName}: front matter (---) tidak ada");
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0) throw new FormatException($"{sourceName}: front matter tidak ditutup (---)");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
        var id = Get("questionId") ?? throw new FormatException($"{sourceName}: questionId tidak ada");
        var body = text[(end + 4)..].TrimStart('\n').Trim();
        return new NarrativeTemplate(id, Get("judul") ?? id, Get("jawaban_disarankan"), Get("sumber") ?? "bawaan", body);
    }
}

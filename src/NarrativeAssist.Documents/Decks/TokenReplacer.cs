using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Replaces <c>{{name}}</c> tokens in the text of a slide (shapes, tables, groups). PowerPoint and
/// LibreOffice split text into runs wherever formatting, spell-checking or editing history changes, so a token
/// is matched on the paragraph's joined text and rewritten across the runs it spans: the replacement goes into
/// the run where the token starts (keeping that run's formatting), the rest of the token is cut from the others.</summary>
internal static partial class TokenReplacer
{
    [GeneratedRegex(@"\{\{\s*([^{}]+?)\s*\}\}")]
    private static partial Regex Token();

    public static bool HasTokens(OpenXmlElement root) =>
        root.Descendants<D.Paragraph>().Any(p => Token().IsMatch(TextOf(p)));

    /// <summary>Replaces known tokens; returns each token seen with its replacement (null when unknown, left as is).</summary>
    public static List<(string Token, string? Value)> Replace(OpenXmlElement root, IReadOnlyDictionary<string, string> values)
    {
        var seen = new List<(string, string?)>();
        foreach (var paragraph in root.Descendants<D.Paragraph>().ToList())
        {
            var runs = paragraph.Elements<D.Run>().Where(r => r.Text is not null).ToList();
            var text = string.Concat(runs.Select(r => r.Text!.Text));
            var matches = Token().Matches(text);
            if (matches.Count == 0) continue;
            var here = new List<(string, string?)>();
            foreach (var match in matches.Reverse()) // from the end, so earlier offsets stay valid
            {
                var key = match.Groups[1].Value.Trim();
                var value = Lookup(values, key);
                here.Insert(0, ($"{{{{{key}}}}}", value));
                if (value is not null) Splice(runs, match.Index, match.Length, Dml.Clean(value).Replace('\n', ' '));
            }
            seen.AddRange(here);
        }
        return seen;
    }

    private static string? Lookup(IReadOnlyDictionary<string, string> values, string key)
    {
        if (values.TryGetValue(key, out var v)) return v;
        foreach (var (k, value) in values)
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    /// <summary>Cuts characters [start, start+length) of the runs' joined text and puts <paramref name="value"/> there.</summary>
    private static void Splice(List<D.Run> runs, int start, int length, string value)
    {
        var offset = 0;
        var inserted = false;
        foreach (var run in runs)
        {
            var t = run.Text!;
            var s = t.Text;
            int from = Math.Max(start - offset, 0), to = Math.Min(start + length - offset, s.Length);
            if (from < to)
            {
                var sb = new StringBuilder(s[..from]);
                if (!inserted) { sb.Append(value); inserted = true; }
                sb.Append(s[to..]);
                t.Text = sb.ToString();
            }
            offset += s.Length;
        }
    }

    public static string TextOf(D.Paragraph p) => string.Concat(p.Elements<D.Run>().Select(r => r.Text?.Text));
}

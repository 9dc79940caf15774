using System.Globalization;
using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Documents;

/// <summary>Turns an answer as typed or picked in Word into its canonical form through the domain's
/// <see cref="AnswerParser"/> ("ya" → "Ya", "A — Jika …" → "A", "3.45" → "3,45"). Unrecognised answers are
/// returned as written, with a warning, so the check can report them.</summary>
internal static partial class AnswerText
{
    [GeneratedRegex(@"^\s*jawaban\s*[:=]\s*(?<answer>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLine();

    public static string? Normalize(Question q, string? raw, ICollection<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(raw) || Placeholders.IsPlaceholder(raw)) return null;
        var text = raw.Trim();
        if (AnswerParser.TryParse(q, text, out var value, out _)) return value.ToString();
        var expected = q.IsNumeric ? RangeOf(q.AnswerType.Numeric!) : string.Join(", ", q.Options.Select(o => o.Code));
        warnings.Add($"Jawaban \"{Shorten(text)}\" untuk {q.Id} tidak dikenali (seharusnya {expected}); jawaban dibiarkan apa adanya.");
        return text;
    }

    /// <summary>Splits a leading "Jawaban: A" line from a narrative (an empty "Jawaban:" line goes too).</summary>
    public static (string Text, string? Answer) SplitAnswerLine(string narrative)
    {
        var firstBreak = narrative.IndexOf('\n');
        var first = firstBreak < 0 ? narrative : narrative[..firstBreak];
        var m = AnswerLine().Match(first);
        if (!m.Success) return (narrative, null);
        var rest = firstBreak < 0 ? "" : narrative[(firstBreak + 1)..];
        var answer = m.Groups["answer"].Value.Trim();
        return (rest.Trim(), answer.Length == 0 ? null : answer);
    }

    public static string RangeOf(NumericScale scale) =>
        $"{scale.Unit} {Format(scale.Min)}–{Format(scale.Max)}";

    private static string Format(double v) => v.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

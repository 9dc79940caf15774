using System.Globalization;
using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>Turns an answer as typed or picked in Word into the question's option code ("ya" → "Ya",
/// "A: seluruh …" → "A", "A — Jika …" → "A") or, for numeric items, a number in Indonesian notation ("85", "3,45").
/// Unrecognised answers are returned as written, with a warning, so the checker can report them.</summary>
internal static partial class AnswerText
{
    [GeneratedRegex(@"^\s*(?<code>\p{L}+)(?=$|[\s:.)\-–—,;])")]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"^\s*(?<int>\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](?<frac>\d+))?\s*(?:%|persen)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*jawaban\s*[:=]\s*(?<answer>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLine();

    public static string? Normalize(Question q, string? raw, ICollection<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(raw) || Placeholders.IsPlaceholder(raw)) return null;
        var text = raw.Trim();
        var normalized = q.IsNumeric ? NumberOf(text) : CodeOf(q, text);
        if (normalized is not null) return normalized;
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

    private static string? CodeOf(Question q, string text)
    {
        var word = LeadingWord().Match(text);
        if (word.Success && q.FindOption(word.Groups["code"].Value) is { } option) return option.Code;
        // A pasted option description ("Jika dengan prosedur …") identifies its option too.
        return q.Options.FirstOrDefault(o => o.Penjelasan.Length > 0 && o.Penjelasan.Trim().Equals(text, StringComparison.OrdinalIgnoreCase))?.Code;
    }

    private static string? NumberOf(string text)
    {
        var m = Number().Match(text);
        if (!m.Success) return null;
        var integer = m.Groups["int"].Value.Replace(".", "", StringComparison.Ordinal);
        var fraction = m.Groups["frac"].Success ? "," + m.Groups["frac"].Value : "";
        return integer.TrimStart('0').PadLeft(1, '0') + fraction;
    }

    private static string Format(double v) => v.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

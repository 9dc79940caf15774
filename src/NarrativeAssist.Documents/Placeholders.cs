using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>The skeleton's placeholder texts. The reader also takes them for "nothing written yet" when an editor
/// has dropped the placeholder flag or the controls themselves (LibreOffice 7.4 keeps the text but not the tags).</summary>
internal static partial class Placeholders
{
    public const string Narrative = "Tulis narasi: apa yang dilakukan, oleh siapa, kapan, dasar SK, hasil dan bukti dukung.";
    public const string Answer = "Pilih jawaban";

    public static string NumericHint(NumericScale scale) => "isi " + AnswerText.RangeOf(scale);

    [GeneratedRegex(@"^isi \p{L}+ [\d,]+–[\d,]+$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericHintPattern();

    public static bool IsPlaceholder(string text)
    {
        var t = text.Trim();
        return t.Equals(Narrative, StringComparison.OrdinalIgnoreCase)
               || t.Equals(Answer, StringComparison.OrdinalIgnoreCase)
               || NumericHintPattern().IsMatch(t);
    }
}

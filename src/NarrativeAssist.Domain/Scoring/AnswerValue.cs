using System.Globalization;
using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>A normalised answer to one question: an option code, or a number (persen 0–100, indeks 1–4),
/// or the raw inputs of a percentage item's formula.</summary>
public sealed record AnswerValue(string? Code, double? Number, IReadOnlyDictionary<string, double>? Inputs)
{
    /// <summary>The canonical answer as Indonesians write it: "Ya", "A", "85", "3,61", or the inputs.</summary>
    public override string ToString() =>
        Code ?? (Number is { } n ? AnswerParser.FormatNumber(n)
            : string.Join(", ", Inputs!.Select(kv => $"{kv.Key}={AnswerParser.FormatNumber(kv.Value)}")));

    /// <summary>The question value 0..1, or NaN when the formula is undefined (e.g. division by zero).</summary>
    public double ValueFor(Question q)
    {
        if (Code is not null) return q.FindOption(Code)!.Value;
        if (Inputs is not null) return Math.Clamp(q.Formula!.Evaluate(Inputs), 0, 1); // NaN stays NaN
        var n = Number!.Value;
        return q.AnswerType.Numeric!.Unit == "indeks" ? Math.Clamp(n / 4, 0, 1) : Math.Clamp(n / 100, 0, 1);
    }
}

/// <summary>Reads what users type or pick as an answer — "ya", "A", "A: seluruh …", "A — Jika …", a pasted option
/// explanation, "95", "95 %", "3,58" — for the CLI, the API and the Word reader alike.</summary>
public static partial class AnswerParser
{
    [GeneratedRegex(@"^\s*(?<code>\p{L}+)(?=$|[\s:.)\-–—,;])")]
    private static partial Regex LeadingWord();

    public static AnswerValue Parse(Question q, string raw) =>
        TryParse(q, raw, out var value, out var error) ? value : throw new InvalidAnswerException(q.Id, error);

    public static bool TryParse(Question q, string raw, out AnswerValue value, out string error)
    {
        value = null!; error = "";
        var s = raw.Trim();
        if (q.AnswerType.Numeric is { } scale)
        {
            var number = Regex.Replace(s, @"\s*(%|persen)\s*$", "", RegexOptions.IgnoreCase);
            if (!IndonesianNumber.TryParse(number, out var v, out _))
                error = $"jawaban {q.Id} harus angka {Range(scale)}, ditemukan \"{Trunc(raw)}\"";
            else if (v < scale.Min || v > scale.Max)
                error = $"jawaban {q.Id} harus {Range(scale)}, ditemukan {Trunc(s)}";
            else value = new AnswerValue(null, v, null);
            return error.Length == 0;
        }
        var word = LeadingWord().Match(s);
        var option = (word.Success ? q.FindOption(word.Groups["code"].Value) : null)
            ?? q.Options.FirstOrDefault(o => o.Penjelasan.Length > 0 && o.Penjelasan.Trim().Equals(s, StringComparison.OrdinalIgnoreCase));
        if (option is null)
        {
            error = $"jawaban {q.Id} harus salah satu dari {string.Join(", ", q.Options.Select(o => o.Code))}, ditemukan \"{Trunc(raw)}\"";
            return false;
        }
        value = new AnswerValue(option.Code, null, null);
        return true;
    }

    /// <summary>"3,61", "85", "1250" — decimal comma, no grouping, so it parses back the same.</summary>
    public static string FormatNumber(double v) => v.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A percentage item answered with its counts, e.g. {n_agen: 10, n_perubahan: 8}.</summary>
    public static AnswerValue FromInputs(Question q, IReadOnlyDictionary<string, double> inputs)
    {
        if (q.Formula is null || q.Inputs.Count == 0)
            throw new InvalidAnswerException(q.Id, $"pertanyaan {q.Id} tidak dihitung dari masukan; isi jawabannya langsung");
        var needed = q.Formula!.Variables;
        var missing = needed.Where(v => !inputs.ContainsKey(v)).ToList();
        if (missing.Count > 0)
            throw new InvalidAnswerException(q.Id, $"jawaban {q.Id} kurang masukan: {string.Join(", ", missing.Select(m => $"{m} ({q.Inputs.First(i => i.Key == m).Label})"))}");
        var unknown = inputs.Keys.Where(k => q.Inputs.All(i => i.Key != k)).ToList();
        if (unknown.Count > 0)
            throw new InvalidAnswerException(q.Id, $"jawaban {q.Id}: masukan tidak dikenal {string.Join(", ", unknown)}; yang dikenal: {string.Join(", ", q.Inputs.Select(i => i.Key))}");
        if (inputs.Values.Any(v => v < 0 || double.IsNaN(v)))
            throw new InvalidAnswerException(q.Id, $"jawaban {q.Id}: jumlah tidak boleh negatif");
        return new AnswerValue(null, null, inputs);
    }

    private static string Range(NumericScale s) => s.Unit == "indeks" ? "indeks 1–4" : "persen 0–100";
    private static string Trunc(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

/// <summary>An answer that does not fit its question's scale. Message in Indonesian.</summary>
public sealed class InvalidAnswerException(string questionId, string message) : Exception(message)
{
    public string QuestionId { get; } = questionId;
}

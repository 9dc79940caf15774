using System.Globalization;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Decks;

/// <summary>How an indicator's values go on a chart: divided into ribu, juta, miliar or triliun when large (an axis of
/// "Rp176,4 M" instead of "176.420.000.000"), with a spreadsheet number format that carries the unit, and the label the
/// chart title gives it ("Rp miliar", "menit", "persen").</summary>
public sealed record ChartScale(double Divisor, string NumberFormat, string Label)
{
    public double Apply(double value) => value / Divisor;

    public static ChartScale For(IndikatorKinerja indicator, int decimals)
    {
        var values = indicator.Nilai.Values.Append(indicator.Target ?? 0).Select(Math.Abs).ToList();
        var max = values.Max();
        return indicator.Satuan switch
        {
            Satuan.Rupiah => Scaled(max, values, "\"Rp\"", "Rp", "rupiah"),
            Satuan.Jumlah when max >= 10_000 => Scaled(max, values, "", "", "jumlah"),
            Satuan.Persen => new(1, Digits(decimals) + "\"%\"", "persen"),
            Satuan.Menit => new(1, Digits(decimals) + "\" menit\"", "menit"),
            Satuan.Hari => new(1, Digits(decimals) + "\" hari\"", "hari"),
            Satuan.Jumlah => new(1, Digits(decimals), "jumlah"),
            _ => new(1, Digits(decimals), "indeks"),
        };
    }

    private static readonly (double Size, string Short, string Word)[] Units =
        [(1e12, "T", "triliun"), (1e9, "M", "miliar"), (1e6, "jt", "juta"), (1e3, "rb", "ribu")];

    private static ChartScale Scaled(double max, IReadOnlyList<double> values, string prefix, string labelPrefix, string plain)
    {
        foreach (var (size, shortName, word) in Units)
        {
            if (max < size) continue;
            // One decimal when the scaled values need it (176,4 M), none when they are whole (12 jt).
            var whole = values.All(v => Math.Abs(v / size - Math.Round(v / size)) < 1e-9);
            var label = (labelPrefix.Length > 0 ? labelPrefix + " " : "") + word;
            return new(size, prefix + (whole ? "#,##0" : "#,##0.0") + $"\" {shortName}\"", label);
        }
        return new(1, prefix + "#,##0", plain);
    }

    private static string Digits(int decimals) => decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label} ÷{Divisor}");
}

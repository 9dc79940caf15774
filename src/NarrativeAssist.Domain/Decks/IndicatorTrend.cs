using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Decks;

/// <summary>How a performance indicator moved between its last two periods and against its target.</summary>
public sealed record IndicatorTrend(IndikatorKinerja Indicator, int Decimals)
{
    public int LatestYear => Indicator.Nilai.Keys.Max();
    public double Latest => Indicator.Nilai[LatestYear];
    public int? PreviousYear => Indicator.Nilai.Count > 1 ? Indicator.Nilai.Keys.Where(y => y < LatestYear).Max() : null;
    public double? Previous => PreviousYear is { } y ? Indicator.Nilai[y] : null;
    public int FirstYear => Indicator.Nilai.Keys.Min();
    public double First => Indicator.Nilai[FirstYear];

    /// <summary>True when the latest value is better than the previous one; null with a single period.</summary>
    public bool? Improved => Previous is { } p ? (Indicator.LebihTinggiLebihBaik ? Latest > p : Latest < p) : null;

    public bool Unchanged => Previous is { } p && Latest == p;

    /// <summary>True when the latest value meets the target; null without a target.</summary>
    public bool? MetTarget => Indicator.Target is { } t ? (Indicator.LebihTinggiLebihBaik ? Latest >= t : Latest <= t) : null;

    /// <summary>Improvement from the first to the latest period relative to the first value (for ranking).</summary>
    public double RelativeGain => First == 0 ? 0 : (Indicator.LebihTinggiLebihBaik ? Latest - First : First - Latest) / Math.Abs(First);

    public static IndicatorTrend Of(IndikatorKinerja indicator)
    {
        var values = indicator.Nilai.Values.ToList();
        if (indicator.Target is { } t) values.Add(t);
        return new IndicatorTrend(indicator, Wording.Decimals(values));
    }

    public string Format(double v) => Wording.Value(v, Indicator.Satuan, Decimals);

    /// <summary>"naik dari 3,45 (2023) menjadi 3,58 (2024)"; "tetap 99,6% (2023–2024)"; "3,58 (2024)".</summary>
    public string Movement()
    {
        if (Previous is not { } p || PreviousYear is not { } py) return $"{Format(Latest)} ({LatestYear})";
        if (Unchanged) return $"tetap {Format(Latest)} ({py}–{LatestYear})";
        var verb = Latest > p ? "naik" : "turun";
        return $"{verb} dari {Format(p)} ({py}) menjadi {Format(Latest)} ({LatestYear})";
    }

    /// <summary>"52 → 31 menit" style, first period to latest, for compact slides.</summary>
    public string Arrow() => $"{Format(First)} ({FirstYear}) → {Format(Latest)} ({LatestYear})";

    /// <summary>Against the target, as a clause: "melampaui target 3,5" / "belum mencapai target 8"; null without target.</summary>
    public string? TargetClause() => Indicator.Target is not { } t ? null
        : MetTarget == true ? $"{(Latest == t ? "mencapai" : "melampaui")} target {Format(t)}"
        : $"belum mencapai target {Format(t)}";
}

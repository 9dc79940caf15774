using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Decks;

/// <summary>How a performance indicator moved from its baseline — the first year the profile gives, the same one on
/// every slide of both decks — to its latest year, whether the last period still went the right way, and where it
/// stands against its target. Every sentence follows the indicator's direction (<see cref="IndikatorKinerja.LebihTinggiLebihBaik"/>):
/// a waiting time that falls below its target is "di bawah target", never "melampaui target".</summary>
public sealed record IndicatorTrend(IndikatorKinerja Indicator, int Decimals)
{
    public int LatestYear => Indicator.Nilai.Keys.Max();
    public double Latest => Indicator.Nilai[LatestYear];
    public int? PreviousYear => Indicator.Nilai.Count > 1 ? Indicator.Nilai.Keys.Where(y => y < LatestYear).Max() : null;
    public double? Previous => PreviousYear is { } y ? Indicator.Nilai[y] : null;

    /// <summary>The baseline: the first year of the indicator in the profile.</summary>
    public int FirstYear => Indicator.Nilai.Keys.Min();
    public double First => Indicator.Nilai[FirstYear];

    public bool LowerIsBetter => !Indicator.LebihTinggiLebihBaik;

    /// <summary>True when the latest value is better than the previous one; null with a single period. Seed 004 asks
    /// for every indicator to improve on the period before, so this (not the baseline) decides "belum membaik".</summary>
    public bool? Improved => Previous is { } p ? Better(Latest, p) : null;

    /// <summary>True when the latest value is better than the baseline; null with a single period.</summary>
    public bool? ImprovedSinceBaseline => Indicator.Nilai.Count > 1 ? Better(Latest, First) : null;

    public bool Unchanged => Previous is { } p && Latest == p;

    /// <summary>True when the latest value meets the target; null without a target.</summary>
    public bool? MetTarget => Indicator.Target is { } t ? (Indicator.LebihTinggiLebihBaik ? Latest >= t : Latest <= t) : null;

    /// <summary>Improvement from the baseline to the latest period relative to the baseline (for ranking).</summary>
    public double RelativeGain => First == 0 ? 0 : (Indicator.LebihTinggiLebihBaik ? Latest - First : First - Latest) / Math.Abs(First);

    /// <summary>Worse than the period before, or short of the target: the script must name corrective steps.</summary>
    public bool NeedsCorrection => Improved == false || MetTarget == false;

    public static IndicatorTrend Of(IndikatorKinerja indicator)
    {
        var values = indicator.Nilai.Values.ToList();
        if (indicator.Target is { } t) values.Add(t);
        return new IndicatorTrend(indicator, Wording.Decimals(values));
    }

    public string Format(double v) => Wording.Value(v, Indicator.Satuan, Decimals);

    /// <summary>Baseline to latest: "turun dari 52 menit (2022) menjadi 31 menit (2024)"; with a last period that went
    /// the other way, it says so ("…, meski naik dari 9 pada 2023"); "tetap 99,6% (2022–2024)"; "3,58 (2024)".</summary>
    public string Movement()
    {
        if (Indicator.Nilai.Count < 2) return $"{Format(Latest)} ({LatestYear})";
        if (Latest == First) return $"tetap {Format(Latest)} ({FirstYear}–{LatestYear})" + LastPeriodAside();
        var verb = Latest > First ? "naik" : "turun";
        return $"{verb} dari {Format(First)} ({FirstYear}) menjadi {Format(Latest)} ({LatestYear})" + LastPeriodAside();
    }

    /// <summary>The last period's move when it runs against the baseline-to-latest one (the honest "but").</summary>
    private string LastPeriodAside()
    {
        if (Previous is not { } p || PreviousYear is not { } py || py == FirstYear || p == Latest) return "";
        var overall = Math.Sign(Latest - First);
        var last = Math.Sign(Latest - p);
        if (overall != 0 && last == overall) return "";
        return $", meski {(last > 0 ? "naik" : "turun")} dari {Format(p)} pada {py}";
    }

    /// <summary>The last period alone: "naik dari 9 (2023) menjadi 11 (2024)" (what seed 004's "dari periode
    /// sebelumnya" asks about); the latest value alone with a single period.</summary>
    public string LastMove()
    {
        if (Previous is not { } p || PreviousYear is not { } py) return $"{Format(Latest)} ({LatestYear})";
        if (Unchanged) return $"tetap {Format(Latest)} ({py}–{LatestYear})";
        return $"{(Latest > p ? "naik" : "turun")} dari {Format(p)} ({py}) menjadi {Format(Latest)} ({LatestYear})";
    }

    /// <summary>"52 menit (2022) → 31 menit (2024)", baseline to latest, for compact slides.</summary>
    public string Arrow() => $"{Format(First)} ({FirstYear}) → {Format(Latest)} ({LatestYear})";

    /// <summary>The arrow of the direction the value moved since the baseline: ↑, ↓ or →.</summary>
    public string DirectionArrow => Latest > First ? "↑" : Latest < First ? "↓" : "→";

    /// <summary>Against the target, in the indicator's direction: "melampaui target 3,5", "mencapai target 99%",
    /// "di bawah target 45 menit" (lower is better, met), "masih di atas target 8" (lower is better, missed),
    /// "belum mencapai target 95"; null without a target.</summary>
    public string? TargetClause()
    {
        if (Indicator.Target is not { } t) return null;
        if (Latest == t) return $"tepat mencapai target {Format(t)}";
        if (LowerIsBetter) return MetTarget == true ? $"di bawah target {Format(t)}" : $"masih di atas target {Format(t)}";
        return MetTarget == true ? $"melampaui target {Format(t)}" : $"belum mencapai target {Format(t)}";
    }

    /// <summary>The target's status in a word or two, for the dashboard.</summary>
    public string TargetStatus => MetTarget switch { true => "✓ tercapai", false => "✗ belum tercapai", _ => "tanpa target" };

    /// <summary>"makin rendah makin baik" / "makin tinggi makin baik".</summary>
    public string DirectionNote => LowerIsBetter ? "makin rendah makin baik" : "makin tinggi makin baik";

    private bool Better(double a, double b) => Indicator.LebihTinggiLebihBaik ? a > b : a < b;
}

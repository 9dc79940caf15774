using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Decks;

/// <summary>What a planner works from, and the one way slides are made (so every slide is timed the same way).</summary>
internal sealed record PlanContext(UnitProfile Profile, LkeCatalog Catalog, DeckOptions Options, Condensation Condense)
{
    public UnitInfo Unit => Profile.Unit;
    public string Target => Unit.PredikatTarget.ToKey();

    /// <summary>"Bapak/Ibu Budi Santoso, Kepala Kantor" or a neutral speaker when the profile names no head.</summary>
    public string Speaker => Unit.Pimpinan is { } p ? p.Nama + (p.Jabatan is null ? "" : ", " + p.Jabatan) : "pimpinan unit";

    public SlidePlan Slide(string key, SlideKind kind, string title, Script script,
        IReadOnlyList<Bullet>? bullets = null, string? subtitle = null, ChartSpec? chart = null,
        TableSpec? table = null, IReadOnlyList<ImageSlot>? images = null)
    {
        var notes = script.Render(Condense.ShortScript);
        return new SlidePlan
        {
            Key = key, Kind = kind, Title = title, Subtitle = subtitle, Bullets = bullets ?? [], Chart = chart,
            Table = table, Images = images ?? [], Notes = notes, Seconds = SpeechTiming.Seconds(notes, Options),
        };
    }

    public IEnumerable<IndicatorTrend> Trends => Profile.IndikatorKinerja.Select(IndicatorTrend.Of);

    /// <summary>A line chart of an indicator's years with its target as a flat second series. Values are scaled to a
    /// readable unit (<see cref="ChartScale"/>); the title gives the unit and, for lower-is-better indicators, the cue.</summary>
    public static ChartSpec IndicatorChart(IndicatorTrend t)
    {
        var years = t.Indicator.Nilai.Keys.Order().ToList();
        var scale = ChartScale.For(t.Indicator, t.Decimals);
        var series = new List<ChartSeries> { new("Realisasi", years.Select(y => (double?)scale.Apply(t.Indicator.Nilai[y])).ToList()) };
        if (t.Indicator.Target is { } target)
            series.Add(new("Target", years.Select(_ => (double?)scale.Apply(target)).ToList()) { IsTarget = true });
        var title = $"Realisasi per tahun ({scale.Label})" + (t.LowerIsBetter ? " · ↓ makin rendah makin baik" : "");
        return new ChartSpec(ChartType.Line, title,
            years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), series, scale.NumberFormat)
        {
            LowerIsBetter = t.LowerIsBetter,
            TargetMet = t.MetTarget,
        };
    }

    /// <summary>Surveys side by side per year, as columns on an axis from zero.</summary>
    public ChartSpec? SurveyChart()
    {
        var surveys = new List<(string Name, IReadOnlyDictionary<int, double> Years)>();
        if (Profile.Survei.Ipak.Count > 0) surveys.Add(("IPAK", Profile.Survei.Ipak));
        if (Profile.Survei.Ipkp.Count > 0) surveys.Add(("IPKP", Profile.Survei.Ipkp));
        surveys.AddRange(Profile.Survei.Lainnya.Select(kv => (kv.Key.ToUpperInvariant(), kv.Value)));
        if (surveys.Count == 0) return null;
        var years = surveys.SelectMany(s => s.Years.Keys).Distinct().Order().ToList();
        return new ChartSpec(ChartType.Column, "Indeks per tahun (skala 1–4)",
            years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            surveys.Select(s => new ChartSeries(s.Name, years.Select(y => s.Years.TryGetValue(y, out var v) ? v : (double?)null).ToList())).ToList(),
            "0.00") { AxisFromZero = true };
    }

    public static string SatuanLabel(Satuan s) => s switch
    {
        Satuan.Persen => "persen",
        Satuan.Hari => "hari",
        Satuan.Menit => "menit",
        Satuan.Jumlah => "jumlah",
        Satuan.Rupiah => "rupiah",
        _ => "indeks",
    };
}

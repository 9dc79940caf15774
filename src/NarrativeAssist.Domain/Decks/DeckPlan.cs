namespace NarrativeAssist.Domain.Decks;

/// <summary>A presentation as content, independent of any file format: ordered sections of slides, each with its
/// script (speaker notes) and estimated speaking time, plus what the planner condensed and what the profile lacks.</summary>
public sealed record DeckPlan
{
    public required DeckKind Kind { get; init; }

    /// <summary>Deck title (also the document title of the rendered file).</summary>
    public required string Title { get; init; }

    /// <summary>Unit name, for file names and the title slide.</summary>
    public required string UnitName { get; init; }

    /// <summary>Speaking-time limit of this kind of deck.</summary>
    public required int LimitSeconds { get; init; }

    public required IReadOnlyList<DeckSection> Sections { get; init; }

    /// <summary>What was shortened, merged or left out so the deck fits the limit, in Indonesian; empty when nothing was.</summary>
    public IReadOnlyList<string> Condensed { get; init; } = [];

    /// <summary>Gaps in the unit's substance found by <see cref="ProfileReview"/> (fix the profile, not the slides).</summary>
    public IReadOnlyList<ProfileWarning> Warnings { get; init; } = [];

    /// <summary>Words per minute the timing assumed.</summary>
    public required int WordsPerMinute { get; init; }

    /// <summary>The unit's logo (profile path, relative to the profile file), shown on the opening and closing slides.</summary>
    public string? Logo { get; init; }

    public IEnumerable<SlidePlan> Slides => Sections.SelectMany(s => s.Slides);

    public int TotalSeconds => Sections.Sum(s => s.Slides.Sum(x => x.Seconds));

    public bool FitsLimit => TotalSeconds <= LimitSeconds;
}

/// <summary>A named group of slides (e.g. "Upaya", "Hasil") — the rows of the timing table.</summary>
public sealed record DeckSection(string Key, string Title, IReadOnlyList<SlidePlan> Slides)
{
    public int Seconds => Slides.Sum(s => s.Seconds);
}

/// <summary>What a slide is for; renderers pick a layout of the template from it.</summary>
public enum SlideKind
{
    /// <summary>Opening slide: title and subtitle (layout type "title").</summary>
    Title,
    /// <summary>Section divider (layout type "secHead").</summary>
    Section,
    /// <summary>Title and bullet points (layout type "obj"/"tx").</summary>
    Bullets,
    /// <summary>Title, a native chart and a few bullet points.</summary>
    Chart,
    /// <summary>Quotations (testimonials).</summary>
    Quote,
    /// <summary>Title and a table.</summary>
    Table,
    /// <summary>Closing slide (layout type "title").</summary>
    Closing,
}

public static class SlideKinds
{
    /// <summary>The kind's Indonesian name, as plan JSON and the renderer's mapping report spell it.</summary>
    public static string Label(this SlideKind kind) => kind switch
    {
        SlideKind.Title => "judul",
        SlideKind.Section => "bagian",
        SlideKind.Bullets => "poin",
        SlideKind.Chart => "grafik",
        SlideKind.Quote => "kutipan",
        SlideKind.Table => "tabel",
        _ => "penutup",
    };
}

/// <summary>One slide. <see cref="Key"/> is stable across runs (e.g. "upaya-MP", "hasil-1") so tools can find it.</summary>
public sealed record SlidePlan
{
    public required string Key { get; init; }
    public required SlideKind Kind { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<Bullet> Bullets { get; init; } = [];
    public ChartSpec? Chart { get; init; }
    public TableSpec? Table { get; init; }

    /// <summary>Photos of the slide: the profile's pictures (by path), or, where the profile names none, what to show —
    /// left out of the layout unless the user asks for placeholder frames.</summary>
    public IReadOnlyList<ImageSlot> Images { get; init; } = [];

    /// <summary>The presenter's script, plain text, paragraphs separated by blank lines.</summary>
    public required string Notes { get; init; }

    /// <summary>Estimated speaking time of <see cref="Notes"/> plus the slide change.</summary>
    public required int Seconds { get; init; }
}

/// <summary>A bullet point; level 0 is top level, 1 is a sub-point.</summary>
public sealed record Bullet(string Text, int Level = 0)
{
    public static implicit operator Bullet(string text) => new(text);
}

public enum ChartType { Line, Column }

/// <summary>A native chart: categories (years) on one axis, one or more series of values (null = no value that year).</summary>
/// <remarks><see cref="Title"/> says what the axis shows (unit, scale, direction), never the slide's title again.
/// <see cref="NumberFormat"/> is a spreadsheet format code with the unit ("#,##0\" menit\"", "\"Rp\"#,##0.0\" M\""); large
/// amounts are given already scaled (values in miliar, say), so no axis shows twelve digits.</remarks>
public sealed record ChartSpec(
    ChartType Type,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string NumberFormat = "General")
{
    /// <summary>The value axis starts at zero (column charts always do: a bar's length is its value).</summary>
    public bool AxisFromZero { get; init; }

    /// <summary>Lower values are better (waiting times, complaints): the chart shows the cue.</summary>
    public bool LowerIsBetter { get; init; }

    /// <summary>Whether the latest value meets the target (colours the realisation series); null without a target.</summary>
    public bool? TargetMet { get; init; }
}

/// <summary>A series; <see cref="IsTarget"/> marks the flat target line (drawn dashed, without labels).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values)
{
    public bool IsTarget { get; init; }
}

/// <summary>A table: header cells and rows of the same width.</summary>
public sealed record TableSpec(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A photo of a slide: what it shows (its caption), the profile's picture path (null: none given yet), and a
/// badge laid over it (the replication mark).</summary>
public sealed record ImageSlot(string Caption, string? Source = null, string? Badge = null);

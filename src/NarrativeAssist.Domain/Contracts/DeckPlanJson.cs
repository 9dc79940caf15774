using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Domain.Contracts;

// The deck plan JSON shared by the CLI (--plan-json) and the server (POST /api/decks/plan).
// Fixed names (issue #5): kind, limitSeconds, totalSeconds, slides[].title/notes/seconds; others are additions.
public sealed record DeckPlanJson(
    string Kind,
    string Title,
    string Unit,
    int LimitSeconds,
    int TotalSeconds,
    bool FitsLimit,
    int WordsPerMinute,
    IReadOnlyList<SlideJson> Slides,
    IReadOnlyList<SectionJson> Sections,
    IReadOnlyList<string> Condensed,
    IReadOnlyList<ProfileWarningJson> Warnings)
{
    public static DeckPlanJson From(DeckPlan plan)
    {
        var number = 0;
        var slides = plan.Sections.SelectMany(s => s.Slides.Select(x => SlideJson.From(x, ++number, s.Key))).ToList();
        return new(plan.Kind.ToKey(), plan.Title, plan.UnitName, plan.LimitSeconds, plan.TotalSeconds, plan.FitsLimit,
            plan.WordsPerMinute, slides,
            plan.Sections.Select(s => new SectionJson(s.Key, s.Title, s.Slides.Count, s.Seconds)).ToList(),
            plan.Condensed,
            plan.Warnings.Select(w => new ProfileWarningJson(w.Code, w.Message, w.Path)).ToList());
    }
}

public sealed record SlideJson(
    int Number,
    string Key,
    string Section,
    string Layout,
    string Title,
    string? Subtitle,
    IReadOnlyList<BulletJson> Bullets,
    string Notes,
    int Seconds,
    ChartJson? Chart,
    TableSpec? Table,
    IReadOnlyList<string> Images)
{
    public static SlideJson From(SlidePlan s, int number, string section) => new(
        number, s.Key, section, LayoutName(s.Kind), s.Title, s.Subtitle,
        s.Bullets.Select(b => new BulletJson(b.Text, b.Level)).ToList(), s.Notes, s.Seconds,
        s.Chart is { } c ? new ChartJson(c.Type == ChartType.Line ? "line" : "column", c.Title, c.Categories,
            c.Series.Select(x => new ChartSeriesJson(x.Name, x.Values)).ToList()) : null,
        s.Table, s.Images.Select(i => i.Caption).ToList());

    public static string LayoutName(SlideKind k) => k.Label();
}

public sealed record SectionJson(string Key, string Title, int Slides, int Seconds);

public sealed record BulletJson(string Text, int Level);

public sealed record ChartJson(string Type, string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeriesJson> Series);

public sealed record ChartSeriesJson(string Name, IReadOnlyList<double?> Values);

public sealed record ProfileWarningJson(string Code, string Message, string? Path);

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NarrativeAssist.Documents;

/// <summary>The styles part of the skeleton: real Title/Heading 1–3 styles (so Word's navigation pane and
/// outline work), a bold question style and Word's grey italic "Placeholder Text" character style.</summary>
internal static class SkeletonStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Question = "LkeQuestion";
    public const string Placeholder = "PlaceholderText";
    private const string PlaceholderColor = "808080";
    public static string Heading(int level) => $"Heading{level}";

    private const string Accent = "1F3864";

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            Defaults(),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            ParagraphStyle(Title, "Title", Spacing(0, 120), Run(bold: true, size: 40, color: Accent)),
            ParagraphStyle(Subtitle, "Subtitle", Spacing(0, 240), Run(italic: true, size: 24, color: "595959")),
            Heading(1, size: 32, before: 480),
            Heading(2, size: 28, before: 360),
            Heading(3, size: 24, before: 240),
            ParagraphStyle(Question, "Pertanyaan LKE", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "60" }),
                Run(bold: true)),
            new Style(new StyleName { Val = "Placeholder Text" }, new UIPriority { Val = 99 }, new SemiHidden(),
                new StyleRunProperties(new Italic(), new Color { Val = PlaceholderColor })) { Type = StyleValues.Character, StyleId = Placeholder });
    }

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
            new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }, new Languages { Val = "id-ID" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto })));

    private static Style Heading(int level, int size, int before) => ParagraphStyle(Heading(level), $"heading {level}",
        new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = before.ToString(), After = "120" },
            new OutlineLevel { Val = level - 1 }),
        Run(bold: true, size: size, color: Accent));

    private static Style ParagraphStyle(string id, string name, StyleParagraphProperties paragraph, StyleRunProperties run) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(), paragraph, run) { Type = StyleValues.Paragraph, StyleId = id };

    private static StyleParagraphProperties Spacing(int before, int after) =>
        new(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString() });

    // Children in schema order: b, i, color, sz.
    private static StyleRunProperties Run(bool bold = false, bool italic = false, int? size = null, string? color = null)
    {
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold());
        if (italic) run.Append(new Italic());
        if (color is not null) run.Append(new Color { Val = color });
        if (size is { } s) run.Append(new FontSize { Val = s.ToString() });
        return run;
    }
}

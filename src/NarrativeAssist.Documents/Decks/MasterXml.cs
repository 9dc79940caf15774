using System.Xml.Linq;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Slide master and layouts of a built-in template (16:9). Text sizes live in the master's text styles
/// and the layouts' list styles, so a user who restyles the master restyles every generated slide: titles 36–48 pt,
/// body 28/24/20 pt — readable from the back of a meeting room and on a shared screen.</summary>
internal static class MasterXml
{
    public const long Width = 12_192_000, Height = 6_858_000;
    private const long Margin = 609_600, ContentWidth = Width - 2 * Margin;

    public static readonly Rect TitleBox = new(Margin, 365_760, ContentWidth, 1_143_000);
    public static readonly Rect BodyBox = new(Margin, 1_737_360, ContentWidth, 4_480_560);
    public static readonly Rect CoverTitleBox = new(Margin, 1_097_280, ContentWidth, 2_651_760);
    public static readonly Rect CoverSubtitleBox = new(Margin, 4_297_680, ContentWidth, 1_828_800);

    /// <summary>One layout: OOXML type, Indonesian name, whether the master's decorations show, and its shapes.</summary>
    public sealed record Layout(string Type, string Name, bool ShowMasterShapes, Func<TemplateStyle, IEnumerable<XElement>> Shapes);

    public static IReadOnlyList<Layout> Layouts { get; } =
    [
        new("title", "Slide Judul", false, s =>
        [
            Decoration(2, "Pita judul", new Rect(0, 0, Width, 4_023_360), s.Dark ? "bg2" : "tx2"),
            Decoration(3, "Garis aksen", new Rect(0, 4_023_360, Width, 91_440), s.BarColor),
            Placeholder(4, "Judul 1", "ctrTitle", null, CoverTitleBox, "Klik untuk menambahkan judul",
                anchor: "b", level1: Level(0, 0, 4800, bold: true, color: s.Dark ? "tx1" : "bg1", font: "+mj-lt")),
            Placeholder(5, "Subjudul 2", "subTitle", 1, CoverSubtitleBox, "Klik untuk menambahkan subjudul",
                level1: Level(0, 0, 2800, color: "tx1")),
        ]),
        new("secHead", "Judul Bagian", false, s =>
        [
            Decoration(2, "Garis aksen", new Rect(Margin, 3_840_480, 2_743_200, 91_440), s.BarColor),
            Placeholder(3, "Judul 1", "title", null, new Rect(Margin, 1_828_800, ContentWidth, 1_920_240), "Klik untuk menambahkan judul bagian",
                anchor: "b", level1: Level(0, 0, 4400, bold: true, color: s.TitleColor, font: "+mj-lt")),
            Placeholder(4, "Teks 2", "body", 1, new Rect(Margin, 4_114_800, ContentWidth, 1_371_600), "Klik untuk menambahkan keterangan",
                level1: Level(0, 0, 2400, color: "tx1")),
        ]),
        new("obj", "Judul dan Isi", true, _ =>
        [
            Placeholder(2, "Judul 1", "title", null, null, "Klik untuk menambahkan judul"),
            Placeholder(3, "Isi 2", null, 1, null, "Klik untuk menambahkan teks"),
        ]),
        new("twoObj", "Dua Konten", true, _ =>
        [
            Placeholder(2, "Judul 1", "title", null, null, "Klik untuk menambahkan judul"),
            Placeholder(3, "Isi 2", null, 1, BodyBox.LeftPart(0.5, 365_760), "Klik untuk menambahkan teks"),
            Placeholder(4, "Isi 3", null, 2, BodyBox.RightPart(0.5, 365_760), "Klik untuk menambahkan teks"),
        ]),
        new("picTx", "Gambar dengan Keterangan", true, _ =>
        [
            Placeholder(2, "Judul 1", "title", null, null, "Klik untuk menambahkan judul"),
            Placeholder(3, "Gambar 2", "pic", 1, BodyBox.LeftPart(0.55, 365_760), "Klik ikon untuk menambahkan foto"),
            Placeholder(4, "Teks 3", "body", 2, BodyBox.RightPart(0.45, 365_760), "Klik untuk menambahkan teks"),
        ]),
        new("titleOnly", "Judul Saja", true, _ => [Placeholder(2, "Judul 1", "title", null, null, "Klik untuk menambahkan judul")]),
        new("blank", "Kosong", true, _ => []),
    ];

    public static XElement LayoutPart(Layout layout, TemplateStyle style) =>
        Root(P + "sldLayout",
            layout.ShowMasterShapes ? null : new XAttribute("showMasterSp", 0),
            new XAttribute("type", layout.Type), new XAttribute("preserve", 1),
            new XElement(P + "cSld", new XAttribute("name", layout.Name), new XElement(P + "spTree", TreeStart(), layout.Shapes(style))),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));

    public static XElement MasterPart(TemplateStyle s, IReadOnlyList<string> layoutRelIds) =>
        Root(P + "sldMaster",
            new XElement(P + "cSld",
                new XElement(P + "bg", new XElement(P + "bgRef", new XAttribute("idx", 1001), Scheme("bg1"))),
                new XElement(P + "spTree", TreeStart(),
                    Placeholder(2, "Judul 1", "title", null, TitleBox, "Klik untuk mengedit gaya judul master", anchor: "b"),
                    Placeholder(3, "Teks 2", "body", 1, BodyBox, "Klik untuk mengedit gaya teks master"),
                    Decoration(4, "Garis aksen", new Rect(Margin, 1_554_480, 1_828_800, 54_864), s.BarColor),
                    Decoration(5, "Pita bawah", new Rect(0, Height - 182_880, Width, 182_880), s.BarColor))),
            ColorMap(s.Dark),
            new XElement(P + "sldLayoutIdLst", layoutRelIds.Select((id, i) =>
                new XElement(P + "sldLayoutId", new XAttribute("id", 2_147_483_649L + i), new XAttribute(R + "id", id)))),
            new XElement(P + "txStyles",
                new XElement(P + "titleStyle", Level(1, 0, 3600, bold: true, color: s.TitleColor, font: "+mj-lt", lineSpacing: 90_000)),
                new XElement(P + "bodyStyle",
                    Level(1, 342_900, 2800, bullet: "•"), Level(2, 742_950, 2400, bullet: "–"), Level(3, 1_143_000, 2000, bullet: "•"),
                    Level(4, 1_600_200, 2000, bullet: "–"), Level(5, 2_057_400, 2000, bullet: "»")),
                new XElement(P + "otherStyle", Level(1, 0, 2000))));

    /// <summary>Light slides map bg1/tx1 to lt1/dk1; dark slides swap them (notes pages keep the light mapping).</summary>
    public static XElement ColorMap(bool dark) => new(P + "clrMap",
        new XAttribute("bg1", dark ? "dk1" : "lt1"), new XAttribute("tx1", dark ? "lt1" : "dk1"),
        new XAttribute("bg2", dark ? "dk2" : "lt2"), new XAttribute("tx2", dark ? "lt2" : "dk2"),
        new XAttribute("accent1", "accent1"), new XAttribute("accent2", "accent2"), new XAttribute("accent3", "accent3"),
        new XAttribute("accent4", "accent4"), new XAttribute("accent5", "accent5"), new XAttribute("accent6", "accent6"),
        new XAttribute("hlink", "hlink"), new XAttribute("folHlink", "folHlink"));

    /// <summary>A paragraph level style (a:lvlNpPr; level 0 = a:lvl1pPr inside a shape's own list style).</summary>
    private static XElement Level(int level, long marL, int size, bool bold = false, string color = "tx1", string font = "+mn-lt",
        string? bullet = null, int lineSpacing = 100_000) =>
        new(A + $"lvl{Math.Max(1, level)}pPr",
            new XAttribute("marL", marL), new XAttribute("indent", bullet is null ? 0 : -Math.Min(marL, 342_900)),
            new XAttribute("algn", "l"),
            new XElement(A + "lnSpc", new XElement(A + "spcPct", new XAttribute("val", lineSpacing))),
            new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", bullet is null ? 0 : 1000))),
            bullet is null ? new XElement(A + "buNone")
                : new[] { new XElement(A + "buFont", new XAttribute("typeface", "Arial")), new XElement(A + "buChar", new XAttribute("char", bullet)) },
            new XElement(A + "defRPr", new XAttribute("sz", size), bold ? new XAttribute("b", 1) : null,
                SolidFill(Scheme(color)),
                new XElement(A + "latin", new XAttribute("typeface", font)),
                new XElement(A + "ea", new XAttribute("typeface", font.Replace("-lt", "-ea"))),
                new XElement(A + "cs", new XAttribute("typeface", font.Replace("-lt", "-cs")))));

    private static XElement Placeholder(int id, string name, string? type, int? idx, Rect? box, string prompt,
        string? anchor = null, XElement? level1 = null) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1))),
                new XElement(P + "nvPr", new XElement(P + "ph", type is null ? null : new XAttribute("type", type),
                    idx is null ? null : new XAttribute("idx", idx)))),
            new XElement(P + "spPr", box is { } r ? Xfrm(r) : null),
            new XElement(P + "txBody",
                new XElement(A + "bodyPr", anchor is null ? null : new XAttribute("anchor", anchor), type is "title" or "ctrTitle" ? null : new XElement(A + "normAutofit")),
                new XElement(A + "lstStyle", level1),
                Paragraph(prompt)));

    private static XElement Decoration(int id, string name, Rect box, string color) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr"), new XElement(P + "nvPr", new XAttribute("userDrawn", 1))),
            new XElement(P + "spPr", Xfrm(box),
                new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")),
                SolidFill(Scheme(color)),
                new XElement(A + "ln", new XElement(A + "noFill"))));
}

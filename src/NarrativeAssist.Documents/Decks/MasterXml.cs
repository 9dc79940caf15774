
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

    /// <summary>One layout: OOXML type, Indonesian name, whether the master's decorations show, and what writes its shapes.</summary>
    public sealed record Layout(string Type, string Name, bool ShowMasterShapes, Func<XmlOut, TemplateStyle, XmlOut> Shapes);

    /// <summary>A paragraph level style (a:lvlNpPr; level 0 = a:lvl1pPr inside a shape's own list style).</summary>
    private sealed record LevelStyle(int Level, long MarL, int Size, bool Bold = false, string Color = "tx1", string Font = "+mn-lt",
        string? Bullet = null, int LineSpacing = 100_000);

    public static IReadOnlyList<Layout> Layouts { get; } =
    [
        new("title", "Slide Judul", false, (x, s) => x
            .Decoration(2, "Pita judul", new Rect(0, 0, Width, 4_023_360), s.Dark ? "bg2" : "tx2")
            .Decoration(3, "Garis aksen", new Rect(0, 4_023_360, Width, 91_440), s.BarColor)
            .Placeholder(4, "Judul 1", "ctrTitle", null, CoverTitleBox, "Klik untuk menambahkan judul",
                anchor: "b", level1: new(0, 0, 4800, Bold: true, Color: s.Dark ? "tx1" : "bg1", Font: "+mj-lt"))
            .Placeholder(5, "Subjudul 2", "subTitle", 1, CoverSubtitleBox, "Klik untuk menambahkan subjudul",
                level1: new(0, 0, 2800, Color: "tx1"))),
        new("secHead", "Judul Bagian", false, (x, s) => x
            .Decoration(2, "Garis aksen", new Rect(Margin, 3_840_480, 2_743_200, 91_440), s.BarColor)
            .Placeholder(3, "Judul 1", "title", null, new Rect(Margin, 1_828_800, ContentWidth, 1_920_240), "Klik untuk menambahkan judul bagian",
                anchor: "b", level1: new(0, 0, 4400, Bold: true, Color: s.TitleColor, Font: "+mj-lt"))
            .Placeholder(4, "Teks 2", "body", 1, new Rect(Margin, 4_114_800, ContentWidth, 1_371_600), "Klik untuk menambahkan keterangan",
                level1: new(0, 0, 2400, Color: "tx1"))),
        new("obj", "Judul dan Isi", true, (x, _) => x
            .Placeholder(2, "Judul 1", "title", null, null, "Klik untuk menambahkan judul")
            .Placeholder(3, "Isi 2", null, 1, null, "Klik untuk menambahkan teks")),
        new("twoObj", "Dua Konten", true, (x, _) => x
            .Placeholder(2, "Judul 1", "title", null, null, "Klik untuk menambahkan judul")
            .Placeholder(3, "Isi 2", null, 1, BodyBox.LeftPart(0.5, 365_760), "Klik untuk menambahkan teks")
            .Placeholder(4, "Isi 3", null, 2, BodyBox.RightPart(0.5, 365_760), "Klik untuk menambahkan teks")),
        new("picTx", "Gambar dengan Keterangan", true, (x, _) => x
            .Placeholder(2, "Judul 1", "title", null, null, "Klik untuk menambahkan judul")
            .Placeholder(3, "Gambar 2", "pic", 1, BodyBox.LeftPart(0.55, 365_760), "Klik ikon untuk menambahkan foto")
            .Placeholder(4, "Teks 3", "body", 2, BodyBox.RightPart(0.45, 365_760), "Klik untuk menambahkan teks")),
        new("titleOnly", "Judul Saja", true, (x, _) => x.Placeholder(2, "Judul 1", "title", null, null, "Klik untuk menambahkan judul")),
        new("blank", "Kosong", true, (x, _) => x),
    ];

    public static XmlOut LayoutPart(XmlOut x, Layout layout, TemplateStyle style)
    {
        x.Document().Root("p:sldLayout").Attr("showMasterSp", layout.ShowMasterShapes ? null : 0).Attr("type", layout.Type).Attr("preserve", 1)
            .Start("p:cSld").Attr("name", layout.Name).Start("p:spTree").TreeStart();
        return layout.Shapes(x, style).End().End().MasterColorMapping().End();
    }

    public static XmlOut MasterPart(XmlOut x, TemplateStyle s, IReadOnlyList<string> layoutRelIds)
    {
        x.Document().Root("p:sldMaster")
            .Start("p:cSld")
                .Start("p:bg").Start("p:bgRef").Attr("idx", 1001).Empty("a:schemeClr", "val", "bg1").End().End()
                .Start("p:spTree").TreeStart()
                    .Placeholder(2, "Judul 1", "title", null, TitleBox, "Klik untuk mengedit gaya judul master", anchor: "b")
                    .Placeholder(3, "Teks 2", "body", 1, BodyBox, "Klik untuk mengedit gaya teks master")
                    .Decoration(4, "Garis aksen", new Rect(Margin, 1_554_480, 1_828_800, 54_864), s.BarColor)
                    .Decoration(5, "Pita bawah", new Rect(0, Height - 182_880, Width, 182_880), s.BarColor)
                .End()
            .End()
            .ColorMap(s.Dark)
            .Start("p:sldLayoutIdLst");
        for (var i = 0; i < layoutRelIds.Count; i++) x.Start("p:sldLayoutId").Attr("id", 2_147_483_649L + i).Attr("r:id", layoutRelIds[i]).End();
        return x.End()
            .Start("p:txStyles")
                .Start("p:titleStyle").Level(new(1, 0, 3600, Bold: true, Color: s.TitleColor, Font: "+mj-lt", LineSpacing: 90_000)).End()
                .Start("p:bodyStyle")
                    .Level(new(1, 342_900, 2800, Bullet: "•")).Level(new(2, 742_950, 2400, Bullet: "–")).Level(new(3, 1_143_000, 2000, Bullet: "•"))
                    .Level(new(4, 1_600_200, 2000, Bullet: "–")).Level(new(5, 2_057_400, 2000, Bullet: "»"))
                .End()
                .Start("p:otherStyle").Level(new(1, 0, 2000)).End()
            .End()
            .End();
    }

    /// <summary>Light slides map bg1/tx1 to lt1/dk1; dark slides swap them (notes pages keep the light mapping).</summary>
    public static XmlOut ColorMap(this XmlOut x, bool dark) =>
        x.Start("p:clrMap")
            .Attr("bg1", dark ? "dk1" : "lt1").Attr("tx1", dark ? "lt1" : "dk1").Attr("bg2", dark ? "dk2" : "lt2").Attr("tx2", dark ? "lt2" : "dk2")
            .Attr("accent1", "accent1").Attr("accent2", "accent2").Attr("accent3", "accent3")
            .Attr("accent4", "accent4").Attr("accent5", "accent5").Attr("accent6", "accent6")
            .Attr("hlink", "hlink").Attr("folHlink", "folHlink")
            .End();

    private static XmlOut Level(this XmlOut x, LevelStyle l)
    {
        x.Start($"a:lvl{Math.Max(1, l.Level)}pPr")
            .Attr("marL", l.MarL).Attr("indent", l.Bullet is null ? 0 : -Math.Min(l.MarL, 342_900)).Attr("algn", "l")
            .Start("a:lnSpc").Empty("a:spcPct", "val", l.LineSpacing).End()
            .Start("a:spcBef").Empty("a:spcPts", "val", l.Bullet is null ? 0 : 1000).End();
        if (l.Bullet is null) x.Empty("a:buNone");
        else x.Empty("a:buFont", "typeface", "Arial").Empty("a:buChar", "char", l.Bullet);
        x.Start("a:defRPr").Attr("sz", l.Size);
        if (l.Bold) x.Attr("b", 1);
        return x.SchemeFill(l.Color)
            .Empty("a:latin", "typeface", l.Font)
            .Empty("a:ea", "typeface", l.Font.Replace("-lt", "-ea"))
            .Empty("a:cs", "typeface", l.Font.Replace("-lt", "-cs"))
            .End()
            .End();
    }

    private static XmlOut Placeholder(this XmlOut x, int id, string name, string? type, int? idx, Rect? box, string prompt,
        string? anchor = null, LevelStyle? level1 = null)
    {
        x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", name).End()
                .Start("p:cNvSpPr").Empty("a:spLocks", "noGrp", 1).End()
                .Start("p:nvPr").Start("p:ph").Attr("type", type).Attr("idx", idx).End().End()
            .End()
            .Start("p:spPr");
        if (box is { } r) x.Xfrm(r);
        x.End().Start("p:txBody").Start("a:bodyPr").Attr("anchor", anchor);
        if (type is not ("title" or "ctrTitle")) x.Empty("a:normAutofit");
        x.End().Start("a:lstStyle");
        if (level1 is not null) x.Level(level1);
        return x.End().Paragraph(new Para(prompt)).End().End();
    }

    private static XmlOut Decoration(this XmlOut x, int id, string name, Rect box, string color) =>
        x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", name).End()
                .Empty("p:cNvSpPr").Empty("p:nvPr", "userDrawn", 1)
            .End()
            .Start("p:spPr").Xfrm(box)
                .Start("a:prstGeom").Attr("prst", "rect").Empty("a:avLst").End()
                .SchemeFill(color)
                .Start("a:ln").NoFill().End()
            .End()
            .End();
}

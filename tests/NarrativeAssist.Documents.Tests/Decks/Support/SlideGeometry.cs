using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Tests.Decks.Support;

/// <summary>A box in EMU as a slide shows it.</summary>
internal readonly record struct Box(long X, long Y, long Cx, long Cy)
{
    public long Right => X + Cx;
    public long Bottom => Y + Cy;

    /// <summary>Whether the two boxes share any area (touching edges do not count).</summary>
    public bool Intersects(Box other) =>
        Math.Min(Right, other.Right) > Math.Max(X, other.X) && Math.Min(Bottom, other.Bottom) > Math.Max(Y, other.Y);

    public bool LiesWithin(long width, long height) => Cx > 0 && Cy > 0 && X >= 0 && Y >= 0 && Right <= width && Bottom <= height;

    public override string ToString() => $"{X},{Y},{Cx},{Cy}";
}

/// <summary>Where the shapes of a slide are and how large its title text is, resolved the way PowerPoint and
/// LibreOffice resolve them: the slide's own value, else the layout placeholder of the same type (and index), else
/// the master's title or body placeholder (text sizes: run, shape list style, layout list style, master text style).</summary>
internal static class SlideGeometry
{
    public static string PlaceholderType(OpenXmlElement shape) =>
        Ph(shape) is { } ph ? ph.Type?.HasValue == true ? ph.Type.InnerText! : "obj" : "";

    public static bool IsTitle(OpenXmlElement shape) => PlaceholderType(shape) is "title" or "ctrTitle";

    /// <summary>Every shape and graphic frame of the slide with its effective box (null when none is found).</summary>
    public static List<(OpenXmlElement Shape, Box? Box)> Shapes(SlidePart slide) =>
        slide.Slide!.CommonSlideData!.ShapeTree!.ChildElements.Where(e => e is P.Shape or P.GraphicFrame or P.Picture)
            .Select(e => (e, BoxOf(slide, e))).ToList();

    public static Box? BoxOf(SlidePart slide, OpenXmlElement shape)
    {
        if (Own(shape) is { } own) return own;
        if (Ph(shape) is null) return null;
        var layout = slide.SlideLayoutPart!;
        if (Match(layout.SlideLayout!.CommonSlideData!.ShapeTree!, shape) is { } inLayout && Own(inLayout) is { } fromLayout) return fromLayout;
        return Master(layout.SlideMasterPart!, shape) is { } inMaster ? Own(inMaster) : null;
    }

    /// <summary>The size (hundredths of a point) the first run of the shape is shown at, null when nothing sets one.</summary>
    public static int? FirstRunSize(SlidePart slide, P.Shape shape)
    {
        var paragraph = shape.TextBody!.Elements<D.Paragraph>().First(p => p.Elements<D.Run>().Any());
        var level = paragraph.ParagraphProperties?.Level?.Value ?? 0;
        if (paragraph.Elements<D.Run>().First().RunProperties?.FontSize?.Value is { } own) return own;
        if (LevelSize(shape.TextBody?.ListStyle, level) is { } listed) return listed;
        var layout = slide.SlideLayoutPart!;
        if (Match(layout.SlideLayout!.CommonSlideData!.ShapeTree!, shape) is P.Shape inLayout && LevelSize(inLayout.TextBody?.ListStyle, level) is { } fromLayout)
            return fromLayout;
        if (Master(layout.SlideMasterPart!, shape) is P.Shape inMaster && LevelSize(inMaster.TextBody?.ListStyle, level) is { } fromMaster)
            return fromMaster;
        var styles = layout.SlideMasterPart!.SlideMaster!.TextStyles;
        OpenXmlElement? style = IsTitle(shape) ? styles?.TitleStyle : styles?.BodyStyle;
        return LevelSize(style, level);
    }

    /// <summary>The typeface of the first run: its own, else the shape's list style for its level.</summary>
    public static string? FirstRunTypeface(P.Shape shape)
    {
        var paragraph = shape.TextBody!.Elements<D.Paragraph>().First(p => p.Elements<D.Run>().Any());
        var level = paragraph.ParagraphProperties?.Level?.Value ?? 0;
        return paragraph.Elements<D.Run>().First().RunProperties?.GetFirstChild<D.LatinFont>()?.Typeface?.Value
               ?? shape.TextBody?.ListStyle?.Elements().ElementAtOrDefault(level)?.GetFirstChild<D.DefaultRunProperties>()?.GetFirstChild<D.LatinFont>()?.Typeface?.Value;
    }

    private static int? LevelSize(OpenXmlElement? style, int level) =>
        style?.Elements().FirstOrDefault(e => e.LocalName == $"lvl{level + 1}pPr")?.GetFirstChild<D.DefaultRunProperties>()?.FontSize?.Value;

    private static P.PlaceholderShape? Ph(OpenXmlElement shape) => shape.Descendants<P.PlaceholderShape>().FirstOrDefault();

    private static Box? Own(OpenXmlElement shape)
    {
        var (off, ext) = shape switch
        {
            P.Shape s => (s.ShapeProperties?.Transform2D?.Offset, s.ShapeProperties?.Transform2D?.Extents),
            P.Picture p => (p.ShapeProperties?.Transform2D?.Offset, p.ShapeProperties?.Transform2D?.Extents),
            P.GraphicFrame g => ((D.Offset?)g.Transform?.Offset, (D.Extents?)g.Transform?.Extents),
            _ => (null, null),
        };
        return off is null || ext is null ? null : new Box(off.X!.Value, off.Y!.Value, ext.Cx!.Value, ext.Cy!.Value);
    }

    public static OpenXmlElement? Match(P.ShapeTree tree, OpenXmlElement shape)
    {
        var ph = Ph(shape)!;
        var type = PlaceholderType(shape);
        var candidates = tree.Elements<P.Shape>().Where(s => Ph(s) is not null).ToList();
        return candidates.FirstOrDefault(s => PlaceholderType(s) == type && (ph.Index is null || Ph(s)!.Index?.Value == ph.Index.Value))
               ?? candidates.FirstOrDefault(s => PlaceholderType(s) == type)
               ?? (type is "obj" or "body" ? candidates.FirstOrDefault(s => PlaceholderType(s) is "obj" or "body") : null);
    }

    public static OpenXmlElement? Master(SlideMasterPart master, OpenXmlElement shape)
    {
        var title = IsTitle(shape);
        return master.SlideMaster!.CommonSlideData!.ShapeTree!.Elements<P.Shape>()
            .FirstOrDefault(s => Ph(s) is not null && (title ? IsTitle(s) : PlaceholderType(s) == "body"));
    }
}

using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace NarrativeAssist.Documents.Decks;

/// <summary>How a run of text looks where the template does not decide it: size in hundredths of a point, bold,
/// italic, a scheme color.</summary>
internal readonly record struct RunStyle(int? Size = null, bool Bold = false, bool Italic = false, string? Color = null);

/// <summary>Paragraph properties (a:pPr) a slide sets itself: margins, alignment, level, space before, the bullet
/// character (or none), default run properties. The default writes no a:pPr: the placeholder's styles apply.</summary>
internal readonly record struct ParaStyle(long? MarL = null, long? Indent = null, string? Align = null, int? Level = null,
    int? SpaceBefore = null, string? Bullet = null, bool NoBullet = false, RunStyle? Defaults = null);

/// <summary>A paragraph of one run; line breaks inside <see cref="Text"/> become a:br.</summary>
internal readonly record struct Para(string Text, ParaStyle Style = default, RunStyle Run = default);

/// <summary>DrawingML/PresentationML building blocks, written straight into an <see cref="XmlOut"/> (qualified names
/// with the a, r, p, c prefixes the part roots declare).</summary>
internal static class Dml
{
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>The prefix each namespace has in the parts written here.</summary>
    public static readonly IReadOnlyDictionary<XNamespace, string> Prefixes = new Dictionary<XNamespace, string>
    {
        [A] = "a", [P] = "p", [R] = "r", [C] = "c", [XNamespace.Xml] = "xml",
    };

    public const string Lang = "id-ID";

    /// <summary>Starts the root element with the usual prefixes declared once (a, r, p), so parts stay small and readable.</summary>
    public static XmlOut Root(this XmlOut x, string name) =>
        x.Start(name).Attr("xmlns:a", A.NamespaceName).Attr("xmlns:r", R.NamespaceName).Attr("xmlns:p", P.NamespaceName);

    /// <summary>Gives an SDK part the XML written into <paramref name="x"/>.</summary>
    public static void Feed(OpenXmlPart part, XmlOut x)
    {
        using var stream = new MemoryStream(x.Written.ToArray());
        part.FeedData(stream);
    }

    /// <summary>Drops characters XML cannot carry (control characters from pasted text) and normalizes line ends.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var t = text.Replace("\r\n", "\n").Replace('\r', '\n');
        for (var i = 0; i < t.Length; i++)
        {
            var ch = t[i];
            if (char.IsHighSurrogate(ch) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1])) { sb.Append(ch).Append(t[++i]); continue; }
            if (ch is '\n' or '\t' || (ch >= 0x20 && !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF'))) sb.Append(ch);
        }
        return sb.ToString();
    }

    public static XmlOut Xfrm(this XmlOut x, Rect r, string name = "a:xfrm") =>
        x.Start(name)
            .Start("a:off").Attr("x", r.X).Attr("y", r.Y).End()
            .Start("a:ext").Attr("cx", r.Cx).Attr("cy", r.Cy).End()
            .End();

    /// <summary>a:solidFill of a scheme color, optionally with transparency (alpha in thousandths of a percent).</summary>
    public static XmlOut SchemeFill(this XmlOut x, string scheme, int? alpha = null)
    {
        x.Start("a:solidFill").Start("a:schemeClr").Attr("val", scheme);
        if (alpha is { } a) x.Empty("a:alpha", "val", a);
        return x.End().End();
    }

    public static XmlOut NoFill(this XmlOut x) => x.Empty("a:noFill");

    /// <summary>The group properties every shape tree starts with.</summary>
    public static XmlOut TreeStart(this XmlOut x) =>
        x.Start("p:nvGrpSpPr").Start("p:cNvPr").Attr("id", 1).Attr("name", "").End().Empty("p:cNvGrpSpPr").Empty("p:nvPr").End()
            .Start("p:grpSpPr").Start("a:xfrm")
                .Start("a:off").Attr("x", 0).Attr("y", 0).End().Start("a:ext").Attr("cx", 0).Attr("cy", 0).End()
                .Start("a:chOff").Attr("x", 0).Attr("y", 0).End().Start("a:chExt").Attr("cx", 0).Attr("cy", 0).End()
            .End().End();

    /// <summary>Opens a p:graphicFrame (chart, table) up to its a:graphicData of type <paramref name="uri"/>; the caller
    /// writes the graphic and closes with <see cref="EndGraphicFrame"/>.</summary>
    public static XmlOut StartGraphicFrame(this XmlOut x, int id, string name, Rect box, string uri) =>
        x.Start("p:graphicFrame")
            .Start("p:nvGraphicFramePr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", name).End()
                .Start("p:cNvGraphicFramePr").Empty("a:graphicFrameLocks", "noGrp", 1).End()
                .Empty("p:nvPr")
            .End()
            .Xfrm(box, "p:xfrm")
            .Start("a:graphic").Start("a:graphicData").Attr("uri", uri);

    public static XmlOut EndGraphicFrame(this XmlOut x) => x.End().End().End();

    /// <summary>Slides and notes pages use the master's color mapping.</summary>
    public static XmlOut MasterColorMapping(this XmlOut x) => x.Start("p:clrMapOvr").Empty("a:masterClrMapping").End();

    /// <summary>Run properties: a:rPr (with the language, marked clean), a:endParaRPr (language) or a:defRPr.</summary>
    public static XmlOut RunProps(this XmlOut x, string name, RunStyle run, bool lang = true, bool dirty = false)
    {
        x.Start(name);
        if (lang) x.Attr("lang", Lang);
        x.Attr("sz", run.Size);
        if (run.Bold) x.Attr("b", 1);
        if (run.Italic) x.Attr("i", 1);
        if (dirty) x.Attr("dirty", 0);
        if (run.Color is { } color) x.SchemeFill(color);
        return x.End();
    }

    public static XmlOut ParaProps(this XmlOut x, ParaStyle p)
    {
        x.Start("a:pPr").Attr("marL", p.MarL).Attr("indent", p.Indent).Attr("algn", p.Align).Attr("lvl", p.Level);
        if (p.SpaceBefore is { } before) x.Start("a:spcBef").Empty("a:spcPts", "val", before).End();
        if (p.Bullet is { } bullet) x.Empty("a:buFont", "typeface", "Arial").Empty("a:buChar", "char", bullet);
        if (p.NoBullet) x.Empty("a:buNone");
        if (p.Defaults is { } defaults) x.RunProps("a:defRPr", defaults, lang: false);
        return x.End();
    }

    public static XmlOut Paragraph(this XmlOut x, Para p)
    {
        x.Start("a:p");
        if (p.Style != default) x.ParaProps(p.Style);
        var lines = Clean(p.Text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) x.Start("a:br").RunProps("a:rPr", p.Run, dirty: true).End();
            if (lines[i].Length > 0) x.Start("a:r").RunProps("a:rPr", p.Run, dirty: true).Leaf("a:t", lines[i]).End();
        }
        return x.RunProps("a:endParaRPr", p.Run).End();
    }

    /// <summary>The paragraphs of a text body; a body needs at least one, so none gives an empty paragraph.</summary>
    public static XmlOut Paragraphs(this XmlOut x, IEnumerable<Para> paragraphs)
    {
        var any = false;
        foreach (var p in paragraphs)
        {
            x.Paragraph(p);
            any = true;
        }
        return any ? x : x.Start("a:p").RunProps("a:endParaRPr", default).End();
    }

    /// <summary>a:bodyPr of a text box: wrapping, anchoring, shrink on overflow.</summary>
    public static XmlOut BodyPr(this XmlOut x, bool autofit = false, string? anchor = null, bool wrap = true)
    {
        x.Start("a:bodyPr").Attr("wrap", wrap ? "square" : null).Attr("anchor", anchor);
        if (autofit) x.Empty("a:normAutofit");
        return x.End();
    }

    /// <summary>A p:txBody with its own list style (serialized, see <see cref="SampleLook"/>) or an empty one; the body
    /// properties are written by <paramref name="bodyPr"/>.</summary>
    public static XmlOut TxBody(this XmlOut x, Func<XmlOut, XmlOut> bodyPr, IEnumerable<Para> paragraphs, string? listStyle = null)
    {
        bodyPr(x.Start("p:txBody"));
        if (listStyle is null) x.Empty("a:lstStyle"); else x.Raw(listStyle);
        return x.Paragraphs(paragraphs).End();
    }
}

/// <summary>A rectangle in EMU (English Metric Units: 914 400 per inch, 12 700 per point).</summary>
internal readonly record struct Rect(long X, long Y, long Cx, long Cy)
{
    public long Right => X + Cx;
    public long Bottom => Y + Cy;

    /// <summary>Splits horizontally into <paramref name="n"/> columns separated by <paramref name="gap"/>.</summary>
    public IEnumerable<Rect> Columns(int n, long gap)
    {
        var w = (Cx - gap * (n - 1)) / n;
        for (var i = 0; i < n; i++) yield return new Rect(X + i * (w + gap), Y, w, Cy);
    }

    public IEnumerable<Rect> Rows(int n, long gap)
    {
        var h = (Cy - gap * (n - 1)) / n;
        for (var i = 0; i < n; i++) yield return new Rect(X, Y + i * (h + gap), Cx, h);
    }

    public long Area => Math.Max(0, Cx) * Math.Max(0, Cy);

    /// <summary>The area two boxes share (0 when they are apart or only touch).</summary>
    public long Shared(Rect other)
    {
        var w = Math.Min(Right, other.Right) - Math.Max(X, other.X);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    /// <summary>Whether the boxes overlap: they share more than 1 % of the smaller box's area, so boxes that
    /// touch, or share a sliver left by rounding, do not count.</summary>
    public bool Overlaps(Rect other) => Shared(other) * 100 > Math.Min(Area, other.Area);

    /// <summary>Whether the box has a size and lies on a slide of <paramref name="slide"/>'s size, allowing it to reach
    /// 2 % of the slide's width or height past an edge (bleed some designs use).</summary>
    public bool LiesOn(Rect slide) =>
        Cx > 0 && Cy > 0 && X >= -slide.Cx / 50 && Y >= -slide.Cy / 50 && Right <= slide.Cx + slide.Cx / 50 && Bottom <= slide.Cy + slide.Cy / 50;

    public Rect Union(Rect other)
    {
        var x = Math.Min(X, other.X);
        var y = Math.Min(Y, other.Y);
        return new Rect(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }

    /// <summary>This box moved and scaled the way <paramref name="from"/> maps onto <paramref name="to"/>.</summary>
    public Rect Map(Rect from, Rect to) => from.Cx <= 0 || from.Cy <= 0 ? to : new Rect(
        to.X + (X - from.X) * to.Cx / from.Cx, to.Y + (Y - from.Y) * to.Cy / from.Cy, Cx * to.Cx / from.Cx, Cy * to.Cy / from.Cy);

    public Rect LeftPart(double fraction, long gap) => new(X, Y, (long)(Cx * fraction) - gap / 2, Cy);
    public Rect RightPart(double fraction, long gap) { var w = (long)(Cx * fraction) - gap / 2; return new(Right - w, Y, w, Cy); }
}

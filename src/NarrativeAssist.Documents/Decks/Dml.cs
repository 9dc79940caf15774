using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace NarrativeAssist.Documents.Decks;

/// <summary>DrawingML/PresentationML building blocks as LINQ to XML: the parts are written whole, so building
/// them as trees and feeding the serialized XML is shorter than the typed SDK classes and escapes text for us.</summary>
internal static class Dml
{
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public const string Lang = "id-ID";

    /// <summary>Root element with the usual prefixes declared once (a, r, p), so parts stay small and readable.</summary>
    public static XElement Root(XName name, params object?[] content) =>
        new(name, new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute(XNamespace.Xmlns + "r", R),
            new XAttribute(XNamespace.Xmlns + "p", P), content);

    public static void Feed(OpenXmlPart part, XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer);
        stream.Position = 0;
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

    public static XElement Off(long x, long y) => new(A + "off", new XAttribute("x", x), new XAttribute("y", y));
    public static XElement Ext(long cx, long cy) => new(A + "ext", new XAttribute("cx", cx), new XAttribute("cy", cy));
    public static XElement Xfrm(Rect r) => new(A + "xfrm", Off(r.X, r.Y), Ext(r.Cx, r.Cy));
    public static XElement PXfrm(Rect r) => new(P + "xfrm", Off(r.X, r.Y), Ext(r.Cx, r.Cy));

    public static XElement Scheme(string value, params object[] mods) => new(A + "schemeClr", new XAttribute("val", value), mods);
    public static XElement Srgb(string hex) => new(A + "srgbClr", new XAttribute("val", hex));
    public static XElement SolidFill(XElement color) => new(A + "solidFill", color);

    /// <summary>The group properties every shape tree starts with.</summary>
    public static IEnumerable<XElement> TreeStart() =>
    [
        new(P + "nvGrpSpPr", new XElement(P + "cNvPr", new XAttribute("id", 1), new XAttribute("name", "")),
            new XElement(P + "cNvGrpSpPr"), new XElement(P + "nvPr")),
        new(P + "grpSpPr", new XElement(A + "xfrm", Off(0, 0), Ext(0, 0), new XElement(A + "chOff", new XAttribute("x", 0), new XAttribute("y", 0)),
            new XElement(A + "chExt", new XAttribute("cx", 0), new XAttribute("cy", 0)))),
    ];

    public static XElement RunProps(int? size = null, bool bold = false, bool italic = false, XElement? color = null) =>
        new(A + "rPr", new XAttribute("lang", Lang),
            size is { } s ? new XAttribute("sz", s) : null,
            bold ? new XAttribute("b", 1) : null,
            italic ? new XAttribute("i", 1) : null,
            new XAttribute("dirty", 0),
            color is null ? null : SolidFill(color));

    /// <summary>A paragraph of one run; line breaks inside <paramref name="text"/> become a:br.</summary>
    public static XElement Paragraph(string text, XElement? pPr = null, XElement? rPr = null)
    {
        var p = new XElement(A + "p", pPr);
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) p.Add(new XElement(A + "br", new XElement(rPr ?? RunProps())));
            if (lines[i].Length > 0) p.Add(new XElement(A + "r", new XElement(rPr ?? RunProps()), new XElement(A + "t", lines[i])));
        }
        p.Add(EndProps(rPr));
        return p;
    }

    public static XElement EndProps(XElement? rPr = null)
    {
        var end = new XElement(rPr ?? RunProps()) { Name = A + "endParaRPr" };
        end.Attribute("dirty")?.Remove();
        return end;
    }

    public static XElement TxBody(XElement bodyPr, IEnumerable<XElement> paragraphs, XElement? listStyle = null)
    {
        var list = paragraphs.ToList();
        if (list.Count == 0) list.Add(new XElement(A + "p", EndProps()));
        return new XElement(P + "txBody", bodyPr, listStyle is null ? new XElement(A + "lstStyle") : new XElement(listStyle), list);
    }

    public static XElement BodyPr(bool autofit = false, string? anchor = null, bool wrap = true) =>
        new(A + "bodyPr", wrap ? new XAttribute("wrap", "square") : null, anchor is null ? null : new XAttribute("anchor", anchor),
            autofit ? new XElement(A + "normAutofit") : null);
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

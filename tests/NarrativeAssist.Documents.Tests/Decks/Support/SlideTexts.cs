using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Documents.Decks;
using P = DocumentFormat.OpenXml.Presentation;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Tests.Decks.Support;

/// <summary>A text body of a rendered slide as the file says it is shown: its box, its effective formatting (read from
/// the file: slide → layout → master → presentation, theme fonts), its paragraphs and the size each is written at.</summary>
internal sealed record SlideText(int Slide, string Shape, string Role, Box Box, TextStyle Style, IReadOnlyList<Para> Paragraphs, IReadOnlyList<int> Sizes)
{
    public string Text => string.Join(" / ", Paragraphs.Select(p => p.Text));

    public Rect Rect => new(Box.X, Box.Y, Box.Cx, Box.Cy);
}

/// <summary>Reads every text body of every slide of a .pptx: placeholders, text boxes and table cells (each cell a body
/// of its own, in its column's width and row's height).</summary>
internal static class SlideTexts
{
    public static List<SlideText> Read(byte[] pptx)
    {
        using var doc = PresentationDocument.Open(new MemoryStream(pptx), false);
        var presentation = doc.PresentationPart!;
        var defaults = presentation.Presentation!.DefaultTextStyle is { } d ? XElement.Parse(d.OuterXml) : null;
        var masters = new Dictionary<SlideMasterPart, MasterTextStyles>();
        var list = new List<SlideText>();
        var number = 0;
        foreach (var slide in Pptx.Slides(doc))
        {
            number++;
            var layout = slide.SlideLayoutPart!;
            var masterPart = layout.SlideMasterPart!;
            if (!masters.TryGetValue(masterPart, out var styles))
                masters[masterPart] = styles = new MasterTextStyles(XElement.Parse(masterPart.SlideMaster!.OuterXml),
                    masterPart.ThemePart?.Theme is { } theme ? XElement.Parse(theme.OuterXml) : null, defaults);
            foreach (var element in slide.Slide!.CommonSlideData!.ShapeTree!.ChildElements)
            {
                if (element is P.Shape shape && shape.TextBody is not null && SlideGeometry.BoxOf(slide, shape) is { } box)
                {
                    var sp = XElement.Parse(shape.OuterXml);
                    var type = SlideGeometry.PlaceholderType(shape);
                    TextStyle style;
                    string role;
                    if (type.Length == 0) { style = styles.Other; role = "kotak teks"; }
                    else
                    {
                        var inLayout = SlideGeometry.Match(layout.SlideLayout!.CommonSlideData!.ShapeTree!, shape);
                        style = styles.ForPlaceholder(type, inLayout is null ? null : XElement.Parse(inLayout.OuterXml));
                        role = SlideGeometry.IsTitle(shape) ? "judul" : type == "pic" ? "gambar" : "isi";
                    }
                    var body = sp.Element(P_ + "txBody")!;
                    style = style.Over(body.Element(A + "lstStyle"), body.Element(A + "bodyPr")).WithThemeFonts(styles.MajorFont, styles.MinorFont);
                    var (paras, sizes) = Paragraphs(body, style);
                    if (paras.Count > 0) list.Add(new SlideText(number, sp.Element(P_ + "nvSpPr")?.Element(P_ + "cNvPr")?.Attribute("name")?.Value ?? "", role, box, style, paras, sizes));
                }
                else if (element is P.GraphicFrame frame && frame.Descendants<DocumentFormat.OpenXml.Drawing.Table>().FirstOrDefault() is { } table
                         && SlideGeometry.BoxOf(slide, frame) is { } frameBox)
                    list.AddRange(Cells(number, XElement.Parse(table.OuterXml), frameBox, styles));
            }
        }
        return list;
    }

    private static readonly XNamespace P_ = "http://schemas.openxmlformats.org/presentationml/2006/main";

    private static IEnumerable<SlideText> Cells(int number, XElement table, Box frame, MasterTextStyles styles)
    {
        var widths = table.Element(A + "tblGrid")!.Elements(A + "gridCol").Select(c => long.Parse(c.Attribute("w")!.Value)).ToList();
        var y = frame.Y;
        foreach (var row in table.Elements(A + "tr"))
        {
            var h = long.Parse(row.Attribute("h")!.Value);
            var x = frame.X;
            var c = 0;
            foreach (var cell in row.Elements(A + "tc"))
            {
                var w = widths[Math.Min(c++, widths.Count - 1)];
                var pr = cell.Element(A + "tcPr");
                long Margin(string name, long fallback) => pr?.Attribute(name) is { } a ? long.Parse(a.Value) : fallback;
                var style = styles.Other with { LIns = Margin("marL", 91_440), RIns = Margin("marR", 91_440), TIns = Margin("marT", 45_720), BIns = Margin("marB", 45_720) };
                var (paras, sizes) = Paragraphs(cell.Element(A + "txBody")!, style);
                if (paras.Count > 0) yield return new SlideText(number, "sel tabel", "tabel", new Box(x, y, w, h), style, paras, sizes);
                x += w;
            }
            y += h;
        }
    }

    private static (List<Para>, List<int>) Paragraphs(XElement body, TextStyle style)
    {
        var paras = new List<Para>();
        var sizes = new List<int>();
        foreach (var p in body.Elements(A + "p"))
        {
            var text = string.Concat(p.Elements().Select(e => e.Name == A + "r" ? (string?)e.Element(A + "t") ?? "" : e.Name == A + "br" ? "\n" : ""));
            if (text.Trim().Length == 0) continue;
            var pPr = p.Element(A + "pPr");
            var level = pPr?.Attribute("lvl") is { } l ? int.Parse(l.Value) : 0;
            var rPr = p.Elements(A + "r").First(r => ((string?)r.Element(A + "t"))?.Length > 0).Element(A + "rPr");
            // The paragraph's effective formatting: its level, its own pPr and its first run's properties.
            var effective = TextStyle.Apply(style.Level(level), pPr, rPr);
            sizes.Add(effective.Size);
            // Each paragraph carries what it sets itself over its level (TextFitter reads the rest from the style).
            paras.Add(new Para(text) { Style = new ParaStyle(MarL: effective.MarL, Indent: effective.Indent, Level: level,
                SpaceBefore: (int)Math.Round(effective.Before.In(effective.Size / 100.0, effective.Size / 100.0 * 1.2) * 100), Bullet: effective.Bullet ? "•" : null, NoBullet: !effective.Bullet),
                Run = new RunStyle(effective.Size, effective.Bold, effective.Italic) });
        }
        return (paras, sizes);
    }
}

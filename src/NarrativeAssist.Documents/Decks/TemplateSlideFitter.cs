using System.Xml.Linq;
using DocumentFormat.OpenXml.Presentation;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Fits the text of a template's own slide after its tokens are filled (<see cref="TokenReplacer"/>): a text
/// body that the filled values made too tall for its box gets sizes that fit (<see cref="TextFitter"/>), written on its
/// runs; bodies that still fit keep the template's formatting untouched.</summary>
internal static class TemplateSlideFitter
{
    public const string NotFitting = "teks slide templat tidak muat meski 14 pt";

    /// <summary>Returns what was done, for the fit report (empty when nothing needed fitting).</summary>
    public static List<string> Fit(Slide slide, LayoutInfo layout, TemplateLayouts template)
    {
        var actions = new List<string>();
        var floors = new Floors(template.BuiltIn);
        foreach (var shape in slide.CommonSlideData?.ShapeTree?.Elements<Shape>() ?? [])
        {
            if (shape.TextBody is not { } body) continue;
            var ph = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
            PlaceholderInfo? info = null;
            if (ph is not null)
            {
                var type = ph.Type?.HasValue == true ? ph.Type.InnerText : "obj";
                info = layout.Placeholders.FirstOrDefault(p => ph.Index?.Value is { } idx && p.Index == idx)
                       ?? layout.Placeholders.FirstOrDefault(p => p.Type == type);
            }
            var xfrm = shape.ShapeProperties?.Transform2D;
            Rect? box = xfrm?.Offset is { X: not null, Y: not null } off && xfrm.Extents is { Cx: not null, Cy: not null } ext
                ? new Rect(off.X.Value, off.Y.Value, ext.Cx.Value, ext.Cy.Value) : info?.Box;
            if (box is not { } r) continue;
            var xml = XElement.Parse(body.OuterXml);
            var style = (info?.Style ?? layout.TextBoxStyle).Over(xml.Element(Dml.A + "lstStyle"), xml.Element(Dml.A + "bodyPr"));
            var paragraphs = body.Elements<D.Paragraph>().Where(p => TokenReplacer.TextOf(p).Trim().Length > 0).ToList();
            var paras = paragraphs.Select(p => new Para(TokenReplacer.TextOf(p), new ParaStyle(Level: p.ParagraphProperties?.Level?.Value),
                new RunStyle(p.Elements<D.Run>().FirstOrDefault()?.RunProperties?.FontSize?.Value))).ToList();
            if (paras.Count == 0) continue;
            var natural = paras.Select(p => p.Run.Size ?? style.Level(p.Style.Level ?? 0).Size).ToList();
            if (TextFitter.Height(style, r, paras, natural) <= TextFitter.Room(style, r)) continue;
            var title = info?.IsTitle == true;
            var fit = TextFitter.Fit(style, r, paras, title ? floors.Title(natural.Max()) : floors.Body(natural.Max()));
            if (!fit.Fits) fit = TextFitter.Fit(style, r, paras, floors.Last);
            for (var i = 0; i < paragraphs.Count; i++)
                foreach (var run in paragraphs[i].Elements<D.Run>())
                    (run.RunProperties ??= new D.RunProperties()).FontSize = fit.Sizes[i];
            actions.Add($"{(title ? "judul" : "teks")} slide templat diperkecil {natural.Max() / 100}→{fit.MainSize / 100} pt");
            if (!fit.Fits) actions.Add(NotFitting);
        }
        return actions;
    }
}

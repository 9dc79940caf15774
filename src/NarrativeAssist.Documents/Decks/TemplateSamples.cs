using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using static NarrativeAssist.Documents.Decks.Dml;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Formatting a slide placeholder carries itself because its template cannot give it: a list style learned
/// from a sample slide (null when the master or layout styles the text) and body properties (anchor, insets) that go
/// with a repaired box.</summary>
internal sealed record SampleLook(XElement? ListStyle, IReadOnlyList<XAttribute> BodyAttributes)
{
    /// <summary><see cref="ListStyle"/> serialized once, as slides write it.</summary>
    public string? ListStyleXml { get; } = ListStyle is null ? null : XmlOut.Serialize(x => x.Element(ListStyle));
}

/// <summary>What the template's own slides show, learned before its sample slides are removed.
/// <para>LibreOffice Impress (7.4) saves a presentation with layouts whose placeholder boxes are copied from one
/// master page — every "Title, Content" layout puts its title and its content on top of each other — and a master
/// without text styles (p:txStyles): the real positions and fonts live only on the slides the unit made. So, per
/// slide master and placeholder kind (title/ctrTitle, body/obj, subTitle), the sample slides teach a box (a:xfrm),
/// the body properties and the paragraph and run formatting of each level.</para>
/// <para>A layout is repaired when its boxes are unusable: a title, subtitle, content or picture placeholder without
/// a box (not even inherited from the master), one that does not lie on the slide (<see cref="Rect.LiesOn"/>), or a
/// title box that overlaps (<see cref="Rect.Overlaps"/>: more than 1 % of the smaller box shared) the subtitle, a
/// content or picture box — or, on a layout with nothing but a title, the area the renderer puts content in; likewise a
/// subtitle overlapping a content box. Its placeholders then get boxes from a sample slide on the same master showing
/// the same kind of slide (cover: title and subtitle; content: title and body), else on another master, else the
/// master's own boxes when they are sound, else the built-in geometry; several content placeholders keep their
/// arrangement, scaled into the learned body box. Formatting is applied only where the master's text styles (and the
/// layout's list style) set no text size. Templates saved by PowerPoint have sound boxes and text styles: for them
/// nothing changes.</para></summary>
internal sealed class TemplateSamples
{
    private enum Kind { Title, Body, Subtitle }

    private enum Role { Cover, Content }

    private sealed record Level(int Number, XElement? PPr, XElement? RPr);

    private sealed record Text(Rect? Box, XElement? BodyPr, IReadOnlyList<Level> Levels);

    private sealed record Sample(int Number, SlideMasterPart Master, Text? Title, Text? Body, Text? Subtitle)
    {
        /// <summary>Cover: a title with a subtitle and no body; content: a body (a slide with only a title is neither).</summary>
        public Role? Role => Body is not null ? TemplateSamples.Role.Content : Subtitle is not null ? TemplateSamples.Role.Cover : null;

        public Text? Of(Kind kind) => kind switch { Kind.Title => Title, Kind.Body => Body, _ => Subtitle };
    }

    private static readonly HashSet<string> DroppedRunAttributes = ["lang", "altLang", "dirty", "err", "noProof", "smtClean", "smtId", "bmk"];
    private static readonly HashSet<string> DroppedRunChildren = ["hlinkClick", "hlinkMouseOver", "rtl", "extLst"];
    private static readonly HashSet<string> Fills = ["noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill"];
    private static readonly HashSet<string> BodyGeometry = ["lIns", "tIns", "rIns", "bIns", "anchor", "anchorCtr"];
    private const long LevelIndent = 457_200;
    private const int LevelStep = 400, SmallestSize = 1200;

    private readonly List<Sample> _samples;
    private readonly Rect _slide;

    private TemplateSamples(List<Sample> samples, Rect slide) => (_samples, _slide) = (samples, slide);

    public static TemplateSamples Read(PresentationPart presentation)
    {
        var size = presentation.Presentation?.SlideSize;
        var slide = new Rect(0, 0, size?.Cx?.Value ?? MasterXml.Width, size?.Cy?.Value ?? MasterXml.Height);
        var samples = new List<Sample>();
        var number = 0;
        foreach (var id in presentation.Presentation?.SlideIdList?.Elements<SlideId>() ?? [])
        {
            number++;
            if (id.RelationshipId?.Value is not { } rid || !presentation.TryGetPartById(rid, out var found) || found is not SlidePart part) continue;
            if (part.SlideLayoutPart?.SlideMasterPart is not { } master || part.Slide?.CommonSlideData?.ShapeTree is not { } tree) continue;
            Text? title = null, subtitle = null;
            var bodies = new List<Text>();
            foreach (var sp in XElement.Parse(tree.OuterXml).Elements(P + "sp"))
            {
                if (sp.Element(P + "nvSpPr")?.Element(P + "nvPr")?.Element(P + "ph") is not { } ph) continue;
                switch ((string?)ph.Attribute("type") ?? "obj")
                {
                    case "title" or "ctrTitle": title ??= ReadText(sp, slide); break;
                    case "subTitle": subtitle ??= ReadText(sp, slide); break;
                    case "body" or "obj": bodies.Add(ReadText(sp, slide)); break;
                }
            }
            // Several content placeholders (a two-column sample) together span the body area; the first with text formats it.
            Text? body = null;
            if (bodies.Count > 0)
            {
                var boxes = bodies.Where(b => b.Box is not null).Select(b => b.Box!.Value).ToList();
                var styled = bodies.FirstOrDefault(b => b.Levels.Count > 0) ?? bodies[0];
                body = styled with { Box = boxes.Count == bodies.Count ? boxes.Aggregate((u, b) => u.Union(b)) : null };
            }
            samples.Add(new Sample(number, master, title, body, subtitle));
        }
        return new TemplateSamples(samples, slide);
    }

    private static Text ReadText(XElement sp, Rect slide)
    {
        Rect? box = null;
        if (sp.Element(P + "spPr")?.Element(A + "xfrm") is { } xfrm && xfrm.Element(A + "off") is { } off && xfrm.Element(A + "ext") is { } ext
            && long.TryParse((string?)off.Attribute("x"), out var x) && long.TryParse((string?)off.Attribute("y"), out var y)
            && long.TryParse((string?)ext.Attribute("cx"), out var cx) && long.TryParse((string?)ext.Attribute("cy"), out var cy)
            && new Rect(x, y, cx, cy) is var r && r.LiesOn(slide))
            box = r;
        var txBody = sp.Element(P + "txBody");
        var levels = new List<Level>();
        foreach (var p in txBody?.Elements(A + "p") ?? [])
        {
            var run = p.Elements(A + "r").FirstOrDefault(r => !string.IsNullOrWhiteSpace((string?)r.Element(A + "t")));
            if (run is null) continue;
            var pPr = p.Element(A + "pPr");
            var level = int.TryParse((string?)pPr?.Attribute("lvl"), out var l) ? Math.Clamp(l, 0, 8) : 0;
            if (levels.All(v => v.Number != level)) levels.Add(new Level(level, pPr, run.Element(A + "rPr")));
        }
        return new Text(box, txBody?.Element(A + "bodyPr"), levels);
    }

    /// <summary>Replaces the template's layouts with repaired ones where needed and reports what was learned.</summary>
    public void Apply(TemplateLayouts template, List<string> report)
    {
        var fixedLayouts = new List<LayoutInfo>();
        var repaired = new List<LayoutInfo>();
        var styled = false;
        foreach (var layout in template.Layouts)
        {
            var fixedLayout = Fix(layout, template);
            if (fixedLayout.Repair is not null) repaired.Add(fixedLayout);
            styled |= fixedLayout.Placeholders.Any(p => p.Look?.ListStyle is not null);
            fixedLayouts.Add(fixedLayout);
        }
        template.Layouts = fixedLayouts;
        if (repaired.Count > 0)
            report.Add($"Kotak placeholder {repaired.Count} tata letak templat tidak dapat dipakai (contoh: {repaired[0].Describe}: {repaired[0].Repair}); " +
                       "kotak judul, isi dan subjudul diambil dari slide templat" +
                       (_samples.Count > 0 ? $" nomor {string.Join(", ", _samples.Select(s => s.Number))}" : " (tidak ada: geometri bawaan)") + ".");
        if (styled)
            report.Add("Master templat tanpa gaya teks: jenis, ukuran dan warna huruf serta poin judul, isi dan subjudul diambil dari slide templat.");
    }

    private LayoutInfo Fix(LayoutInfo layout, TemplateLayouts template)
    {
        var role = layout.Content.Count > 0 || layout.Subtitle is null ? Role.Content : Role.Cover;
        var problem = Problem(layout, template);
        if (problem is null)
        {
            var looks = layout.Placeholders.Select(p => Look(layout, p, role, null) is { } look ? p with { Look = look } : p).ToList();
            return looks.SequenceEqual(layout.Placeholders) ? layout : layout with { Placeholders = looks };
        }

        var title = Find(layout.Master, role, Kind.Title);
        var body = Find(layout.Master, Role.Content, Kind.Body);
        var subtitle = Find(layout.Master, role, Kind.Subtitle);
        var placed = Place(layout, role, title.Box, body.Box, subtitle.Box);
        if (!Sound(layout, placed, body.Box))
        {
            (title, body, subtitle) = (Builtin(role, Kind.Title), Builtin(Role.Content, Kind.Body), Builtin(role, Kind.Subtitle));
            placed = Place(layout, role, title.Box, body.Box, subtitle.Box);
        }
        var placeholders = layout.Placeholders.Select(p =>
        {
            if (!placed.TryGetValue(p, out var box)) return p;
            var source = p.IsTitle ? title.Text : p.Type == "subTitle" && role == Role.Cover ? subtitle.Text : body.Text;
            return p with { Box = box, Pinned = true, Look = Look(layout, p, role, source) };
        }).ToList();
        return layout with { Placeholders = placeholders, TitleArea = title.Box, BodyArea = body.Box, Repair = problem };
    }

    /// <summary>Why the layout's boxes cannot be used as they are (null: they can).</summary>
    private string? Problem(LayoutInfo layout, TemplateLayouts template)
    {
        var title = layout.Title;
        var others = layout.Placeholders.Where(p => !p.IsTitle && (p.IsContent || p.Type is "subTitle" or "pic")).ToList();
        foreach (var p in title is null ? others : others.Prepend(title))
        {
            if (p.Box is not { } box) return $"{p.Label} tanpa kotak";
            if (!box.LiesOn(_slide)) return $"{p.Label} tidak berada di dalam slide";
        }
        if (title?.Box is { } t)
        {
            if (others.FirstOrDefault(p => t.Overlaps(p.Box!.Value)) is { } hit) return $"placeholder judul bertumpuk dengan {hit.Label}";
            if (others.Count == 0 && t.Overlaps(template.BodyBox)) return "placeholder judul bertumpuk dengan area isi slide";
        }
        if (layout.Subtitle?.Box is { } s && layout.Content.FirstOrDefault(p => s.Overlaps(p.Box!.Value)) is { } under)
            return $"placeholder subjudul bertumpuk dengan {under.Label}";
        return null;
    }

    /// <summary>The repaired box of every title, subtitle, content and picture placeholder of the layout.</summary>
    private static Dictionary<PlaceholderInfo, Rect> Place(LayoutInfo layout, Role role, Rect title, Rect body, Rect subtitle)
    {
        var placed = new Dictionary<PlaceholderInfo, Rect>(ReferenceEqualityComparer.Instance);
        var group = layout.Placeholders.Where(p => p.IsContent || p.Type == "pic" || (p.Type == "subTitle" && role == Role.Content)).ToList();
        var boxes = group.Where(p => p.Box is not null).Select(p => p.Box!.Value).ToList();
        Rect? union = boxes.Count == group.Count && boxes.Count > 0 ? boxes.Aggregate((u, b) => u.Union(b)) : null;
        foreach (var p in layout.Placeholders)
        {
            if (p.IsTitle) placed[p] = title;
            else if (group.Contains(p)) placed[p] = union is { } u ? p.Box!.Value.Map(u, body) : body;
            else if (p.Type == "subTitle") placed[p] = subtitle;
        }
        return placed;
    }

    /// <summary>The repaired boxes lie on the slide and the title overlaps nothing (nor the body area on a title-only layout).</summary>
    private bool Sound(LayoutInfo layout, Dictionary<PlaceholderInfo, Rect> placed, Rect body)
    {
        if (!placed.Values.Append(body).All(b => b.LiesOn(_slide))) return false;
        var title = placed.Where(p => p.Key.IsTitle).Select(p => (Rect?)p.Value).FirstOrDefault();
        var others = placed.Where(p => !p.Key.IsTitle).Select(p => p.Value).ToList();
        if (title is not { } t) return true;
        return !others.Any(t.Overlaps) && (others.Count > 0 || !t.Overlaps(body));
    }

    /// <summary>Where placeholders of <paramref name="kind"/> go on a slide of <paramref name="role"/> on this master:
    /// a sample on the master, a sample on another master, the master's own sound boxes, the built-in geometry.</summary>
    private (Rect Box, Text? Text) Find(SlideMasterPart master, Role role, Kind kind)
    {
        var sample = _samples.FirstOrDefault(s => s.Master == master && s.Role == role && s.Of(kind)?.Box is not null)
                     ?? _samples.FirstOrDefault(s => s.Role == role && s.Of(kind)?.Box is not null);
        if (sample?.Of(kind) is { Box: { } box } text) return (box, text);
        if (role == Role.Content && MasterBoxes(master) is { } own) return (kind == Kind.Title ? own.Title : own.Body, null);
        return Builtin(role, kind);
    }

    private (Rect Box, Text? Text) Builtin(Role role, Kind kind)
    {
        var box = (role, kind) switch
        {
            (Role.Cover, Kind.Title) => MasterXml.CoverTitleBox,
            (Role.Cover, _) => MasterXml.CoverSubtitleBox,
            (_, Kind.Title) => MasterXml.TitleBox,
            _ => MasterXml.BodyBox,
        };
        return (new Rect(box.X * _slide.Cx / MasterXml.Width, box.Y * _slide.Cy / MasterXml.Height,
            box.Cx * _slide.Cx / MasterXml.Width, box.Cy * _slide.Cy / MasterXml.Height), null);
    }

    /// <summary>The master's own title and body boxes, when both exist, lie on the slide and do not overlap.</summary>
    private (Rect Title, Rect Body)? MasterBoxes(SlideMasterPart master)
    {
        Rect? title = null, body = null;
        foreach (var shape in master.SlideMaster?.CommonSlideData?.ShapeTree?.Elements<Shape>() ?? [])
        {
            if (shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape is not { } ph) continue;
            var type = ph.Type?.HasValue == true ? ph.Type.InnerText : "obj";
            if (shape.ShapeProperties?.Transform2D is not { Offset: { X: not null, Y: not null } off, Extents: { Cx: not null, Cy: not null } ext }) continue;
            var box = new Rect(off.X.Value, off.Y.Value, ext.Cx.Value, ext.Cy.Value);
            if (type is "title" or "ctrTitle") title ??= box;
            else if (type is "body" or "obj") body ??= box;
        }
        return title is { } t && body is { } b && t.LiesOn(_slide) && b.LiesOn(_slide) && !t.Overlaps(b) ? (t, b) : null;
    }

    // Formatting

    private SampleLook? Look(LayoutInfo layout, PlaceholderInfo ph, Role role, Text? boxSource)
    {
        Kind? kind = ph.IsTitle ? Kind.Title : ph.Type == "subTitle" ? Kind.Subtitle : ph.IsContent ? Kind.Body : null;
        XElement? list = null;
        if (kind is { } k && !ph.HasOwnTextSize && !MasterSizes(layout.Master, k) && Formatting(layout.Master, role, k) is { } found)
            list = ListStyle(found.Text, k, found.Sibling, found.Foreign);
        var attributes = boxSource?.BodyPr?.Attributes().Where(a => BodyGeometry.Contains(a.Name.LocalName)).Select(a => new XAttribute(a)).ToList() ?? [];
        return list is null && attributes.Count == 0 ? null : new SampleLook(list, attributes);
    }

    /// <summary>Whether the master's text styles give the kind's first level a size.</summary>
    private static bool MasterSizes(SlideMasterPart master, Kind kind)
    {
        var styles = master.SlideMaster?.TextStyles;
        var level1 = kind == Kind.Title ? styles?.TitleStyle?.Level1ParagraphProperties : styles?.BodyStyle?.Level1ParagraphProperties;
        return level1?.GetFirstChild<D.DefaultRunProperties>()?.FontSize is not null;
    }

    /// <summary>The sample formatting for the kind on this master: same master and kind of slide, same master, the
    /// sibling kind (body ↔ subtitle) on the same master, then another master (<c>Foreign</c>: its colors are not
    /// taken, they belong to that master's background).</summary>
    private (Text Text, bool Sibling, bool Foreign)? Formatting(SlideMasterPart master, Role role, Kind kind)
    {
        bool Has(Sample s, Kind k) => s.Of(k)?.Levels.Count > 0;
        var mine = _samples.Where(s => s.Master == master).ToList();
        if ((mine.FirstOrDefault(s => s.Role == role && Has(s, kind)) ?? mine.FirstOrDefault(s => Has(s, kind))) is { } same) return (same.Of(kind)!, false, false);
        if (kind != Kind.Title)
        {
            var sibling = kind == Kind.Body ? Kind.Subtitle : Kind.Body;
            if (mine.FirstOrDefault(s => Has(s, sibling)) is { } near) return (near.Of(sibling)!, true, false);
        }
        if ((_samples.FirstOrDefault(s => s.Role == role && Has(s, kind)) ?? _samples.FirstOrDefault(s => Has(s, kind))) is { } other)
            return (other.Of(kind)!, false, true);
        return null;
    }

    /// <summary>A list style from the sample's paragraphs: titles and subtitles one level, bodies five; a level the
    /// sample does not show continues the nearest one above it (indented further, 2 pt smaller).</summary>
    private static XElement ListStyle(Text text, Kind kind, bool sibling, bool foreign)
    {
        var list = new XElement(A + "lstStyle");
        var count = kind == Kind.Body ? 5 : 1;
        for (var n = 0; n < count; n++)
        {
            var source = text.Levels.Where(l => l.Number <= n).MaxBy(l => l.Number) ?? text.Levels.MinBy(l => l.Number)!;
            list.Add(LevelStyle(n, source, Math.Max(0, n - source.Number), noBullets: sibling && kind == Kind.Subtitle, foreign));
        }
        return list;
    }

    private static XElement LevelStyle(int n, Level source, int deeper, bool noBullets, bool foreign)
    {
        var level = new XElement(A + $"lvl{n + 1}pPr");
        foreach (var attribute in source.PPr?.Attributes() ?? [])
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.LocalName == "lvl") continue;
            level.Add(new XAttribute(attribute));
        }
        if (deeper > 0 && !noBullets)
            level.SetAttributeValue("marL", (long.TryParse((string?)level.Attribute("marL"), out var marL) ? marL : 0) + deeper * LevelIndent);
        if (noBullets)
        {
            level.SetAttributeValue("marL", 0);
            level.SetAttributeValue("indent", 0);
        }
        var children = (source.PPr?.Elements() ?? []).Where(e => e.Name.LocalName is not ("extLst" or "defRPr"))
            .Where(e => !(foreign && e.Name.LocalName == "buClr"))
            .Where(e => !(noBullets && e.Name.LocalName.StartsWith("bu", StringComparison.Ordinal)))
            .Select(e => new XElement(e)).ToList();
        if (noBullets)
        {
            var tabs = children.FindIndex(e => e.Name.LocalName == "tabLst");
            children.Insert(tabs < 0 ? children.Count : tabs, new XElement(A + "buNone"));
        }
        level.Add(children);

        var run = new XElement(A + "defRPr");
        foreach (var attribute in source.RPr?.Attributes() ?? [])
        {
            if (attribute.IsNamespaceDeclaration || DroppedRunAttributes.Contains(attribute.Name.LocalName)) continue;
            run.Add(new XAttribute(attribute));
        }
        if (deeper > 0 && int.TryParse((string?)run.Attribute("sz"), out var size))
            run.SetAttributeValue("sz", Math.Max(SmallestSize, size - deeper * LevelStep));
        run.Add((source.RPr?.Elements() ?? []).Where(e => !DroppedRunChildren.Contains(e.Name.LocalName) && !(foreign && Fills.Contains(e.Name.LocalName)))
            .Select(e => new XElement(e)));
        level.Add(run);
        return level;
    }
}

using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using D = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A placeholder of a layout: its type (an absent type means "obj", as the schema says), index, and the
/// box it occupies — its own, or inherited from the master placeholder of the same kind.</summary>
internal sealed record PlaceholderInfo(string Type, uint? Index, bool TypeWritten, Rect? Box)
{
    public bool IsTitle => Type is "title" or "ctrTitle";
    public bool IsContent => Type is "body" or "obj";

    /// <summary>The layout's own list style sets a text size for this placeholder.</summary>
    public bool HasOwnTextSize { get; init; }

    /// <summary>The box was repaired from the template's sample slides (<see cref="TemplateSamples"/>): slides write it out.</summary>
    public bool Pinned { get; init; }

    /// <summary>Formatting learned from the sample slides, for a master without text styles (null: the template styles it).</summary>
    public SampleLook? Look { get; init; }

    /// <summary>The text formatting the placeholder gives its text (master and layout inheritance, theme fonts), before
    /// <see cref="Look"/>: what the fitter measures with.</summary>
    public TextStyle BaseStyle { get; init; } = TextStyle.Default;

    /// <summary>The placeholder's name in the layout ("Title 1", "Text Placeholder 2"): a hint where types are missing.</summary>
    public string Name { get; init; } = "";

    /// <summary>The formatting a slide's text in this placeholder gets, with the learned look laid over it.</summary>
    public TextStyle Style => Look is null ? BaseStyle
        : BaseStyle.Over(Look.ListStyle).Over(Look.BodyAttributes);

    /// <summary>How the report names it: "judul", "subjudul", "isi (idx 1)", "gambar (idx 1)".</summary>
    public string Label => Type switch
    {
        "title" or "ctrTitle" => "placeholder judul",
        "subTitle" => "placeholder subjudul",
        "pic" => "placeholder gambar" + (Index is { } i ? $" (idx {i})" : ""),
        _ => "placeholder isi" + (Index is { } i ? $" (idx {i})" : ""),
    };
}

/// <summary>A layout of the template as the renderer sees it. <see cref="Type"/> is what the layout declares ("cust"
/// when it declares nothing); <see cref="Role"/> what its placeholders' geometry and names show it is for.</summary>
internal sealed record LayoutInfo(SlideLayoutPart Part, SlideMasterPart Master, string Type, string Name, IReadOnlyList<PlaceholderInfo> Placeholders)
{
    /// <summary>The formatting of text boxes on slides of this layout's master (its "other" text style).</summary>
    public TextStyle TextBoxStyle { get; init; } = TextStyle.Default;

    /// <summary>The slide size, for geometry-based classification.</summary>
    public Rect Slide { get; init; } = new(0, 0, MasterXml.Width, MasterXml.Height);

    /// <summary>What the layout is for, by type when typed and by placeholder geometry and name otherwise (<see cref="LayoutRoles"/>).</summary>
    public string Role => LayoutRoles.Classify(this);

    /// <summary>The layout's part name ("ppt/slideLayouts/slideLayout2.xml"): what rendered slides relate to, read
    /// while the template is open (the analysis outlives the SDK document; <see cref="Part"/> and <see cref="Master"/>
    /// then serve as identities only).</summary>
    public string PartName { get; } = Part.Uri.OriginalString.TrimStart('/');

    /// <summary>Set when the layout's boxes were repaired: where a title or content without a placeholder goes
    /// (otherwise <see cref="TemplateLayouts.TitleBox"/> and <see cref="TemplateLayouts.BodyBox"/>).</summary>
    public Rect? TitleArea { get; init; }
    public Rect? BodyArea { get; init; }

    /// <summary>Why and from where the boxes were repaired, for the mapping report (null: the layout's own boxes).</summary>
    public string? Repair { get; init; }

    public PlaceholderInfo? Title => Placeholders.FirstOrDefault(p => p.IsTitle);
    public PlaceholderInfo? Subtitle => Placeholders.FirstOrDefault(p => p.Type == "subTitle");
    public IReadOnlyList<PlaceholderInfo> Content => Placeholders.Where(p => p.IsContent).OrderBy(p => p.Index ?? 0).ToList();
    public PlaceholderInfo? Picture => Placeholders.FirstOrDefault(p => p.Type == "pic");
    public string Describe => Type == "cust" ? $"«{Name}» (tanpa jenis, dikenali sebagai {Role})" : $"«{Name}» ({Type})";
}

/// <summary>Reads every layout of the template (all masters, master order) and the geometry the slides inherit.</summary>
internal sealed class TemplateLayouts
{
    public required IReadOnlyList<LayoutInfo> Layouts { get; set; }
    public required Rect SlideSize { get; init; }
    public required Rect TitleBox { get; init; }
    public required Rect BodyBox { get; init; }

    /// <summary>A built-in template (body text floor 18 pt, see <see cref="Floors"/>).</summary>
    public bool BuiltIn { get; set; }

    /// <summary>With several masters (LibreOffice writes one per master page), the master of the template's cover
    /// and the master most of its other slides use: the unit's own choice for opening and for content slides.</summary>
    public SlideMasterPart? CoverMaster { get; private set; }
    public SlideMasterPart? ContentMaster { get; private set; }

    /// <summary>Notes which masters the template's own slides use; call before its sample slides are removed.</summary>
    public void LearnMasters(PresentationPart presentation)
    {
        var used = presentation.Presentation?.SlideIdList?.Elements<SlideId>()
            .Select(id => id.RelationshipId?.Value is { } rid ? (presentation.GetPartById(rid) as SlidePart)?.SlideLayoutPart?.SlideMasterPart : null)
            .ToList() ?? [];
        if (used.Count == 0) return;
        CoverMaster = used[0];
        ContentMaster = (used.Count > 1 ? used.Skip(1) : used).OfType<SlideMasterPart>()
            .GroupBy(m => m).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    /// <summary>Learns placeholder boxes and formatting from the template's own slides and repairs the layouts whose
    /// boxes are unusable (see <see cref="TemplateSamples"/>); call before its sample slides are removed.</summary>
    public void LearnSamples(PresentationPart presentation, List<string> report) =>
        TemplateSamples.Read(presentation).Apply(this, report);

    public static TemplateLayouts Read(PresentationPart presentation)
    {
        var size = presentation.Presentation?.SlideSize;
        var slide = new Rect(0, 0, size?.Cx?.Value ?? MasterXml.Width, size?.Cy?.Value ?? MasterXml.Height);
        // Defaults scale the built-in geometry to the template's slide size, for masters without placeholders.
        Rect Scaled(Rect r) => new(r.X * slide.Cx / MasterXml.Width, r.Y * slide.Cy / MasterXml.Height,
            r.Cx * slide.Cx / MasterXml.Width, r.Cy * slide.Cy / MasterXml.Height);

        var layouts = new List<LayoutInfo>();
        var defaultTextStyle = presentation.Presentation?.DefaultTextStyle is { } dts ? XElement.Parse(dts.OuterXml) : null;
        Rect? masterTitle = null, masterBody = null;
        var masters = presentation.Presentation?.SlideMasterIdList?.Elements<SlideMasterId>()
            .Select(id => id.RelationshipId?.Value is { } rid ? presentation.GetPartById(rid) as SlideMasterPart : null)
            .OfType<SlideMasterPart>().ToList() ?? [];
        if (masters.Count == 0) masters = [.. presentation.SlideMasterParts];
        foreach (var master in masters)
        {
            var masterXml = XElement.Parse(master.SlideMaster!.OuterXml);
            var textStyles = new MasterTextStyles(masterXml, master.ThemePart?.Theme is { } theme ? XElement.Parse(theme.OuterXml) : null, defaultTextStyle);
            var masterShapes = Placeholders(master.SlideMaster?.CommonSlideData?.ShapeTree, new Dictionary<string, Rect>(), textStyles);
            var inherited = masterShapes.Where(p => p.Box is not null).GroupBy(p => p.IsTitle ? "title" : "body")
                .ToDictionary(g => g.Key, g => g.First().Box!.Value);
            masterTitle ??= inherited.TryGetValue("title", out var t) ? t : null;
            masterBody ??= inherited.TryGetValue("body", out var b) ? b : null;

            var ordered = master.SlideMaster?.SlideLayoutIdList?.Elements<SlideLayoutId>()
                .Select(id => id.RelationshipId?.Value is { } rid ? master.GetPartById(rid) as SlideLayoutPart : null)
                .OfType<SlideLayoutPart>().ToList() ?? [];
            foreach (var part in ordered.Count > 0 ? ordered : master.SlideLayoutParts)
            {
                var layout = part.SlideLayout;
                if (layout is null) continue;
                // The schema's default layout type is "cust": an untyped layout says nothing about what it is for.
                var type = layout.Type?.HasValue == true ? layout.Type.InnerText ?? "cust" : "cust";
                layouts.Add(new LayoutInfo(part, master, type, layout.CommonSlideData?.Name?.Value ?? type ?? "",
                    Placeholders(layout.CommonSlideData?.ShapeTree, inherited, textStyles)) { TextBoxStyle = textStyles.Other, Slide = slide });
            }
        }
        return new TemplateLayouts
        {
            Layouts = layouts,
            SlideSize = slide,
            TitleBox = masterTitle ?? Scaled(MasterXml.TitleBox),
            BodyBox = masterBody ?? Scaled(MasterXml.BodyBox),
        };
    }

    private static List<PlaceholderInfo> Placeholders(ShapeTree? tree, IReadOnlyDictionary<string, Rect> inherited, MasterTextStyles styles)
    {
        var list = new List<PlaceholderInfo>();
        if (tree is null) return list;
        foreach (var shape in tree.Elements<Shape>())
        {
            var ph = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
            if (ph is null) continue;
            var type = ph.Type?.HasValue == true ? ph.Type.InnerText ?? "obj" : "obj";
            if (type is "dt" or "ftr" or "sldNum" or "hdr") continue;
            var isTitle = type is "title" or "ctrTitle";
            var box = BoxOf(shape.ShapeProperties?.Transform2D)
                      ?? (inherited.TryGetValue(isTitle ? "title" : "body", out var r) ? r : null);
            list.Add(new PlaceholderInfo(type, ph.Index?.Value, ph.Type?.HasValue == true, box)
            {
                BaseStyle = styles.ForPlaceholder(type, XElement.Parse(shape.OuterXml)),
                Name = shape.NonVisualShapeProperties?.NonVisualDrawingProperties?.Name?.Value ?? "",
                HasOwnTextSize = shape.TextBody?.ListStyle?.Level1ParagraphProperties?.GetFirstChild<D.DefaultRunProperties>()?.FontSize is not null,
            });
        }
        return list;
    }

    private static Rect? BoxOf(D.Transform2D? xfrm) =>
        xfrm?.Offset is { X: not null, Y: not null } off && xfrm.Extents is { Cx: not null, Cy: not null } ext && ext.Cx.Value > 0 && ext.Cy.Value > 0
            ? new Rect(off.X.Value, off.Y.Value, ext.Cx.Value, ext.Cy.Value)
            : null;
}

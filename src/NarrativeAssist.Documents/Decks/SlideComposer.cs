using System.Xml.Linq;
using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Builds one slide of the plan on its layout. Content goes into the layout's placeholders so the template
/// styles it (fonts, colors, bullets); what a layout has no placeholder for becomes a text box or frame positioned
/// from the layout's (or master's) placeholder boxes. Every decision is recorded for the mapping report.</summary>
internal sealed class SlideComposer
{
    private const long Gap = 274_320;
    private readonly SlidePlan _slide;
    private readonly Func<ChartSpec, string> _addChart;
    private readonly LayoutInfo _layout;
    private readonly TemplateLayouts _template;
    private readonly List<XElement> _shapes = [];
    private readonly List<string> _placed = [];
    private int _nextId = 2;

    private SlideComposer(SlidePlan slide, Func<ChartSpec, string> addChart, LayoutInfo layout, TemplateLayouts template) =>
        (_slide, _addChart, _layout, _template) = (slide, addChart, layout, template);

    /// <summary>The slide XML and what went where ("judul → placeholder judul", …). <paramref name="addChart"/>
    /// writes a chart part (with its workbook) related to the slide and returns the relationship id.</summary>
    public static (XElement Slide, IReadOnlyList<string> Placed) Compose(SlidePlan slide, Func<ChartSpec, string> addChart, LayoutInfo layout, TemplateLayouts template)
    {
        var composer = new SlideComposer(slide, addChart, layout, template);
        composer.Build();
        var xml = Root(P + "sld",
            new XElement(P + "cSld", new XElement(P + "spTree", TreeStart(), composer._shapes)),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));
        xml.Add(new XAttribute(XNamespace.Xmlns + "c", C));
        return (xml, composer._placed);
    }

    private int NextId() => _nextId++;

    /// <summary>Where content goes without a placeholder of its own: the repaired layout's body area, else the template's.</summary>
    private Rect BodyArea => _layout.BodyArea ?? _template.BodyBox;

    private void Build()
    {
        Title();
        if (_layout.Repair is not null) _placed.Add("kotak placeholder dari slide templat (kotak tata letak tidak dapat dipakai)");
        switch (_slide.Kind)
        {
            case SlideKind.Title or SlideKind.Closing or SlideKind.Section: Caption(); break;
            case SlideKind.Chart: Chart(); break;
            case SlideKind.Table: Table(); break;
            default: Body(); break;
        }
    }

    private void Title()
    {
        if (_layout.Title is { } ph)
        {
            _shapes.Add(Placeholder(ph, null, [Paragraph(_slide.Title)]));
            _placed.Add($"judul → {ph.Label}");
            return;
        }
        var titleBox = _layout.TitleArea ?? _template.TitleBox;
        var box = _slide.Kind is SlideKind.Title or SlideKind.Closing or SlideKind.Section
            ? new Rect(titleBox.X, _template.SlideSize.Cy / 3, titleBox.Cx, titleBox.Cy)
            : titleBox;
        _shapes.Add(TextBox(box, [Paragraph(_slide.Title, Plain(), RunProps(3600, bold: true))], anchor: "b"));
        _placed.Add("judul → kotak teks (tata letak tanpa placeholder judul)");
    }

    /// <summary>Title, section and closing slides: the subtitle and any points as plain lines under the title.</summary>
    private void Caption()
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(_slide.Subtitle)) lines.Add(_slide.Subtitle);
        lines.AddRange(_slide.Bullets.Select(b => b.Text));
        if (lines.Count > 0)
        {
            var target = _slide.Kind == SlideKind.Section ? _layout.Content.FirstOrDefault() ?? _layout.Subtitle : _layout.Subtitle ?? _layout.Content.FirstOrDefault();
            if (target is not null)
            {
                _shapes.Add(Placeholder(target, null, lines.Select(l => Paragraph(l, Plain()))));
                _placed.Add($"subjudul → {target.Label}");
            }
            else
            {
                var title = _layout.Title?.Box ?? _layout.TitleArea ?? _template.TitleBox;
                var box = new Rect(title.X, Math.Min(title.Bottom + Gap, _template.SlideSize.Cy - 1_371_600), title.Cx, 1_280_160);
                _shapes.Add(TextBox(box, lines.Select(l => Paragraph(l, Plain(), RunProps(2400)))));
                _placed.Add("subjudul → kotak teks (tata letak tanpa placeholder subjudul)");
            }
        }
        Images(null);
    }

    /// <summary>Bullets and quotes: the first content placeholder, else a text box in the body area.</summary>
    private void Body()
    {
        var ph = _layout.Content.FirstOrDefault();
        var area = ph?.Box ?? BodyArea;
        var paragraphs = BodyParagraphs(ph is not null).ToList();
        var main = Images(paragraphs.Count > 0 ? area : null) ?? area;
        if (paragraphs.Count == 0) return;
        var what = _slide.Kind == SlideKind.Quote ? "kutipan" : $"{_slide.Bullets.Count} poin";
        if (ph is not null)
        {
            _shapes.Add(Placeholder(ph, main == area ? null : main, paragraphs));
            _placed.Add($"{what} → {ph.Label}");
        }
        else
        {
            _shapes.Add(TextBox(main, paragraphs));
            _placed.Add($"{what} → kotak teks (tata letak tanpa placeholder isi)");
        }
    }

    private IEnumerable<XElement> BodyParagraphs(bool inPlaceholder)
    {
        if (!string.IsNullOrWhiteSpace(_slide.Subtitle))
            yield return Paragraph(_slide.Subtitle, Plain(), RunProps(inPlaceholder ? null : 2400, bold: true));
        if (_slide.Kind == SlideKind.Quote)
        {
            foreach (var b in _slide.Bullets) yield return b.Level == 0 ? Quote(b.Text) : Attribution(b.Text);
            yield break;
        }
        foreach (var b in _slide.Bullets) yield return inPlaceholder ? PlaceholderBullet(b) : BoxBullet(b);
    }

    private void Chart()
    {
        if (_slide.Chart is not { } spec)
        {
            _placed.Add("tidak ada data grafik: hanya poin yang ditulis");
            Body();
            return;
        }
        var content = _layout.Content;
        var area = content.FirstOrDefault()?.Box ?? BodyArea;
        var main = Images(area) ?? area;
        Rect chartBox;
        if (_slide.Bullets.Count > 0 && content.Count >= 2 && main == area)
        {
            chartBox = content[0].Box ?? area;
            _shapes.Add(Placeholder(content[1], null, _slide.Bullets.Select(PlaceholderBullet)));
            _placed.Add($"{_slide.Bullets.Count} poin → {content[1].Label}");
        }
        else if (_slide.Bullets.Count > 0)
        {
            chartBox = main.LeftPart(0.62, Gap);
            _shapes.Add(TextBox(main.RightPart(0.38, Gap), _slide.Bullets.Select(BoxBullet)));
            _placed.Add($"{_slide.Bullets.Count} poin → kotak teks di sisi kanan grafik");
        }
        else chartBox = main;

        _shapes.Add(ChartFrame(NextId(), _addChart(spec), chartBox));
        var type = spec.Type == ChartType.Line ? "garis" : "kolom";
        _placed.Add($"grafik {type} asli «{Clean(spec.Title)}» ({spec.Series.Count} seri × {spec.Categories.Count} kategori) dengan buku kerja tertanam → " +
                    (content.Count > 0 && chartBox == content[0].Box ? $"area {content[0].Label}" : "area isi"));
    }

    private void Table()
    {
        if (_slide.Table is not { } table)
        {
            _placed.Add("tidak ada data tabel: hanya poin yang ditulis");
            Body();
            return;
        }
        var area = _layout.Content.FirstOrDefault()?.Box ?? BodyArea;
        var main = Images(area) ?? area;
        var tableBox = main;
        if (_slide.Bullets.Count > 0)
        {
            var top = (long)(main.Cy * 0.7);
            tableBox = main with { Cy = top - Gap / 2 };
            _shapes.Add(TextBox(new Rect(main.X, main.Y + top + Gap / 2, main.Cx, main.Cy - top - Gap / 2), _slide.Bullets.Select(BoxBullet)));
            _placed.Add($"{_slide.Bullets.Count} poin → kotak teks di bawah tabel");
        }
        _shapes.Add(TableFrame.Build(NextId(), table, tableBox));
        _placed.Add($"tabel {table.Header.Count} kolom × {table.Rows.Count} baris → area isi");
    }

    /// <summary>Places the image slots; returns the part of <paramref name="area"/> left for the main content
    /// (null when nothing else needs room, or there are no slots).</summary>
    private Rect? Images(Rect? area)
    {
        if (_slide.Images.Count == 0) return null;
        var slots = _slide.Images.ToList();
        if (_layout.Picture is { } pic)
        {
            _shapes.Add(Placeholder(pic, null, [ImageFrames.Centered(ImageFrames.Prompt(slots[0]))]));
            _placed.Add($"foto «{Clean(slots[0].Caption)}» → {pic.Label}");
            slots.RemoveAt(0);
            if (slots.Count == 0) return null;
        }
        Rect frames;
        Rect? rest = null;
        if (area is { } a)
        {
            frames = a.RightPart(0.36, Gap);
            rest = a.LeftPart(0.64, Gap);
        }
        else
        {
            var body = _slide.Kind is SlideKind.Title or SlideKind.Closing or SlideKind.Section
                ? new Rect(BodyArea.X, _template.SlideSize.Cy * 2 / 3, BodyArea.Cx, _template.SlideSize.Cy / 4)
                : _layout.Content.FirstOrDefault()?.Box ?? BodyArea;
            frames = body;
        }
        var boxes = area is null ? frames.Columns(slots.Count, Gap) : frames.Rows(slots.Count, Gap);
        foreach (var (slot, box) in slots.Zip(boxes))
        {
            _shapes.Add(ImageFrames.DashedFrame(NextId(), slot, box));
            _placed.Add($"foto «{Clean(slot.Caption)}» → bingkai bergaris putus-putus");
        }
        return rest;
    }

    // Shapes

    private XElement Placeholder(PlaceholderInfo ph, Rect? box, IEnumerable<XElement> paragraphs)
    {
        var id = NextId();
        if (ph.Pinned) box ??= ph.Box;
        // A body placeholder without an index is ambiguous when the layout has several (LibreOffice writes them so):
        // the box is written out so the slide shows it where the layout does.
        if (box is null && ph.Index is null && !ph.IsTitle && _layout.Placeholders.Count(p => p.Type == ph.Type) > 1) box = ph.Box;
        var bodyPr = new XElement(A + "bodyPr", ph.Look?.BodyAttributes.Select(a => new XAttribute(a)), ph.IsTitle ? null : new XElement(A + "normAutofit"));
        // The prompt of a picture placeholder sits at its foot: LibreOffice draws the placeholder's picture icon in the middle.
        if (ph.Type == "pic") bodyPr.SetAttributeValue("anchor", "b");
        return new XElement(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"{NameOf(ph)} {id - 1}")),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1))),
                new XElement(P + "nvPr", new XElement(P + "ph",
                    ph.TypeWritten ? new XAttribute("type", ph.Type) : null,
                    ph.Index is { } idx ? new XAttribute("idx", idx) : null))),
            new XElement(P + "spPr", box is { } r ? Xfrm(r) : null),
            TxBody(bodyPr, paragraphs, ph.Look?.ListStyle));
    }

    private static string NameOf(PlaceholderInfo ph) => ph.Type switch
    {
        "title" or "ctrTitle" => "Judul",
        "subTitle" => "Subjudul",
        "pic" => "Gambar",
        _ => "Isi",
    };

    private XElement TextBox(Rect box, IEnumerable<XElement> paragraphs, string? anchor = null)
    {
        var id = NextId();
        return new XElement(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Kotak Teks {id - 1}")),
                new XElement(P + "cNvSpPr", new XAttribute("txBox", 1)), new XElement(P + "nvPr")),
            new XElement(P + "spPr", Xfrm(box), new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")),
                new XElement(A + "noFill")),
            TxBody(BodyPr(autofit: true, anchor: anchor), paragraphs));
    }

    private static XElement ChartFrame(int id, string relationshipId, Rect box) =>
        new(P + "graphicFrame",
            new XElement(P + "nvGraphicFramePr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Grafik {id - 1}")),
                new XElement(P + "cNvGraphicFramePr", new XElement(A + "graphicFrameLocks", new XAttribute("noGrp", 1))),
                new XElement(P + "nvPr")),
            PXfrm(box),
            new XElement(A + "graphic", new XElement(A + "graphicData", new XAttribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
                new XElement(C + "chart", new XAttribute(R + "id", relationshipId)))));

    // Paragraphs

    private static XElement Plain(string align = "l") =>
        new(A + "pPr", new XAttribute("marL", 0), new XAttribute("indent", 0), align == "l" ? null : new XAttribute("algn", align), new XElement(A + "buNone"));

    private static XElement PlaceholderBullet(Bullet b) =>
        Paragraph(b.Text, b.Level > 0 ? new XElement(A + "pPr", new XAttribute("lvl", Math.Min(b.Level, 8))) : null);

    /// <summary>Text boxes do not inherit the master's body bullets: indent and bullet characters are explicit.</summary>
    private static XElement BoxBullet(Bullet b)
    {
        var level = Math.Clamp(b.Level, 0, 4);
        var marL = 342_900 + level * 400_050;
        return Paragraph(b.Text,
            new XElement(A + "pPr", new XAttribute("marL", marL), new XAttribute("indent", -285_750), level > 0 ? new XAttribute("lvl", level) : null,
                new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", 600))),
                new XElement(A + "buFont", new XAttribute("typeface", "Arial")),
                new XElement(A + "buChar", new XAttribute("char", level % 2 == 0 ? "•" : "–"))),
            RunProps(level == 0 ? 2400 : 2000));
    }

    private static XElement Quote(string text)
    {
        var t = Clean(text).Trim();
        if (!t.StartsWith('“') && !t.StartsWith('"')) t = $"“{t}”";
        return Paragraph(t,
            new XElement(A + "pPr", new XAttribute("marL", 0), new XAttribute("indent", 0),
                new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", 1800))), new XElement(A + "buNone")),
            RunProps(2800, italic: true));
    }

    private static XElement Attribution(string text)
    {
        var t = Clean(text).Trim();
        if (!t.StartsWith('—')) t = $"— {t}";
        return Paragraph(t, Plain("r"), RunProps(2000, bold: true));
    }
}

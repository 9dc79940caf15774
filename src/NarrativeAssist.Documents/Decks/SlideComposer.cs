using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Builds one slide of the plan on its layout. Content goes into the layout's placeholders so the template
/// styles it (fonts, colors, bullets); what a layout has no placeholder for becomes a text box or frame positioned
/// from the layout's (or master's) placeholder boxes. Every decision is recorded for the mapping report. Shapes are
/// written into the part as they are decided, in slide order.</summary>
internal sealed class SlideComposer
{
    private const long Gap = 274_320;
    private readonly SlidePlan _slide;
    private readonly Func<ChartSpec, string> _addChart;
    private readonly LayoutInfo _layout;
    private readonly TemplateLayouts _template;
    private readonly XmlOut _x;
    private readonly List<string> _placed = [];
    private int _nextId = 2;

    private SlideComposer(XmlOut x, SlidePlan slide, Func<ChartSpec, string> addChart, LayoutInfo layout, TemplateLayouts template) =>
        (_x, _slide, _addChart, _layout, _template) = (x, slide, addChart, layout, template);

    /// <summary>Writes the slide part into <paramref name="x"/>; returns what went where ("judul → placeholder judul", …).
    /// <paramref name="addChart"/> relates a chart part (with its workbook) to the slide and returns the relationship id.</summary>
    public static IReadOnlyList<string> Compose(XmlOut x, SlidePlan slide, Func<ChartSpec, string> addChart, LayoutInfo layout, TemplateLayouts template)
    {
        var composer = new SlideComposer(x, slide, addChart, layout, template);
        x.Document().Root("p:sld").Attr("xmlns:c", C.NamespaceName).Start("p:cSld").Start("p:spTree").TreeStart();
        composer.Build();
        x.End().End().MasterColorMapping().End();
        return composer._placed;
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
            Placeholder(ph, null, [new Para(_slide.Title)]);
            _placed.Add($"judul → {ph.Label}");
            return;
        }
        var titleBox = _layout.TitleArea ?? _template.TitleBox;
        var box = _slide.Kind is SlideKind.Title or SlideKind.Closing or SlideKind.Section
            ? new Rect(titleBox.X, _template.SlideSize.Cy / 3, titleBox.Cx, titleBox.Cy)
            : titleBox;
        TextBox(box, [new Para(_slide.Title, Plain(), new RunStyle(3600, Bold: true))], anchor: "b");
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
                Placeholder(target, null, lines.Select(l => new Para(l, Plain())));
                _placed.Add($"subjudul → {target.Label}");
            }
            else
            {
                var title = _layout.Title?.Box ?? _layout.TitleArea ?? _template.TitleBox;
                var box = new Rect(title.X, Math.Min(title.Bottom + Gap, _template.SlideSize.Cy - 1_371_600), title.Cx, 1_280_160);
                TextBox(box, lines.Select(l => new Para(l, Plain(), new RunStyle(2400))));
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
            Placeholder(ph, main == area ? null : main, paragraphs);
            _placed.Add($"{what} → {ph.Label}");
        }
        else
        {
            TextBox(main, paragraphs);
            _placed.Add($"{what} → kotak teks (tata letak tanpa placeholder isi)");
        }
    }

    private IEnumerable<Para> BodyParagraphs(bool inPlaceholder)
    {
        if (!string.IsNullOrWhiteSpace(_slide.Subtitle))
            yield return new Para(_slide.Subtitle, Plain(), new RunStyle(inPlaceholder ? null : 2400, Bold: true));
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
            Placeholder(content[1], null, _slide.Bullets.Select(PlaceholderBullet));
            _placed.Add($"{_slide.Bullets.Count} poin → {content[1].Label}");
        }
        else if (_slide.Bullets.Count > 0)
        {
            chartBox = main.LeftPart(0.62, Gap);
            TextBox(main.RightPart(0.38, Gap), _slide.Bullets.Select(BoxBullet));
            _placed.Add($"{_slide.Bullets.Count} poin → kotak teks di sisi kanan grafik");
        }
        else chartBox = main;

        ChartFrame(NextId(), _addChart(spec), chartBox);
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
            TextBox(new Rect(main.X, main.Y + top + Gap / 2, main.Cx, main.Cy - top - Gap / 2), _slide.Bullets.Select(BoxBullet));
            _placed.Add($"{_slide.Bullets.Count} poin → kotak teks di bawah tabel");
        }
        TableFrame.Write(_x, NextId(), table, tableBox);
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
            Placeholder(pic, null, [ImageFrames.Centered(ImageFrames.Prompt(slots[0]))]);
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
            ImageFrames.DashedFrame(_x, NextId(), slot, box);
            _placed.Add($"foto «{Clean(slot.Caption)}» → bingkai bergaris putus-putus");
        }
        return rest;
    }

    // Shapes

    private void Placeholder(PlaceholderInfo ph, Rect? box, IEnumerable<Para> paragraphs)
    {
        var id = NextId();
        if (ph.Pinned) box ??= ph.Box;
        // A body placeholder without an index is ambiguous when the layout has several (LibreOffice writes them so):
        // the box is written out so the slide shows it where the layout does.
        if (box is null && ph.Index is null && !ph.IsTitle && _layout.Placeholders.Count(p => p.Type == ph.Type) > 1) box = ph.Box;
        _x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", $"{NameOf(ph)} {id - 1}").End()
                .Start("p:cNvSpPr").Empty("a:spLocks", "noGrp", 1).End()
                .Start("p:nvPr").Start("p:ph").Attr("type", ph.TypeWritten ? ph.Type : null).Attr("idx", ph.Index).End().End()
            .End()
            .Start("p:spPr");
        if (box is { } r) _x.Xfrm(r);
        _x.End().TxBody(x => PlaceholderBodyPr(x, ph), paragraphs, ph.Look?.ListStyleXml).End();
    }

    /// <summary>The body properties learned with a repaired box; the prompt of a picture placeholder sits at its foot
    /// (LibreOffice draws the placeholder's picture icon in the middle).</summary>
    private static XmlOut PlaceholderBodyPr(XmlOut x, PlaceholderInfo ph)
    {
        var picture = ph.Type == "pic";
        var anchored = false;
        x.Start("a:bodyPr");
        foreach (var a in ph.Look?.BodyAttributes ?? [])
        {
            var anchor = a.Name.LocalName == "anchor";
            anchored |= anchor;
            x.Attr(a.Name.LocalName, picture && anchor ? "b" : a.Value);
        }
        if (picture && !anchored) x.Attr("anchor", "b");
        if (!ph.IsTitle) x.Empty("a:normAutofit");
        return x.End();
    }

    private static string NameOf(PlaceholderInfo ph) => ph.Type switch
    {
        "title" or "ctrTitle" => "Judul",
        "subTitle" => "Subjudul",
        "pic" => "Gambar",
        _ => "Isi",
    };

    private void TextBox(Rect box, IEnumerable<Para> paragraphs, string? anchor = null)
    {
        var id = NextId();
        _x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", $"Kotak Teks {id - 1}").End()
                .Empty("p:cNvSpPr", "txBox", 1).Empty("p:nvPr")
            .End()
            .Start("p:spPr").Xfrm(box).Start("a:prstGeom").Attr("prst", "rect").Empty("a:avLst").End().NoFill().End()
            .TxBody(x => x.BodyPr(autofit: true, anchor: anchor), paragraphs)
            .End();
    }

    private void ChartFrame(int id, string relationshipId, Rect box) =>
        _x.StartGraphicFrame(id, $"Grafik {id - 1}", box, "http://schemas.openxmlformats.org/drawingml/2006/chart")
            .Empty("c:chart", "r:id", relationshipId)
            .EndGraphicFrame();

    // Paragraphs

    /// <summary>No indent and no bullet; left-aligned unless <paramref name="align"/> says otherwise.</summary>
    public static ParaStyle Plain(string align = "l") => new(MarL: 0, Indent: 0, Align: align == "l" ? null : align, NoBullet: true);

    private static Para PlaceholderBullet(Bullet b) =>
        new(b.Text, b.Level > 0 ? new ParaStyle(Level: Math.Min(b.Level, 8)) : default);

    /// <summary>Text boxes do not inherit the master's body bullets: indent and bullet characters are explicit.</summary>
    private static Para BoxBullet(Bullet b)
    {
        var level = Math.Clamp(b.Level, 0, 4);
        return new Para(b.Text,
            new ParaStyle(MarL: 342_900 + level * 400_050, Indent: -285_750, Level: level > 0 ? level : null, SpaceBefore: 600,
                Bullet: level % 2 == 0 ? "•" : "–"),
            new RunStyle(level == 0 ? 2400 : 2000));
    }

    private static Para Quote(string text)
    {
        var t = Clean(text).Trim();
        if (!t.StartsWith('“') && !t.StartsWith('"')) t = $"“{t}”";
        return new Para(t, new ParaStyle(MarL: 0, Indent: 0, SpaceBefore: 1800, NoBullet: true), new RunStyle(2800, Italic: true));
    }

    private static Para Attribution(string text)
    {
        var t = Clean(text).Trim();
        if (!t.StartsWith('—')) t = $"— {t}";
        return new Para(t, Plain("r"), new RunStyle(2000, Bold: true));
    }
}

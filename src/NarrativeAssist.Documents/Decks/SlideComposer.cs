using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Builds one slide of the plan on its layout. Content goes into the layout's placeholders so the template
/// styles it (fonts, colors, bullets); what a layout has no placeholder for becomes a text box or frame positioned
/// from the layout's (or master's) placeholder boxes. Every decision is recorded for the mapping report. Shapes are
/// written into the part as they are decided, in slide order.
/// <para>Every text body is fitted before it is written (<see cref="TextFitter"/>, <see cref="TableFrame.Plan"/>): the
/// size chosen is written on its runs, never below the floor of its role (<see cref="Floors"/>); points, quotes and
/// table rows that do not fit at the floor go to a continuation slide (<see cref="ComposedSlide.Overflow"/>).</para></summary>
internal sealed partial class SlideComposer
{
    private const long Gap = 274_320;
    private readonly SlidePlan _slide;
    private readonly Func<ChartSpec, string> _addChart;
    private readonly LayoutInfo _layout;
    private readonly TemplateLayouts _template;
    private readonly XmlOut _x;
    private readonly SlideMedia _media;
    private readonly List<string> _placed = [];
    private readonly List<string> _fitActions = [];
    private bool _fits = true;
    private SlidePlan? _overflow;
    private int _nextId = 2;

    private SlideComposer(XmlOut x, SlidePlan slide, Func<ChartSpec, string> addChart, LayoutInfo layout, TemplateLayouts template, SlideMedia media) =>
        (_x, _slide, _addChart, _layout, _template, _media) = (x, slide, addChart, layout, template, media);

    /// <summary>Writes the slide part into <paramref name="x"/>; returns what went where ("judul → placeholder judul", …),
    /// how the text was fitted, and what did not fit (a continuation slide to compose next).
    /// <paramref name="addChart"/> relates a chart part (with its workbook) to the slide and returns the relationship id;
    /// <paramref name="media"/> carries the pictures, the logo and the slide number (none: no pictures, no number).</summary>
    public static ComposedSlide Compose(XmlOut x, SlidePlan slide, Func<ChartSpec, string> addChart, LayoutInfo layout, TemplateLayouts template,
        SlideMedia? media = null)
    {
        var composer = new SlideComposer(x, slide, addChart, layout, template, media ?? SlideMedia.None);
        x.Document().Root("p:sld").Attr("xmlns:c", C.NamespaceName).Start("p:cSld").Start("p:spTree").TreeStart();
        composer.Build();
        x.End().End().MasterColorMapping().End();
        return new ComposedSlide(composer._placed, composer._fits, composer._fitActions, composer._overflow);
    }

    private Floors Floor => new(_template.BuiltIn);

    /// <summary>Fits paragraphs into a box and returns them with the chosen size on every run; records the action.</summary>
    private List<Para> Sized(TextStyle style, Rect box, List<Para> paragraphs, int floor, string what, TextFit? known = null)
    {
        var fit = known ?? TextFitter.Fit(style, box, paragraphs, floor);
        // Text that cannot move to another slide (a title, a subtitle, the points kept here) may go below its role's
        // floor rather than overflow: down to 18 pt on the built-in templates, 14 pt on others.
        var last = Floor.Last;
        if (!fit.Fits && floor > last) fit = TextFitter.Fit(style, box, paragraphs, last);
        if (!fit.Fits)
        {
            _fits = false;
            _fitActions.Add($"{what} tidak muat meski {fit.MainSize / 100} pt (tinggi {fit.Height:0} dari {fit.Room:0} pt)");
        }
        var natural = paragraphs.Select(p => p.Run.Size ?? style.Level(p.Style.Level ?? 0).Size).DefaultIfEmpty(0).Max();
        if (fit.MainSize != natural && paragraphs.Count > 0)
            _fitActions.Add($"{what} {(fit.MainSize < natural ? "diperkecil" : "diperbesar ke batas bawah")} {natural / 100}→{fit.MainSize / 100} pt");
        return paragraphs.Select((p, i) => p with { Run = p.Run with { Size = fit.Sizes[i] } }).ToList();
    }

    /// <summary>Fits text that cannot move to another slide (a title, a subtitle): as <see cref="Sized"/>, and when it does
    /// not fit even at the last floor the box grows — upward for text anchored at the bottom, else downward — as far as
    /// the slide allows. Returns the paragraphs and the grown box (null: the box is unchanged).</summary>
    private (List<Para> Paragraphs, Rect? Box) SizedOrGrown(TextStyle style, Rect box, List<Para> paragraphs, int floor, string what)
    {
        var fit = TextFitter.Fit(style, box, paragraphs, floor);
        if (!fit.Fits && floor > Floor.Last) fit = TextFitter.Fit(style, box, paragraphs, Floor.Last);
        if (fit.Fits) return (Sized(style, box, paragraphs, floor, what, fit), null);
        var need = (long)Math.Ceiling(fit.Height / 0.96 * 12_700) + style.TIns + style.BIns;
        var slide = _template.SlideSize;
        var grown = style.Anchor == "b"
            ? new Rect(box.X, Math.Max(0, box.Bottom - need), box.Cx, box.Bottom - Math.Max(0, box.Bottom - need))
            : box with { Cy = Math.Min(need, slide.Cy - box.Y) };
        _fitActions.Add($"kotak {what} diperbesar");
        return (Sized(style, grown, paragraphs, floor, what, TextFitter.Fit(style, grown, paragraphs, Floor.Last)), grown);
    }

    /// <summary>Fits the bullets (after <paramref name="lead"/> leading paragraphs such as a subtitle) into the box; those
    /// that do not fit at the floor become a continuation slide of <paramref name="kind"/>. Returns what stays here, sized.</summary>
    private List<Para> FitOrContinue(TextStyle style, Rect box, List<Para> paragraphs, int lead, int floor, string what, SlideKind kind)
    {
        var fit = TextFitter.Fit(style, box, paragraphs, floor);
        if (fit.Fits || paragraphs.Count - lead <= 1) return Sized(style, box, paragraphs, floor, what, fit);
        var keep = Math.Max(lead + 1, fit.Fitting);
        // A sub-point stays with the point it belongs to.
        while (keep > lead + 1 && keep < paragraphs.Count && (paragraphs[keep].Style.Level ?? 0) > 0) keep--;
        var bullets = _slide.Bullets;
        var moved = bullets.Skip(keep - lead).ToList();
        _overflow = Continuation(_slide) with { Kind = kind, Bullets = moved, Chart = null, Table = null };
        _fitActions.Add($"{moved.Count} {(kind == SlideKind.Quote ? "butir kutipan" : "poin")} dipindah ke salindia lanjutan");
        return Sized(style, box, paragraphs.Take(keep).ToList(), floor, what);
    }

    /// <summary>The slide that takes over what did not fit: same title with "(lanjutan)", no pictures, a short note.</summary>
    private static SlidePlan Continuation(SlidePlan slide) => slide with
    {
        Key = slide.Key.EndsWith("-lanjutan", StringComparison.Ordinal) ? slide.Key + "-2" : slide.Key + "-lanjutan",
        Title = slide.Title.EndsWith("(lanjutan)", StringComparison.Ordinal) ? slide.Title : slide.Title + " (lanjutan)",
        Subtitle = null,
        Images = [],
        Notes = "Lanjutan salindia sebelumnya; naskahnya ada di catatan salindia itu.",
        Seconds = 0,
    };

    private int NextId() => _nextId++;

    /// <summary>Where content goes without a placeholder of its own: the repaired layout's body area, else the template's
    /// — unless that is a small box (some masters' body placeholder is a centred patch): then the slide below the title.</summary>
    private Rect BodyArea
    {
        get
        {
            var area = _layout.BodyArea ?? _template.BodyBox;
            var slide = _template.SlideSize;
            if (area.Cx * 2 >= slide.Cx && area.Area * 4 >= slide.Area) return area;
            var title = _layout.Title?.Box ?? _layout.TitleArea ?? _template.TitleBox;
            var top = Math.Min(title.Bottom + Gap / 2, slide.Cy / 3);
            var x = slide.Cx / 16;
            return new Rect(x, top, slide.Cx - 2 * x, slide.Cy * 11 / 12 - top);
        }
    }

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
        if (_media != SlideMedia.None)
        {
            Logo();
            SlideNumber();
        }
    }

    private void Title()
    {
        if (_layout.Title is { } ph)
        {
            var style = ph.Style;
            var (paras, grown) = SizedOrGrown(style, ph.Box ?? _template.TitleBox, [new Para(_slide.Title)], Floor.Title(style.Level(0).Size), "judul");
            Placeholder(ph, grown, paras);
            _placed.Add($"judul → {ph.Label}");
            return;
        }
        var titleBox = _layout.TitleArea ?? _template.TitleBox;
        var box = _slide.Kind is SlideKind.Title or SlideKind.Closing or SlideKind.Section
            ? new Rect(titleBox.X, _template.SlideSize.Cy / 3, titleBox.Cx, titleBox.Cy)
            : titleBox;
        var boxStyle = _layout.TextBoxStyle.Over([new System.Xml.Linq.XAttribute("anchor", "b")]);
        TextBox(box, Sized(boxStyle, box, [new Para(_slide.Title, Plain(), new RunStyle(3600, Bold: true))], Floor.Title(3600), "judul"), anchor: "b");
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
                var style = target.Style;
                var (paras, grown) = SizedOrGrown(style, target.Box ?? BodyArea, lines.Select(l => new Para(l, Plain())).ToList(), Floor.Body(style.Level(0).Size), "subjudul");
                Placeholder(target, grown, paras);
                _placed.Add($"subjudul → {target.Label}");
            }
            else
            {
                var title = _layout.Title?.Box ?? _layout.TitleArea ?? _template.TitleBox;
                var box = new Rect(title.X, Math.Min(title.Bottom + Gap, _template.SlideSize.Cy - 1_371_600), title.Cx, 1_280_160);
                TextBox(box, Sized(_layout.TextBoxStyle, box, lines.Select(l => new Para(l, Plain(), new RunStyle(2400))).ToList(), Floor.Body(2400), "subjudul"));
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
        var style = ph?.Style ?? _layout.TextBoxStyle;
        var lead = string.IsNullOrWhiteSpace(_slide.Subtitle) ? 0 : 1;
        var natural = paragraphs.Select(p => p.Run.Size ?? style.Level(p.Style.Level ?? 0).Size).Max();
        var sized = FitOrContinue(style, main, paragraphs, lead, Floor.Body(natural), "teks isi", _slide.Kind == SlideKind.Quote ? SlideKind.Quote : SlideKind.Bullets);
        if (ph is not null)
        {
            Placeholder(ph, main == area ? null : main, sized);
            _placed.Add($"{what} → {ph.Label}");
        }
        else
        {
            TextBox(main, sized);
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
        if (_slide.Bullets.Count > 0 && LayoutPicker.TwoColumns(_layout) && main == area)
        {
            chartBox = content[0].Box ?? area;
            var style = content[1].Style;
            var paras = _slide.Bullets.Select(PlaceholderBullet).ToList();
            Placeholder(content[1], null, FitOrContinue(style, content[1].Box ?? area, paras, 0, Floor.Body(style.Level(0).Size), "poin grafik", SlideKind.Bullets));
            _placed.Add($"{_slide.Bullets.Count} poin → {content[1].Label}");
        }
        else if (_slide.Bullets.Count > 0)
        {
            chartBox = main.LeftPart(0.62, Gap);
            var box = main.RightPart(0.38, Gap);
            TextBox(box, FitOrContinue(_layout.TextBoxStyle, box, _slide.Bullets.Select(BoxBullet).ToList(), 0, Floor.Body(2400), "poin grafik", SlideKind.Bullets));
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
        var style = _layout.TextBoxStyle;
        var paras = _slide.Bullets.Select(BoxBullet).ToList();
        var floor = Floor.Body(2400);
        var tableBox = main;
        Rect pointsBox = default;
        TextFit? pointsFit = null;
        if (paras.Count > 0)
        {
            // The points take the room they need under the table (at most 40 % of the area).
            var need = (long)(TextFitter.Height(style, main, paras, paras.Select(_ => floor).ToList()) * 12_700 / 0.9) + style.TIns + style.BIns;
            var pointsHeight = Math.Min((long)(main.Cy * 0.4), need);
            tableBox = main with { Cy = main.Cy - pointsHeight - Gap / 2 };
            pointsBox = new Rect(main.X, main.Bottom - pointsHeight, main.Cx, pointsHeight);
            pointsFit = TextFitter.Fit(style, pointsBox, paras, floor);
        }
        var layout = TableFrame.Plan(table, tableBox, style, Floors.Table);
        // When the table and its points do not both fit, the table takes the whole area and the points follow it.
        var movePoints = pointsFit is not null && (!pointsFit.Fits || layout.BodyRows < table.Rows.Count || layout.Height > tableBox.Cy);
        if (movePoints) layout = TableFrame.Plan(table, tableBox = main, style, Floors.Table);
        else if (pointsFit is not null)
        {
            TextBox(pointsBox, Sized(style, pointsBox, paras, floor, "poin tabel", pointsFit));
            _placed.Add($"{_slide.Bullets.Count} poin → kotak teks di bawah tabel");
        }
        TableFrame.Write(_x, NextId(), table, layout, tableBox);
        if (layout.Size != layout.Natural) _fitActions.Add($"teks tabel {layout.Natural / 100}→{layout.Size / 100} pt");
        if (layout.Height > tableBox.Cy) { _fits = false; _fitActions.Add("tabel tidak muat meski 14 pt"); }
        var rest = table.Rows.Skip(layout.BodyRows).ToList();
        if (rest.Count > 0 || movePoints)
        {
            _overflow = Continuation(_slide) with
            {
                Kind = rest.Count > 0 ? SlideKind.Table : SlideKind.Bullets,
                Table = rest.Count > 0 ? table with { Rows = rest } : null,
                Bullets = movePoints ? _slide.Bullets : [],
            };
            if (rest.Count > 0) _fitActions.Add($"{rest.Count} baris tabel dipindah ke salindia lanjutan");
            if (movePoints) _fitActions.Add($"{paras.Count} poin di bawah tabel dipindah ke salindia lanjutan");
        }
        _placed.Add($"tabel {table.Header.Count} kolom × {layout.BodyRows} baris → area isi");
    }

    /// <summary>Places the picture slots (see SlideComposer.Pictures.cs); returns the part of <paramref name="area"/>
    /// left for the main content, or null.</summary>
    private Rect? Images(Rect? area) => PlacePictures(area);

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

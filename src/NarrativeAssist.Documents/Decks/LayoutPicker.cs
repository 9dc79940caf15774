using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Chooses the template layout for a slide: by what the layout is for (<see cref="LayoutInfo.Role"/>: its type
/// where that is trustworthy, else its placeholders' geometry and names), then by Indonesian or English layout name,
/// which also breaks ties between layouts of the same role, then by the placeholders a layout has. Each kind lists its
/// preferences best first. A picture-with-caption layout is only for slides that are mostly a picture: its caption box
/// is too small for a slide of points.</summary>
internal static class LayoutPicker
{
    private sealed record Wish(string[] Types, string[] Names);

    private static readonly Wish TitleWish = new(["title"], ["slide judul", "judul slide", "title slide", "sampul", "cover"]);
    private static readonly Wish SectionWish = new(["secHead"], ["judul bagian", "section header", "section", "bagian"]);
    private static readonly Wish ContentWish = new(["obj"], ["judul dan isi", "title and content", "title, content", "isi", "content"]);
    private static readonly Wish TwoContentWish = new(["twoObj"], ["dua konten", "two content", "2 content", "perbandingan", "comparison"]);
    private static readonly Wish TitleOnlyWish = new(["titleOnly"], ["judul saja", "title only"]);
    private static readonly Wish PictureWish = new(["picTx"], ["gambar dengan keterangan", "picture with caption", "foto"]);
    private static readonly Wish ClosingWish = new([], ["penutup", "closing", "terima kasih", "thank you"]);

    /// <summary>The first wished-for layout that has the placeholders the slide needs; else the first wished-for one;
    /// else (<paramref name="fallback"/>) any layout with a title and a content placeholder, any with a title, the first.</summary>
    /// <param name="skipped">The wished-for layouts passed over because they lack a place for the slide's content
    /// (for the fit report), or null.</param>
    public static LayoutInfo Pick(TemplateLayouts template, SlidePlan slide, out bool fallback, out string? skipped)
    {
        skipped = null;
        var master = slide.Kind is SlideKind.Title or SlideKind.Closing ? template.CoverMaster ?? template.ContentMaster : template.ContentMaster;
        var layouts = template.Layouts.OrderBy(l => master is null || l.Master == master ? 0 : 1).ToList();
        var candidates = Wishes(slide).SelectMany(wish =>
            wish.Types.SelectMany(type => layouts.Where(l => l.Role == type).OrderBy(l => Named(l, wish) ? 0 : 1))
                .Concat(wish.Names.SelectMany(name => layouts.Where(l => l.Name.Contains(name, StringComparison.OrdinalIgnoreCase) && Plausible(l, wish)))))
            .Distinct().ToList();
        fallback = false;
        if (candidates.FirstOrDefault(l => Fits(l, slide) && (l.Role != "picTx" || CaptionHolds(template, l, slide))) is { } fitting)
        {
            var passed = candidates.TakeWhile(l => l != fitting).ToList();
            if (passed.Count > 0) skipped = $"tata letak {string.Join(", ", passed.Take(3).Select(l => l.Describe))} dilewati (tidak ada tempat untuk isinya)";
            return fitting;
        }
        if (candidates.Count > 0) return candidates[0];
        fallback = true;
        return layouts.FirstOrDefault(l => l.Title is not null && l.Content.Count > 0)
               ?? layouts.FirstOrDefault(l => l.Title is not null)
               ?? layouts[0];
    }

    private static bool Named(LayoutInfo l, Wish wish) => wish.Names.Any(n => l.Name.Contains(n, StringComparison.OrdinalIgnoreCase));

    /// <summary>A layout found by name only is taken when its geometry does not say it is for something else entirely
    /// (a "Content" layout that is really a cover).</summary>
    private static bool Plausible(LayoutInfo l, Wish wish) =>
        wish.Types.Contains(l.Role) || l.Role is not ("title" or "secHead" or "picTx" or "blank" or "other") || wish.Types.Any(t => t is "title" or "secHead" or "picTx");

    /// <summary>A slide that is mostly a picture: image slots and a few short points (a caption's worth).</summary>
    internal static bool PictureSlide(SlidePlan slide) =>
        slide.Images.Count > 0 && slide.Bullets.Count <= 3 && slide.Bullets.Sum(b => b.Text.Split(' ').Length) <= 40;

    /// <summary>Whether a picture-with-caption layout's caption box holds the slide's points at the body floor, measured.</summary>
    private static bool CaptionHolds(TemplateLayouts template, LayoutInfo layout, SlidePlan slide)
    {
        if (layout.Content.FirstOrDefault() is not { Box: { } box } caption) return slide.Bullets.Count == 0;
        var style = caption.Style;
        var paragraphs = slide.Bullets.Select(b => new Para(b.Text, b.Level > 0 ? new ParaStyle(Level: Math.Min(b.Level, 8)) : default)).ToList();
        return TextFitter.Fit(style, box, paragraphs, new Floors(template.BuiltIn).Body(style.Level(0).Size)).Fits;
    }

    /// <summary>Whether the layout has somewhere to put what the slide carries (layout types alone can mislead:
    /// LibreOffice types its "Title Slide" as tx).</summary>
    private static bool Fits(LayoutInfo layout, SlidePlan slide)
    {
        if (layout.Title is null) return false;
        var words = !string.IsNullOrWhiteSpace(slide.Subtitle) || slide.Bullets.Count > 0;
        return slide.Kind switch
        {
            SlideKind.Title or SlideKind.Closing or SlideKind.Section => !words || layout.Subtitle is not null || layout.Content.Count > 0,
            SlideKind.Chart => slide.Bullets.Count == 0 ? layout.Content.Count == 0 : TwoColumns(layout),
            SlideKind.Table => layout.Content.Count == 0,
            _ => layout.Content.Count > 0,
        };
    }

    /// <summary>Whether the layout's first two content areas are columns a chart and its points can share: each at
    /// least two fifths of the slide tall. A strip (a banner line, a footer box typed as body) has room for one line,
    /// not for a chart's points; a layout whose second area is such a strip is a one-content layout for this purpose.</summary>
    internal static bool TwoColumns(LayoutInfo layout)
    {
        var content = layout.Content;
        if (content.Count < 2) return false;
        return content.Take(2).All(c => c.Box is not { } box || box.Cy * 5 >= layout.Slide.Cy * 2);
    }

    private static IEnumerable<Wish> Wishes(SlidePlan slide) => slide.Kind switch
    {
        SlideKind.Title => [TitleWish, SectionWish],
        SlideKind.Closing => [ClosingWish, TitleWish, SectionWish],
        SlideKind.Section => [SectionWish, TitleWish, TitleOnlyWish],
        SlideKind.Chart when slide.Bullets.Count > 0 => [TwoContentWish, TitleOnlyWish, ContentWish],
        SlideKind.Chart or SlideKind.Table => [TitleOnlyWish, ContentWish],
        _ when PictureSlide(slide) => [PictureWish, ContentWish, TitleOnlyWish],
        _ => [ContentWish, TitleOnlyWish],
    };
}

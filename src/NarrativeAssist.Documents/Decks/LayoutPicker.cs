using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Chooses the template layout for a slide: by layout type first (what PowerPoint and LibreOffice write),
/// then by Indonesian or English layout name (templates whose layouts are all "cust"), then by the placeholders
/// a layout has. Each kind lists its preferences best first.</summary>
internal static class LayoutPicker
{
    private sealed record Wish(string[] Types, string[] Names);

    private static readonly Wish TitleWish = new(["title"], ["slide judul", "judul slide", "title slide", "sampul", "cover"]);
    private static readonly Wish SectionWish = new(["secHead"], ["judul bagian", "section header", "section", "bagian"]);
    private static readonly Wish ContentWish = new(["obj", "tx"], ["judul dan isi", "title and content", "title, content", "isi", "content"]);
    private static readonly Wish TwoContentWish = new(["twoObj", "twoColTx", "twoTxTwoObj"], ["dua konten", "two content", "2 content", "perbandingan", "comparison"]);
    private static readonly Wish TitleOnlyWish = new(["titleOnly"], ["judul saja", "title only"]);
    private static readonly Wish PictureWish = new(["picTx"], ["gambar dengan keterangan", "picture with caption", "foto"]);
    private static readonly Wish ClosingWish = new([], ["penutup", "closing", "terima kasih", "thank you"]);

    /// <summary>The first wished-for layout that has the placeholders the slide needs; else the first wished-for one;
    /// else (<paramref name="fallback"/>) any layout with a title and a content placeholder, any with a title, the first.</summary>
    public static LayoutInfo Pick(TemplateLayouts template, SlidePlan slide, out bool fallback)
    {
        var master = slide.Kind is SlideKind.Title or SlideKind.Closing ? template.CoverMaster ?? template.ContentMaster : template.ContentMaster;
        var layouts = template.Layouts.OrderBy(l => master is null || l.Master == master ? 0 : 1).ToList();
        var candidates = Wishes(slide).SelectMany(wish =>
            wish.Types.SelectMany(type => layouts.Where(l => l.Type == type))
                .Concat(wish.Names.SelectMany(name => layouts.Where(l => l.Name.Contains(name, StringComparison.OrdinalIgnoreCase)))))
            .Distinct().ToList();
        fallback = false;
        if (candidates.FirstOrDefault(l => Fits(l, slide)) is { } fitting) return fitting;
        if (candidates.Count > 0) return candidates[0];
        fallback = true;
        return layouts.FirstOrDefault(l => l.Title is not null && l.Content.Count > 0)
               ?? layouts.FirstOrDefault(l => l.Title is not null)
               ?? layouts[0];
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
            SlideKind.Chart => slide.Bullets.Count == 0 ? layout.Content.Count == 0 : layout.Content.Count >= 2,
            SlideKind.Table => layout.Content.Count == 0,
            _ => layout.Content.Count > 0,
        };
    }

    private static IEnumerable<Wish> Wishes(SlidePlan slide) => slide.Kind switch
    {
        SlideKind.Title => [TitleWish, SectionWish],
        SlideKind.Closing => [ClosingWish, TitleWish, SectionWish],
        SlideKind.Section => [SectionWish, TitleWish, TitleOnlyWish],
        SlideKind.Chart when slide.Bullets.Count > 0 => [TwoContentWish, TitleOnlyWish, ContentWish],
        SlideKind.Chart or SlideKind.Table => [TitleOnlyWish, ContentWish],
        _ when slide.Images.Count > 0 => [PictureWish, ContentWish, TitleOnlyWish],
        _ => [ContentWish, TitleOnlyWish],
    };
}

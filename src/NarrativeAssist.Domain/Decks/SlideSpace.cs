namespace NarrativeAssist.Domain.Decks;

/// <summary>How much room a slide's content needs, estimated without fonts (the renderer measures exactly and splits what
/// does not fit over continuation slides). The estimate lets condensing weigh space as well as time: each continuation
/// slide the content will need costs a slide change, so a plan crowded with long lists is condensed (fewer awards, merged
/// slides) before the renderer has to spread it over many "(lanjutan)" slides.</summary>
public static class SlideSpace
{
    /// <summary>Characters of a line at the 18 pt body floor on a 16:9 body box beside a photo frame (about 60 of Calibri's
    /// average width in 64 % of an 11.4-inch box), and lines such a box holds with paragraph spacing.</summary>
    private const int CharsPerLine = 60, LinesPerSlide = 12, RowsPerSlide = 8;

    /// <summary>How many slides beyond its own the content is likely to need (0 when it fits one).</summary>
    public static int ContinuationSlides(SlidePlan slide)
    {
        var lines = slide.Bullets.Sum(b => Math.Max(1, (b.Text.Length + CharsPerLine - 1) / CharsPerLine));
        var byText = slide.Kind is SlideKind.Bullets or SlideKind.Quote ? (lines + LinesPerSlide - 1) / LinesPerSlide - 1 : 0;
        var byRows = slide.Table is { } t ? (t.Rows.Count + RowsPerSlide - 1) / RowsPerSlide - 1 : 0;
        return Math.Max(0, Math.Max(byText, byRows));
    }
}

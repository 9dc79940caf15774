namespace NarrativeAssist.Documents.Decks;

/// <summary>The outcome of fitting a text body: the size (hundredths of a point) to write on each paragraph's runs,
/// whether all of it fits, how many leading paragraphs fit at the floor when not (what a continuation slide takes over
/// from), and the measured height against the room.</summary>
internal sealed record TextFit(IReadOnlyList<int> Sizes, bool Fits, int Fitting, double Height, double Room)
{
    /// <summary>The largest size written (the body's "main" size, for the report).</summary>
    public int MainSize => Sizes.Count == 0 ? 0 : Sizes.Max();
}

/// <summary>Fits a text body into its box by measurement (<see cref="TextMeasurer"/>): the largest size, in whole
/// points and no larger than each paragraph's own, at which every paragraph's lines (word-wrapped inside the insets
/// and indents) and spacing fit the box's height — never below <c>floor</c>. What the style does not fix comes from
/// <see cref="TextStyle"/>; a paragraph's own properties (<see cref="ParaStyle"/>, <see cref="RunStyle"/>) win.
/// Measurements leave a small margin because the program that draws the slide may set text a little wider or taller.</summary>
internal static class TextFitter
{
    /// <summary>Share of the box's width and height text may use (renderers differ by a few percent in advance widths,
    /// line heights and where they start the first line).</summary>
    private const double WidthMargin = 0.95, HeightMargin = 0.97;

    public static TextFit Fit(TextStyle style, Rect box, IReadOnlyList<Para> paragraphs, int floor)
    {
        var natural = paragraphs.Select(p => p.Run.Size ?? style.Level(p.Style.Level ?? 0).Size).ToArray();
        if (paragraphs.Count == 0) return new([], true, 0, 0, Room(style, box));
        var top = Math.Max(natural.Max(), floor);
        int[] SizesAt(int main) => natural.Select(n => Math.Max(floor, (int)Math.Round(n * (double)main / top / 100.0) * 100)).ToArray();

        var room = Room(style, box);
        // Binary search over whole points between the floor and the natural size: height falls as the size does.
        int lo = floor / 100, hi = top / 100;
        var best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Height(style, box, paragraphs, SizesAt(mid * 100)) <= room) { best = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (best > 0)
        {
            var sizes = SizesAt(best * 100);
            return new(sizes, true, paragraphs.Count, Height(style, box, paragraphs, sizes), room);
        }
        var atFloor = SizesAt(floor);
        var fitting = 0;
        double used = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            used += ParagraphHeight(style, box, paragraphs[i], atFloor[i], i == 0);
            if (used > room) break;
            fitting++;
        }
        return new(atFloor, false, fitting, Height(style, box, paragraphs, atFloor), room);
    }

    /// <summary>The height in points the paragraphs take at the given sizes.</summary>
    public static double Height(TextStyle style, Rect box, IReadOnlyList<Para> paragraphs, IReadOnlyList<int> sizes)
    {
        double h = 0;
        for (var i = 0; i < paragraphs.Count; i++) h += ParagraphHeight(style, box, paragraphs[i], sizes[i], i == 0);
        return h;
    }

    /// <summary>The height in points the text may take inside the box.</summary>
    public static double Room(TextStyle style, Rect box) => Math.Max(0, (box.Cy - style.TIns - style.BIns) / 12_700.0 * HeightMargin);

    private static double ParagraphHeight(TextStyle style, Rect box, Para p, int sizeHundredths, bool first)
    {
        var level = Effective(style, p);
        var size = sizeHundredths / 100.0;
        var font = TextFonts.Resolve(level.Font, level.Bold, level.Italic);
        var single = TextMeasurer.LineHeightPerPoint(font) * size;
        var inner = (box.Cx - style.LIns - style.RIns) / 12_700.0 * WidthMargin;
        var width = Math.Max(size, inner - level.MarL / 12_700.0);
        // Without a bullet the first line starts at marL + indent; with one, the text still starts at marL.
        var firstWidth = level.Bullet ? width : Math.Max(size, inner - (level.MarL + level.Indent) / 12_700.0);
        var text = Dml.Clean(p.Text);
        var lines = TextMeasurer.Lines(font, text, size, firstWidth, width);
        var line = level.Line.In(size, single);
        // The first paragraph's space before is not applied at the top of a box (PowerPoint, LibreOffice).
        return lines * line + (first ? 0 : level.Before.In(size, single)) + level.After.In(size, single);
    }

    /// <summary>The paragraph's level with its own properties laid over it.</summary>
    public static TextLevel Effective(TextStyle style, Para p)
    {
        var l = style.Level(p.Style.Level ?? 0);
        var s = p.Style;
        if (s.MarL is { } marL) l = l with { MarL = marL };
        if (s.Indent is { } indent) l = l with { Indent = indent };
        if (s.SpaceBefore is { } before) l = l with { Before = new Spacing(null, before) };
        if (s.Bullet is not null) l = l with { Bullet = true };
        if (s.NoBullet) l = l with { Bullet = false };
        if (p.Run.Bold) l = l with { Bold = true };
        if (p.Run.Italic) l = l with { Italic = true };
        return l;
    }
}

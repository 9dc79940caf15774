using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SkiaSharp;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Measures text with a typeface's real advance widths (SkiaSharp, unhinted linear metrics, so a width scales
/// exactly with the size) and breaks it into lines the way PowerPoint's word wrap does: at spaces, a word wider than
/// the line broken between characters, explicit line breaks kept. Widths are cached per typeface and word at one
/// reference size (a deck repeats few words in few fonts at many trial sizes), so a trial size costs additions.</summary>
internal static class TextMeasurer
{
    private const float Reference = 1000f;

    private static readonly ConcurrentDictionary<(int Font, string Word), float> Widths = new();
    private static readonly ConcurrentDictionary<int, (SKFont Font, float LineHeight)> Fonts = new();

    /// <summary>Single line spacing at 1 pt, in points: the typeface's ascent + descent + gap, at least 1.2 (PowerPoint's).</summary>
    public static double LineHeightPerPoint(MeasuredFont font) => Font(font).LineHeight;

    /// <summary>Width in points of <paramref name="text"/> on one line at <paramref name="size"/> points.</summary>
    public static double Width(MeasuredFont font, string text, double size)
    {
        if (text.Length == 0) return 0;
        double total = 0;
        var words = 0;
        foreach (var word in text.Split(' '))
        {
            if (words++ > 0) total += Word(font, " ");
            total += Word(font, word);
        }
        return total * size / Reference * font.WidthAllowance;
    }

    /// <summary>The width in points of the widest word (what a column must hold without breaking a word).</summary>
    public static double WidestWord(MeasuredFont font, string text, double size) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => Word(font, w)).DefaultIfEmpty(0).Max() * size / Reference * font.WidthAllowance;

    /// <summary>How many lines the text takes at <paramref name="size"/> points, the first line <paramref name="firstWidth"/>
    /// points wide and the others <paramref name="width"/> (hanging indents differ).</summary>
    public static int Lines(MeasuredFont font, string text, double size, double firstWidth, double width)
    {
        var scale = size / Reference * font.WidthAllowance;
        var lines = 0;
        foreach (var segment in text.Split('\n'))
        {
            lines++;
            var limit = (lines == 1 ? firstWidth : width) / scale;
            var space = Word(font, " ");
            double used = 0;
            var empty = true;
            foreach (var word in segment.Split(' '))
            {
                if (word.Length == 0) { if (!empty) used += space; continue; }
                var w = Word(font, word);
                if (!empty && used + space + w <= limit) { used += space + w; continue; }
                if (!empty) { lines++; limit = width / scale; used = 0; }
                empty = false;
                if (w <= limit) { used = w; continue; }
                // A word wider than the line is broken between characters.
                foreach (var ch in word)
                {
                    var c = Word(font, ch.ToString());
                    if (used + c > limit && used > 0) { lines++; limit = width / scale; used = 0; }
                    used += c;
                }
            }
        }
        return lines;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float Word(MeasuredFont font, string word) =>
        Widths.TryGetValue((font.Id, word), out var w) ? w : Widths.GetOrAdd((font.Id, word), key => Measure(font, key.Word));

    private static float Measure(MeasuredFont font, string word)
    {
        if (Widths.Count > 500_000) Widths.Clear(); // a long-running server meets many words: bound the cache
        var f = Font(font).Font;
        lock (f) return f.MeasureText(word);
    }

    private static (SKFont Font, float LineHeight) Font(MeasuredFont font) => Fonts.GetOrAdd(font.Id, _ =>
    {
        var f = new SKFont(font.Typeface, Reference) { LinearMetrics = true, Subpixel = true, Hinting = SKFontHinting.None };
        f.GetFontMetrics(out var m);
        return (f, Math.Max(1.2f, (m.Descent - m.Ascent + m.Leading) / Reference));
    });
}

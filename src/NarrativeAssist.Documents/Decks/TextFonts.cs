using System.Collections.Concurrent;
using System.Reflection;
using SkiaSharp;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A typeface to measure with, and how much wider than its measurement text may come out where it is drawn
/// (1 when the font measured is the one drawn or metric-compatible with it).</summary>
internal sealed record MeasuredFont(SKTypeface Typeface, string Name, double WidthAllowance)
{
    /// <summary>A number that identifies the typeface in measurement caches.</summary>
    public int Id { get; init; }
}

/// <summary>Resolves the font a template names (after theme fonts are resolved) to a typeface to measure with:
/// the Microsoft fonts to their metric-compatible free equivalents shipped in the assembly (Decks/Fonts: Carlito for
/// Calibri, Caladea for Cambria, Liberation Sans/Serif/Mono for Arial/Times New Roman/Courier New — what LibreOffice
/// substitutes too); another font to the same family when the machine has it installed (LibreOffice would draw it);
/// else to the font the system substitutes for it (fontconfig's choice, what LibreOffice draws here: DejaVu Sans on
/// Debian, wider than most fonts it replaces, so PowerPoint with the real font has room to spare); on a machine with no
/// fonts, Liberation Sans or Serif with a 12 % width allowance.</summary>
internal static class TextFonts
{
    private const double UnknownAllowance = 1.12, SubstituteAllowance = 1.03;

    private static readonly Dictionary<string, string> Compatible = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Calibri"] = "Carlito", ["Calibri Light"] = "Carlito", ["Carlito"] = "Carlito",
        ["Cambria"] = "Caladea", ["Caladea"] = "Caladea",
        ["Arial"] = "LiberationSans", ["Helvetica"] = "LiberationSans", ["Liberation Sans"] = "LiberationSans", ["Arimo"] = "LiberationSans",
        ["Times New Roman"] = "LiberationSerif", ["Times"] = "LiberationSerif", ["Liberation Serif"] = "LiberationSerif", ["Tinos"] = "LiberationSerif",
        ["Courier New"] = "LiberationMono", ["Courier"] = "LiberationMono", ["Liberation Mono"] = "LiberationMono", ["Cousine"] = "LiberationMono",
    };

    private static readonly string[] SerifHints = ["serif", "roman", "perpetua", "garamond", "georgia", "book antiqua", "palatino", "cambria", "bodoni", "century"];

    private static readonly ConcurrentDictionary<(string Name, bool Bold, bool Italic), MeasuredFont> Cache = new();
    private static readonly ConcurrentDictionary<string, SKTypeface?> Embedded = new();
    private static int _nextId;

    /// <summary>The typeface for <paramref name="family"/> (a resolved name, not "+mn-lt"), bold and/or italic.</summary>
    public static MeasuredFont Resolve(string? family, bool bold, bool italic)
    {
        var name = string.IsNullOrWhiteSpace(family) ? "Calibri" : family.Trim();
        return Cache.GetOrAdd((name, bold, italic), key => Load(key.Name, key.Bold, key.Italic) with { Id = Interlocked.Increment(ref _nextId) });
    }

    private static MeasuredFont Load(string name, bool bold, bool italic)
    {
        if (Compatible.TryGetValue(name, out var file) && EmbeddedFace(file, bold, italic) is { } shipped) return new(shipped, name, 1);
        var style = new SKFontStyle(bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal,
            italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
        using (var installed = SKFontManager.Default.MatchFamily(name, style))
            if (installed is not null && string.Equals(installed.FamilyName, name, StringComparison.OrdinalIgnoreCase))
                return new(SKFontManager.Default.MatchFamily(name, style), name, 1);
        var substitute = SKTypeface.FromFamilyName(name, style);
        if (substitute is not null && substitute.GlyphCount > 100) return new(substitute, name, SubstituteAllowance);
        var serif = SerifHints.Any(h => name.Contains(h, StringComparison.OrdinalIgnoreCase)) && !name.Contains("sans", StringComparison.OrdinalIgnoreCase);
        var fallback = EmbeddedFace(serif ? "LiberationSerif" : "LiberationSans", bold, italic)
                       ?? throw new InvalidOperationException("Huruf pengukur teks tidak tertanam di rakitan.");
        return new(fallback, name, UnknownAllowance);
    }

    /// <summary>A shipped face: the bold/italic file when shipped, else the regular one (measured a little wide below).</summary>
    private static SKTypeface? EmbeddedFace(string family, bool bold, bool italic)
    {
        var suffix = bold ? "Bold" : italic ? "Italic" : "Regular";
        return Embedded.GetOrAdd($"{family}-{suffix}", file => FromResource(file) ?? (suffix == "Regular" ? null : FromResource($"{family}-Regular")));
    }

    private static SKTypeface? FromResource(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"NarrativeAssist.Documents.Decks.Fonts.{file}.ttf");
        if (stream is null) return null;
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data);
    }
}

using System.Xml.Linq;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Line or paragraph spacing: a percentage (thousandths of a percent, 100 000 = single) or points (hundredths).</summary>
internal readonly record struct Spacing(int? Percent, int? Points)
{
    public static readonly Spacing Single = new(100_000, null);
    public static readonly Spacing None = new(null, 0);

    /// <summary>The spacing in points for text of <paramref name="size"/> points whose single line is <paramref name="line"/> points.</summary>
    public double In(double size, double line) => Points is { } p ? p / 100.0 : Percent is { } pct ? line * pct / 100_000.0 : 0;
}

/// <summary>The formatting of one paragraph level that decides where its text wraps and how tall it is.</summary>
internal sealed record TextLevel(long MarL, long Indent, int Size, Spacing Line, Spacing Before, Spacing After, string Font, bool Bold, bool Italic, bool Bullet)
{
    public static readonly TextLevel Default = new(0, 0, 1800, Spacing.Single, Spacing.None, Spacing.None, "+mn-lt", false, false, false);
}

/// <summary>The effective text formatting of a text body (a placeholder or a text box): insets, anchor and the nine
/// paragraph levels, after PowerPoint's inheritance — presentation defaults, the master's text style (title, body or
/// other), the master's and the layout's placeholder, the shape's own list style — with theme fonts resolved.</summary>
internal sealed record TextStyle(long LIns, long TIns, long RIns, long BIns, string Anchor, IReadOnlyList<TextLevel> Levels)
{
    public static readonly TextStyle Default = new(91_440, 45_720, 91_440, 45_720, "t", Enumerable.Repeat(TextLevel.Default, 9).ToArray());

    public TextLevel Level(int level) => Levels[Math.Clamp(level, 0, Levels.Count - 1)];

    /// <summary>This style with a list style (a:lstStyle, p:bodyStyle, p:defaultTextStyle: lvl1pPr … lvl9pPr) and a
    /// body's properties (a:bodyPr) laid over it; either may be null.</summary>
    public TextStyle Over(XElement? listStyle, XElement? bodyPr = null)
    {
        var style = this;
        if (listStyle is not null)
        {
            var levels = Levels.ToArray();
            foreach (var lvl in listStyle.Elements())
            {
                var name = lvl.Name.LocalName;
                if (name.Length == 7 && name.StartsWith("lvl") && name.EndsWith("pPr") && name[3] is >= '1' and <= '9')
                    levels[name[3] - '1'] = Apply(levels[name[3] - '1'], lvl, lvl.Element(A + "defRPr"));
            }
            style = style with { Levels = levels };
        }
        if (bodyPr is not null) style = style.Over(bodyPr.Attributes());
        return style;
    }

    /// <summary>This style with body property attributes (lIns, tIns, rIns, bIns, anchor) laid over it.</summary>
    public TextStyle Over(IEnumerable<XAttribute> bodyAttributes)
    {
        var s = this;
        foreach (var a in bodyAttributes)
            s = a.Name.LocalName switch
            {
                "lIns" when long.TryParse(a.Value, out var v) => s with { LIns = v },
                "tIns" when long.TryParse(a.Value, out var v) => s with { TIns = v },
                "rIns" when long.TryParse(a.Value, out var v) => s with { RIns = v },
                "bIns" when long.TryParse(a.Value, out var v) => s with { BIns = v },
                "anchor" => s with { Anchor = a.Value },
                _ => s,
            };
        return s;
    }

    /// <summary>Theme font references (+mj-lt, +mn-lt) replaced by the theme's typefaces.</summary>
    public TextStyle WithThemeFonts(string major, string minor) => this with
    {
        Levels = Levels.Select(l => l.Font switch { "+mj-lt" => l with { Font = major }, "+mn-lt" => l with { Font = minor }, _ => l }).ToArray(),
    };

    /// <summary>A level with a paragraph's properties (a:pPr or a:lvlNpPr) and run properties (a:defRPr or a:rPr) laid over it.</summary>
    public static TextLevel Apply(TextLevel level, XElement? pPr, XElement? rPr)
    {
        var l = level;
        if (pPr is not null)
        {
            if (Long(pPr, "marL") is { } marL) l = l with { MarL = marL };
            if (Long(pPr, "indent") is { } indent) l = l with { Indent = indent };
            if (SpacingOf(pPr.Element(A + "lnSpc")) is { } line) l = l with { Line = line };
            if (SpacingOf(pPr.Element(A + "spcBef")) is { } before) l = l with { Before = before };
            if (SpacingOf(pPr.Element(A + "spcAft")) is { } after) l = l with { After = after };
            if (pPr.Element(A + "buNone") is not null) l = l with { Bullet = false };
            else if (pPr.Element(A + "buChar") is not null || pPr.Element(A + "buAutoNum") is not null || pPr.Element(A + "buBlip") is not null) l = l with { Bullet = true };
        }
        if (rPr is not null)
        {
            if (Long(rPr, "sz") is { } sz) l = l with { Size = (int)sz };
            if ((string?)rPr.Attribute("b") is { } b) l = l with { Bold = b is "1" or "true" };
            if ((string?)rPr.Attribute("i") is { } i) l = l with { Italic = i is "1" or "true" };
            if ((string?)rPr.Element(A + "latin")?.Attribute("typeface") is { Length: > 0 } face) l = l with { Font = face };
        }
        return l;
    }

    private static Spacing? SpacingOf(XElement? e)
    {
        if (e is null) return null;
        if (Long(e.Element(A + "spcPct"), "val") is { } pct) return new Spacing((int)pct, null);
        if (Long(e.Element(A + "spcPts"), "val") is { } pts) return new Spacing(null, (int)pts);
        return null;
    }

    private static long? Long(XElement? e, string attribute) =>
        e?.Attribute(attribute) is { } a && long.TryParse(a.Value, out var v) ? v : null;
}

/// <summary>What text bodies inherit from a slide master and its presentation: the master's title, body and other
/// text styles and placeholders, the presentation's default text style, the theme's fonts.</summary>
internal sealed class MasterTextStyles
{
    private readonly XElement? _titlePh, _bodyPh;

    public TextStyle Title { get; }
    public TextStyle Body { get; }
    public TextStyle Other { get; }
    public string MajorFont { get; }
    public string MinorFont { get; }

    /// <param name="master">The p:sldMaster root.</param>
    /// <param name="theme">The a:theme root of the master's theme (fonts).</param>
    /// <param name="defaultTextStyle">The presentation's p:defaultTextStyle, if any.</param>
    public MasterTextStyles(XElement master, XElement? theme, XElement? defaultTextStyle)
    {
        var fonts = theme?.Element(A + "themeElements")?.Element(A + "fontScheme");
        MajorFont = (string?)fonts?.Element(A + "majorFont")?.Element(A + "latin")?.Attribute("typeface") ?? "Calibri";
        MinorFont = (string?)fonts?.Element(A + "minorFont")?.Element(A + "latin")?.Attribute("typeface") ?? "Calibri";
        var styles = master.Element(P + "txStyles");
        var basis = TextStyle.Default.Over(defaultTextStyle);
        foreach (var sp in master.Element(P + "cSld")?.Element(P + "spTree")?.Elements(P + "sp") ?? [])
        {
            var type = (string?)sp.Element(P + "nvSpPr")?.Element(P + "nvPr")?.Element(P + "ph")?.Attribute("type");
            if (sp.Element(P + "nvSpPr")?.Element(P + "nvPr")?.Element(P + "ph") is null) continue;
            if (type is "title" or "ctrTitle") _titlePh ??= sp;
            else if (type is null or "body" or "obj") _bodyPh ??= sp;
        }
        Title = Placeholder(basis.Over(styles?.Element(P + "titleStyle")), _titlePh);
        Body = Placeholder(basis.Over(styles?.Element(P + "bodyStyle")), _bodyPh);
        Other = basis.Over(styles?.Element(P + "otherStyle")).WithThemeFonts(MajorFont, MinorFont);
    }

    /// <summary>The style of a layout placeholder of <paramref name="type"/> whose shape is <paramref name="layoutShape"/>.</summary>
    public TextStyle ForPlaceholder(string type, XElement? layoutShape)
    {
        var basis = type is "title" or "ctrTitle" ? Title : Body;
        return Placeholder(basis, layoutShape);
    }

    private TextStyle Placeholder(TextStyle basis, XElement? shape)
    {
        var body = shape?.Element(P + "txBody");
        return basis.Over(body?.Element(A + "lstStyle"), body?.Element(A + "bodyPr")).WithThemeFonts(MajorFont, MinorFont);
    }
}

using System.Xml.Linq;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The a:theme of a built-in template: its color scheme and fonts, and a plain format scheme
/// (flat fills and lines, no effects) so shapes look the same in PowerPoint and LibreOffice.</summary>
internal static class ThemeXml
{
    public static XElement Build(TemplateStyle s)
    {
        XElement Color(string name, string hex) => new(A + name, Srgb(hex));
        XElement Font(string name, string face) => new(A + name, new XElement(A + "latin", new XAttribute("typeface", face)),
            new XElement(A + "ea", new XAttribute("typeface", "")), new XElement(A + "cs", new XAttribute("typeface", "")));
        XElement Line(int w) => new(A + "ln", new XAttribute("w", w), new XAttribute("cap", "flat"), new XAttribute("cmpd", "sng"),
            new XAttribute("algn", "ctr"), SolidFill(Scheme("phClr")), new XElement(A + "prstDash", new XAttribute("val", "solid")),
            new XElement(A + "miter", new XAttribute("lim", 800000)));
        XElement Effect() => new(A + "effectStyle", new XElement(A + "effectLst"));

        return new XElement(A + "theme", new XAttribute(XNamespace.Xmlns + "a", A), new XAttribute("name", s.ThemeName),
            new XElement(A + "themeElements",
                new XElement(A + "clrScheme", new XAttribute("name", s.ThemeName),
                    Color("dk1", s.Dk1), Color("lt1", s.Lt1), Color("dk2", s.Dk2), Color("lt2", s.Lt2),
                    s.Accents.Select((hex, i) => Color($"accent{i + 1}", hex)),
                    Color("hlink", s.Hyperlink), Color("folHlink", s.FollowedHyperlink)),
                new XElement(A + "fontScheme", new XAttribute("name", s.ThemeName),
                    Font("majorFont", s.MajorFont), Font("minorFont", s.MinorFont)),
                new XElement(A + "fmtScheme", new XAttribute("name", s.ThemeName),
                    new XElement(A + "fillStyleLst", SolidFill(Scheme("phClr")), SolidFill(Scheme("phClr")), SolidFill(Scheme("phClr"))),
                    new XElement(A + "lnStyleLst", Line(12700), Line(19050), Line(28575)),
                    new XElement(A + "effectStyleLst", Effect(), Effect(), Effect()),
                    new XElement(A + "bgFillStyleLst", SolidFill(Scheme("phClr")), SolidFill(Scheme("phClr")), SolidFill(Scheme("phClr"))))),
            new XElement(A + "objectDefaults"),
            new XElement(A + "extraClrSchemeLst"));
    }
}

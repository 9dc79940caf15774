using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The a:theme of a built-in template: its color scheme and fonts, and a plain format scheme
/// (flat fills and lines, no effects) so shapes look the same in PowerPoint and LibreOffice.</summary>
internal static class ThemeXml
{
    public static XmlOut Build(XmlOut x, TemplateStyle s)
    {
        x.Document().Start("a:theme").Attr("xmlns:a", A.NamespaceName).Attr("name", s.ThemeName)
            .Start("a:themeElements")
            .Start("a:clrScheme").Attr("name", s.ThemeName)
                .Color("dk1", s.Dk1).Color("lt1", s.Lt1).Color("dk2", s.Dk2).Color("lt2", s.Lt2);
        for (var i = 0; i < s.Accents.Length; i++) x.Color($"accent{i + 1}", s.Accents[i]);
        x.Color("hlink", s.Hyperlink).Color("folHlink", s.FollowedHyperlink).End()
            .Start("a:fontScheme").Attr("name", s.ThemeName).Font("majorFont", s.MajorFont).Font("minorFont", s.MinorFont).End()
            .Start("a:fmtScheme").Attr("name", s.ThemeName)
                .Start("a:fillStyleLst").SchemeFill("phClr").SchemeFill("phClr").SchemeFill("phClr").End()
                .Start("a:lnStyleLst").Line(12700).Line(19050).Line(28575).End()
                .Start("a:effectStyleLst").Effect().Effect().Effect().End()
                .Start("a:bgFillStyleLst").SchemeFill("phClr").SchemeFill("phClr").SchemeFill("phClr").End()
            .End()
            .End()
            .Empty("a:objectDefaults")
            .Empty("a:extraClrSchemeLst");
        return x.End();
    }

    private static XmlOut Color(this XmlOut x, string name, string hex) => x.Start("a:" + name).Empty("a:srgbClr", "val", hex).End();

    private static XmlOut Font(this XmlOut x, string name, string face) =>
        x.Start("a:" + name).Empty("a:latin", "typeface", face).Empty("a:ea", "typeface", "").Empty("a:cs", "typeface", "").End();

    private static XmlOut Line(this XmlOut x, int w) =>
        x.Start("a:ln").Attr("w", w).Attr("cap", "flat").Attr("cmpd", "sng").Attr("algn", "ctr")
            .SchemeFill("phClr").Empty("a:prstDash", "val", "solid").Empty("a:miter", "lim", 800000)
            .End();

    private static XmlOut Effect(this XmlOut x) => x.Start("a:effectStyle").Empty("a:effectLst").End();
}

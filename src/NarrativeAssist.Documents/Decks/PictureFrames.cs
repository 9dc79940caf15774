using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The shapes around pictures: the p:pic itself (free, or filling a layout's picture placeholder), the
/// caption line under it, the replication badge over it, and the slide-number field.</summary>
internal static class PictureFrames
{
    /// <summary>A picture of relationship <paramref name="relationshipId"/> stretched over <paramref name="box"/>; the bytes
    /// are already cropped to the box's proportions (<see cref="ImageFitting"/>), so nothing is distorted.</summary>
    public static void Picture(XmlOut x, int id, string name, string description, string relationshipId, Rect box, PlaceholderInfo? placeholder)
    {
        x.Start("p:pic")
            .Start("p:nvPicPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", name).Attr("descr", description).End()
                .Start("p:cNvPicPr").Empty("a:picLocks", "noChangeAspect", 1).End()
                .Start("p:nvPr");
        if (placeholder is not null) x.Start("p:ph").Attr("type", "pic").Attr("idx", placeholder.Index).End();
        x.End()
            .End()
            .Start("p:blipFill").Empty("a:blip", "r:embed", relationshipId).Empty("a:srcRect").Start("a:stretch").Empty("a:fillRect").End().End()
            .Start("p:spPr").Xfrm(box).Start("a:prstGeom").Attr("prst", "rect").Empty("a:avLst").End().End()
            .End();
    }

    /// <summary>One line of 14 pt italic text, centred under a photo; it wraps inside its own box, never over the photo.</summary>
    public static void Caption(XmlOut x, int id, Rect box, string text) =>
        x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", $"Keterangan Foto {id - 1}").End()
                .Empty("p:cNvSpPr", "txBox", 1).Empty("p:nvPr")
            .End()
            .Start("p:spPr").Xfrm(box).Start("a:prstGeom").Attr("prst", "rect").Empty("a:avLst").End().NoFill().End()
            .TxBody(b => b.Start("a:bodyPr").Attr("wrap", "square").Attr("lIns", 0).Attr("rIns", 0).Attr("tIns", 45_720).Attr("bIns", 0)
                    .Attr("anchor", "t").Empty("a:normAutofit").End(),
                [new Para(text, SlideComposer.Plain("ctr"), new RunStyle(1400, Italic: true))])
            .End();

    /// <summary>The replication mark: a rounded band in the accent colour across the top of the photo.</summary>
    public static void Badge(XmlOut x, int id, Rect photo, string text)
    {
        var inset = Math.Min(91_440, photo.Cx / 40);
        var box = new Rect(photo.X + inset, photo.Y + inset, photo.Cx - 2 * inset, Math.Min(photo.Cy / 3, 594_360));
        x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", $"Tanda Replikasi {id - 1}").Attr("descr", text).End()
                .Empty("p:cNvSpPr").Empty("p:nvPr")
            .End()
            .Start("p:spPr").Xfrm(box).Start("a:prstGeom").Attr("prst", "roundRect").Empty("a:avLst").End()
                .SchemeFill("accent2")
                .Start("a:ln").Attr("w", 12_700).SchemeFill("bg1").End()
            .End()
            .TxBody(b => b.Start("a:bodyPr").Attr("wrap", "square").Attr("lIns", 91_440).Attr("rIns", 91_440).Attr("tIns", 27_432).Attr("bIns", 27_432)
                    .Attr("anchor", "ctr").Empty("a:normAutofit").End(),
                [new Para(text, SlideComposer.Plain("ctr"), new RunStyle(1400, Bold: true, Color: "bg1"))])
            .End();
    }

    /// <summary>A text box holding the slide-number field (<c>a:fld type="slidenum"</c>), right-aligned.</summary>
    public static void SlideNumber(XmlOut x, int id, Rect box, int number)
    {
        x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", $"Nomor Slide {id - 1}").End()
                .Empty("p:cNvSpPr", "txBox", 1).Empty("p:nvPr")
            .End()
            .Start("p:spPr").Xfrm(box).Start("a:prstGeom").Attr("prst", "rect").Empty("a:avLst").End().NoFill().End()
            .Start("p:txBody").BodyPr(anchor: "b", wrap: false).Empty("a:lstStyle")
                .Start("a:p").Start("a:pPr").Attr("algn", "r").End()
                    .Start("a:fld").Attr("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}").Attr("type", "slidenum")
                        .Start("a:rPr").Attr("lang", Lang).Attr("sz", 1400).SchemeFill("tx1").End()
                        .Leaf("a:t", number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .End()
                .End()
            .End()
            .End();
    }
}

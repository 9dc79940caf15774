using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Where a photo goes: the profile holds no images, so each slot becomes a frame the team fills —
/// the layout's picture placeholder when it has one, otherwise a dashed rectangle saying what to paste.</summary>
internal static class ImageFrames
{
    public static string Prompt(ImageSlot slot) => $"Tempel foto: {Clean(slot.Caption).Trim()}";

    public static void DashedFrame(XmlOut x, int id, ImageSlot slot, Rect box) =>
        x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", $"Bingkai Foto {id - 1}").Attr("descr", Prompt(slot)).End()
                .Empty("p:cNvSpPr").Empty("p:nvPr")
            .End()
            .Start("p:spPr").Xfrm(box)
                .Start("a:prstGeom").Attr("prst", "rect").Empty("a:avLst").End()
                .NoFill()
                .Start("a:ln").Attr("w", 28_575).SchemeFill("tx1").Empty("a:prstDash", "val", "dash").End()
            .End()
            .TxBody(b => b.BodyPr(autofit: true, anchor: "ctr"), [Centered(Prompt(slot))])
            .End();

    public static Para Centered(string text) => new(text, SlideComposer.Plain("ctr"), new RunStyle(2000, Italic: true));
}

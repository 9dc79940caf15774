using System.Xml.Linq;
using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Where a photo goes: the profile holds no images, so each slot becomes a frame the team fills —
/// the layout's picture placeholder when it has one, otherwise a dashed rectangle saying what to paste.</summary>
internal static class ImageFrames
{
    public static string Prompt(ImageSlot slot) => $"Tempel foto: {Clean(slot.Caption).Trim()}";

    public static XElement DashedFrame(int id, ImageSlot slot, Rect box) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Bingkai Foto {id - 1}"), new XAttribute("descr", Prompt(slot))),
                new XElement(P + "cNvSpPr"), new XElement(P + "nvPr")),
            new XElement(P + "spPr", Xfrm(box),
                new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")),
                new XElement(A + "noFill"),
                new XElement(A + "ln", new XAttribute("w", 28_575), SolidFill(Scheme("tx1")), new XElement(A + "prstDash", new XAttribute("val", "dash")))),
            TxBody(BodyPr(autofit: true, anchor: "ctr"), [Centered(Prompt(slot))]));

    public static XElement Centered(string text) =>
        Paragraph(text, new XElement(A + "pPr", new XAttribute("marL", 0), new XAttribute("indent", 0), new XAttribute("algn", "ctr"), new XElement(A + "buNone")),
            RunProps(2000, italic: true));
}

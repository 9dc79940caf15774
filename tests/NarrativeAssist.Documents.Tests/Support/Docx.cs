using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents.Tests.Support;

/// <summary>Builds small real .docx files in memory and edits their zip entries for the tests.</summary>
internal static class Docx
{
    public static LkeCatalog Catalog => BuiltInData.Catalog;

    public static NarrativeDocument Read(byte[] docx, DocumentLimits? limits = null) =>
        NarrativeReader.Read(new MemoryStream(docx), Catalog, limits);

    public static byte[] Skeleton(string? area)
    {
        using var ms = new MemoryStream();
        SkeletonWriter.Write(ms, Catalog, area);
        return ms.ToArray();
    }

    public static byte[] WithBody(params OpenXmlElement[] content) =>
        Build(main => main.Document = new Document(new Body(content)));

    public static byte[] Build(Action<MainDocumentPart> fill, WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, type))
            fill(doc.AddMainDocumentPart());
        return ms.ToArray();
    }

    /// <summary>Opens a copy of <paramref name="docx"/> for editing and returns the edited bytes.</summary>
    public static byte[] Edit(byte[] docx, Action<Body> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var doc = WordprocessingDocument.Open(ms, true))
            edit(doc.MainDocumentPart!.Document!.Body!);
        return ms.ToArray();
    }

    public static Paragraph P(string text, string? style = null)
    {
        var p = new Paragraph();
        if (style is not null) p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return p;
    }

    public static SdtBlock BlockControl(string tag, params OpenXmlElement[] content) =>
        new(new SdtProperties(new Tag { Val = tag }), new SdtContentBlock(content));

    public static SdtRun RunControl(string tag, string text) =>
        new(new SdtProperties(new Tag { Val = tag }), new SdtContentRun(new Run(new Text(text))));

    public static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(c => new TableCell(P(c))))));

    // Filling a skeleton the way Word does when a user types or picks: the placeholder flag goes, content is replaced.

    public static SdtElement Control(Body body, string tag) =>
        body.Descendants<SdtElement>().Single(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag);

    public static void WriteNarrative(Body body, string questionId, params OpenXmlElement[] blocks)
    {
        var sdt = (SdtBlock)Control(body, LkeTags.Narrative(questionId));
        sdt.SdtProperties!.GetFirstChild<ShowingPlaceholder>()?.Remove();
        sdt.SdtContentBlock!.RemoveAllChildren();
        sdt.SdtContentBlock.Append(blocks);
    }

    public static void WriteNarrative(Body body, string questionId, params string[] paragraphs) =>
        WriteNarrative(body, questionId, paragraphs.Select(p => (OpenXmlElement)P(p)).ToArray());

    public static void PickAnswer(Body body, string questionId, string code)
    {
        var sdt = (SdtRun)Control(body, LkeTags.Answer(questionId));
        var item = sdt.SdtProperties!.GetFirstChild<SdtContentDropDownList>()!.Elements<ListItem>().Single(i => i.Value == code);
        TypeAnswer(body, questionId, item.DisplayText!.Value!);
    }

    public static void TypeAnswer(Body body, string questionId, string text)
    {
        var sdt = (SdtRun)Control(body, LkeTags.Answer(questionId));
        sdt.SdtProperties!.GetFirstChild<ShowingPlaceholder>()?.Remove();
        sdt.SdtContentRun!.RemoveAllChildren();
        sdt.SdtContentRun.Append(new Run(new Text(text)));
    }
}

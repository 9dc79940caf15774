using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Documents;

/// <summary>Puts narratives and answers into a document's tagged content controls, as Word does when a user
/// types or picks: the placeholder flag goes and the content is replaced (one paragraph per line of text).
/// Used to export stored narratives into a skeleton, and to build sample and benchmark documents.</summary>
public static class NarrativeFiller
{
    /// <summary>Fills <paramref name="docx"/> in place (the stream must be readable, writable and seekable).
    /// Returns the ids for which the document has no narrative control.</summary>
    public static IReadOnlyList<string> Fill(Stream docx, IEnumerable<NarrativeInput> narratives)
    {
        var missing = new List<string>();
        using var doc = WordprocessingDocument.Open(docx, isEditable: true);
        var body = doc.MainDocumentPart?.Document.Body ?? throw Rejections.Word.Corrupt();
        var controls = body.Descendants<SdtElement>()
            .Select(s => (Sdt: s, Tag: LkeTags.Parse(s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value)))
            .Where(x => x.Tag is not null)
            .GroupBy(x => x.Tag!)
            .ToDictionary(g => g.Key, g => g.First().Sdt);
        foreach (var n in narratives)
        {
            if (controls.GetValueOrDefault(new LkeTag(LkeTagKind.Narrative, n.QuestionId)) is SdtBlock block)
                SetBlock(block, n.Text ?? "");
            else missing.Add(n.QuestionId);
            if (n.Answer is not null && controls.GetValueOrDefault(new LkeTag(LkeTagKind.Answer, n.QuestionId)) is SdtRun answer)
                SetAnswer(answer, n.Answer);
        }
        return missing;
    }

    /// <summary>Puts a narrative template (Markdown) into the question's narrative control, with formatting and the
    /// placeholders highlighted. False when the document has no control for <paramref name="questionId"/>.</summary>
    public static bool FillMarkdown(Stream docx, string questionId, string markdown)
    {
        using var doc = WordprocessingDocument.Open(docx, isEditable: true);
        var body = doc.MainDocumentPart?.Document.Body ?? throw Rejections.Word.Corrupt();
        var target = new LkeTag(LkeTagKind.Narrative, questionId);
        var block = body.Descendants<SdtBlock>().FirstOrDefault(s => LkeTags.Parse(s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value) == target);
        if (block is null) return false;
        block.SdtProperties?.GetFirstChild<ShowingPlaceholder>()?.Remove();
        var content = block.SdtContentBlock ?? block.AppendChild(new SdtContentBlock());
        content.RemoveAllChildren();
        foreach (var paragraph in MarkdownWordprocessing.ToParagraphs(markdown)) content.Append(paragraph);
        if (!content.HasChildren) content.Append(new Paragraph());
        return true;
    }

    private static void SetBlock(SdtBlock sdt, string text)
    {
        sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>()?.Remove();
        var content = sdt.SdtContentBlock ?? sdt.AppendChild(new SdtContentBlock());
        content.RemoveAllChildren();
        foreach (var line in text.Split('\n'))
            content.Append(new Paragraph(new Run(new Text(line.TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve })));
    }

    /// <summary>Shows the dropdown item whose value is the answer code (Word displays the item's text), or the text itself.</summary>
    private static void SetAnswer(SdtRun sdt, string answer)
    {
        sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>()?.Remove();
        var item = sdt.SdtProperties?.GetFirstChild<SdtContentDropDownList>()?.Elements<ListItem>()
            .FirstOrDefault(i => string.Equals(i.Value?.Value, answer, StringComparison.OrdinalIgnoreCase));
        var content = sdt.SdtContentRun ?? sdt.AppendChild(new SdtContentRun());
        content.RemoveAllChildren();
        content.Append(new Run(new Text(item?.DisplayText?.Value ?? answer) { Space = SpaceProcessingModeValues.Preserve }));
    }
}

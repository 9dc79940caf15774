using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace NarrativeAssist.Server.Tests.Support;

/// <summary>What a test needs to see of a generated .pptx: slide titles and speaker notes in order.</summary>
public sealed record Pptx(IReadOnlyList<string> Titles, IReadOnlyList<string> Notes)
{
    public static Pptx Read(byte[] bytes)
    {
        using var doc = PresentationDocument.Open(new MemoryStream(bytes), false);
        var part = doc.PresentationPart!;
        var slides = part.Presentation.SlideIdList!.Elements<P.SlideId>().Select(id => (SlidePart)part.GetPartById(id.RelationshipId!)).ToList();
        return new Pptx(slides.Select(Title).ToList(), slides.Select(NotesOf).ToList());
    }

    private static string Title(SlidePart slide) =>
        slide.Slide.Descendants<P.Shape>()
            .FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value
                is { } t && (t == P.PlaceholderValues.Title || t == P.PlaceholderValues.CenteredTitle))
            ?.TextBody?.InnerText ?? "";

    private static string NotesOf(SlidePart slide)
    {
        var body = slide.NotesSlidePart?.NotesSlide.Descendants<P.Shape>()
            .FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Body);
        return body is null ? "" : string.Join("\n\n", body.TextBody!.Elements<A.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
    }
}

using DocumentFormat.OpenXml.Packaging;
using NarrativeAssist.Domain.Decks;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace NarrativeAssist.Documents.Reading;

/// <summary>Reads the slides of any .pptx in show order — title and speaker notes — for the timing check of the
/// presentation open in PowerPoint (its JavaScript API cannot read notes, so the pane sends the file).</summary>
public static class PresentationReader
{
    /// <exception cref="DocumentRejectedException">Not an acceptable PowerPoint package (Indonesian message).</exception>
    public static async Task<IReadOnlyList<PresentedSlide>> ReadAsync(Stream pptx, DocumentLimits? limits = null, CancellationToken cancel = default)
    {
        var bytes = await PackageGuard.ReadCheckedAsync(pptx, PackageKind.Presentation, limits, cancel).ConfigureAwait(false);
        return Read(bytes);
    }

    /// <summary>Vets and reads a package already in memory; <paramref name="cancel"/> stops the work at its next read
    /// of the package (the server's parse budget).</summary>
    /// <exception cref="DocumentRejectedException">Not an acceptable PowerPoint package (Indonesian message).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was set before the slides were read.</exception>
    public static IReadOnlyList<PresentedSlide> Read(byte[] package, DocumentLimits? limits, CancellationToken cancel)
    {
        PackageGuard.Inspect(package, PackageKind.Presentation, limits, cancel);
        return Read(package, cancel);
    }

    /// <summary>Reads a package that has already passed <see cref="PackageGuard"/>.</summary>
    public static IReadOnlyList<PresentedSlide> Read(byte[] package) => Read(package, CancellationToken.None);

    private static IReadOnlyList<PresentedSlide> Read(byte[] package, CancellationToken cancel)
    {
        try
        {
            using var doc = PresentationDocument.Open(CancellableReadStream.Over(package, cancel), false,
                new OpenSettings { AutoSave = false, MaxCharactersInPart = DocumentLimits.Default.MaxCharactersInPart });
            var part = doc.PresentationPart ?? throw Rejections.Presentation.Corrupt();
            var ids = part.Presentation?.SlideIdList?.Elements<P.SlideId>() ?? [];
            return ids.Select((id, i) => part.GetPartById(id.RelationshipId!) is SlidePart slide
                    ? new PresentedSlide(i + 1, Title(slide), Notes(slide))
                    : new PresentedSlide(i + 1, "", ""))
                .ToList();
        }
        catch (Exception e) when (UnreadablePackage.Is(e))
        {
            throw Rejections.Presentation.Corrupt(e);
        }
    }

    private static string Title(SlidePart slide)
    {
        var shapes = slide.Slide?.CommonSlideData?.ShapeTree?.Elements<P.Shape>() ?? [];
        var title = shapes.FirstOrDefault(s => PlaceholderType(s) is { } t && (t == P.PlaceholderValues.Title || t == P.PlaceholderValues.CenteredTitle));
        return Text(title?.TextBody, " ").Trim();
    }

    /// <summary>The notes page's body placeholder, paragraphs separated by blank lines (as the planner writes them).</summary>
    private static string Notes(SlidePart slide)
    {
        var body = slide.NotesSlidePart?.NotesSlide?.CommonSlideData?.ShapeTree?.Elements<P.Shape>()
            .FirstOrDefault(s => PlaceholderType(s) == P.PlaceholderValues.Body);
        return Text(body?.TextBody, "\n\n").Trim();
    }

    private static P.PlaceholderValues? PlaceholderType(P.Shape s)
    {
        var ph = s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
        return ph is null ? null : ph.Type?.Value ?? P.PlaceholderValues.Body;   // a placeholder without type is a body
    }

    private static string Text(P.TextBody? body, string paragraphSeparator) => body is null ? ""
        : string.Join(paragraphSeparator, body.Elements<A.Paragraph>().Select(p => string.Concat(p.Descendants<A.Text>().Select(t => t.Text))).Where(t => t.Length > 0));
}

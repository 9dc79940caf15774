using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using P = DocumentFormat.OpenXml.Presentation;

namespace NarrativeAssist.Server.Tests.Browser.PowerPoint;

/// <summary>One slide as a reader sees it: its id in presentation.xml, title, every text on the slide, speaker notes,
/// and the numbers of its charts (category and value caches).</summary>
public sealed record SlideContent(string Id, string Title, IReadOnlyList<string> Texts, string Notes, IReadOnlyList<string> ChartValues)
{
    /// <summary>Everything but the id, for comparing a slide of one file with a slide of another.</summary>
    public string Signature => string.Join("\u241E", [Title, string.Join("\u241F", Texts), Notes, string.Join("\u241F", ChartValues)]);
}

public static class DeckContent
{
    public static IReadOnlyList<SlideContent> Read(byte[] pptx)
    {
        using var doc = PresentationDocument.Open(new MemoryStream(pptx), false);
        var part = doc.PresentationPart!;
        var list = new List<SlideContent>();
        foreach (var id in part.Presentation.SlideIdList!.Elements<P.SlideId>())
        {
            var slide = (SlidePart)part.GetPartById(id.RelationshipId!);
            var shapes = slide.Slide.Descendants<P.Shape>().ToList();
            var title = shapes.FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value
                is { } t && (t == P.PlaceholderValues.Title || t == P.PlaceholderValues.CenteredTitle))?.TextBody?.InnerText ?? "";
            var texts = slide.Slide.Descendants<A.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
            var notesBody = slide.NotesSlidePart?.NotesSlide.Descendants<P.Shape>()
                .FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Body);
            var notes = notesBody is null ? "" : string.Join("\n", notesBody.TextBody!.Elements<A.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
            var charts = slide.ChartParts.SelectMany(c => c.ChartSpace.Descendants<C.NumericValue>().Select(v => v.Text)
                .Concat(c.ChartSpace.Descendants<C.StringPoint>().Select(v => v.InnerText))).ToList();
            list.Add(new SlideContent(id.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), title, texts, notes, charts));
        }
        return list;
    }

    /// <summary>A copy of <paramref name="pptx"/> changed slide by slide (notes removed, notes replaced) and padded
    /// with an incompressible media entry, so getFileAsync hands it out in several slices.</summary>
    public static byte[] Edit(byte[] pptx, Action<IReadOnlyList<SlidePart>> edit, int padBytes = 0)
    {
        using var ms = new MemoryStream();
        ms.Write(pptx);
        using (var doc = PresentationDocument.Open(ms, true))
        {
            var part = doc.PresentationPart!;
            var slides = part.Presentation.SlideIdList!.Elements<P.SlideId>().Select(id => (SlidePart)part.GetPartById(id.RelationshipId!)).ToList();
            edit(slides);
        }
        if (padBytes > 0)
        {
            using var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true);
            var bytes = new byte[padBytes];
            new Random(4).NextBytes(bytes);
            using var s = zip.CreateEntry("ppt/media/lampiran-uji.bin", CompressionLevel.NoCompression).Open();
            s.Write(bytes);
        }
        return ms.ToArray();
    }

    /// <summary>Replaces the text of a slide's notes body (empty text: notes without words).</summary>
    public static void SetNotes(SlidePart slide, string text)
    {
        var body = slide.NotesSlidePart!.NotesSlide.Descendants<P.Shape>()
            .First(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Body);
        var textBody = body.TextBody!;
        foreach (var p in textBody.Elements<A.Paragraph>().ToList()) p.Remove();
        textBody.Append(new A.Paragraph(new A.Run(new A.Text(text))));
    }
}

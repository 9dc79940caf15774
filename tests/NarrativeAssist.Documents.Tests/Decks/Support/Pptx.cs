using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using P = DocumentFormat.OpenXml.Presentation;
using D = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace NarrativeAssist.Documents.Tests.Decks.Support;

/// <summary>Reads rendered presentations back with the Open XML SDK, the way a test would look at them in PowerPoint.</summary>
internal static class Pptx
{
    public static PresentationDocument Open(byte[] pptx) => PresentationDocument.Open(new MemoryStream(pptx), false);

    public static IReadOnlyList<SlidePart> Slides(PresentationDocument doc)
    {
        var part = doc.PresentationPart!;
        return part.Presentation!.SlideIdList!.Elements<P.SlideId>().Select(id => (SlidePart)part.GetPartById(id.RelationshipId!.Value!)).ToList();
    }

    public static string Text(OpenXmlElement shape) =>
        string.Join("\n", shape.Descendants<D.Paragraph>().Select(p => string.Concat(p.Descendants<D.Text>().Select(t => t.Text))));

    /// <summary>The title: the title placeholder's text, else the first shape's.</summary>
    public static string Title(SlidePart slide)
    {
        var shapes = slide.Slide!.CommonSlideData!.ShapeTree!.Elements<P.Shape>().ToList();
        var title = shapes.FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value
            is { } t && (t == P.PlaceholderValues.Title || t == P.PlaceholderValues.CenteredTitle)) ?? shapes.First();
        return Text(title);
    }

    /// <summary>Speaker notes: the body placeholder's paragraphs joined with a blank line, line breaks as "\n".</summary>
    public static string? Notes(SlidePart slide)
    {
        var body = slide.NotesSlidePart?.NotesSlide?.CommonSlideData?.ShapeTree?.Elements<P.Shape>()
            .FirstOrDefault(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Body);
        return body?.TextBody?.Elements<D.Paragraph>().Select(p => string.Concat(p.ChildElements.Select(c => c switch
        {
            D.Run r => r.Text?.Text,
            D.Break => "\n",
            _ => null,
        }))).Aggregate((a, b) => a + "\n\n" + b);
    }

    public static string AllText(SlidePart slide) => Text(slide.Slide!);

    /// <summary>Series name and values as the chart part caches them (null where a point is missing).</summary>
    public static List<(string Name, double?[] Values, string[] Categories, string Formula)> ChartCache(ChartPart chart)
    {
        var result = new List<(string, double?[], string[], string)>();
        foreach (var ser in chart.ChartSpace!.Descendants<OpenXmlCompositeElement>().Where(e => e.LocalName == "ser"))
        {
            var name = ser.Elements<C.SeriesText>().Single().Descendants<C.NumericValue>().Single().Text;
            var cats = ser.Elements<C.CategoryAxisData>().Single().Descendants<C.StringPoint>().Select(p => p.NumericValue!.Text).ToArray();
            var numCache = ser.Elements<C.Values>().Single().Descendants<C.NumberingCache>().Single();
            var count = (int)numCache.PointCount!.Val!.Value;
            var values = new double?[count];
            foreach (var pt in numCache.Elements<C.NumericPoint>())
                values[pt.Index!.Value] = double.Parse(pt.NumericValue!.Text, CultureInfo.InvariantCulture);
            var formula = ser.Elements<C.Values>().Single().Descendants<C.Formula>().Single().Text;
            result.Add((name, values, cats, formula));
        }
        return result;
    }

    /// <summary>The embedded workbook's cells of sheet "Data" by reference (A1 → text or number as written).</summary>
    public static Dictionary<string, string> WorkbookCells(ChartPart chart, out byte[] xlsx)
    {
        var embedded = chart.EmbeddedPackagePart!;
        using var source = embedded.GetStream();
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        xlsx = copy.ToArray();
        using var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = book.WorkbookPart!.Workbook!.Sheets!.Elements<S.Sheet>().Single(s => s.Name == "Data");
        var part = (WorksheetPart)book.WorkbookPart.GetPartById(sheet.Id!.Value!);
        return part.Worksheet!.Descendants<S.Cell>().ToDictionary(c => c.CellReference!.Value!,
            c => c.DataType?.Value == S.CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text);
    }

    public static List<List<string>> TableCells(SlidePart slide) =>
        slide.Slide!.Descendants<D.Table>().Single().Elements<D.TableRow>()
            .Select(r => r.Elements<D.TableCell>().Select(c => Text(c)).ToList()).ToList();

    public static List<string> ValidationErrors(byte[] package)
    {
        using var doc = Open(package);
        return Validate(doc);
    }

    public static List<string> Validate(OpenXmlPackage doc) =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
}

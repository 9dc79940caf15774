using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>Writes an empty narrative document for the team to fill: headings per part, area and sub-area,
/// and per question its text, a tagged answer control and a tagged narrative control.</summary>
public static class SkeletonWriter
{
    public const string NarrativePlaceholder = Placeholders.Narrative;

    /// <param name="output">Receives the .docx; need not be seekable.</param>
    /// <param name="areaCode">A lever code (MP, TL, SDM, AK, PW, PP: Pemenuhan and Reform together), a Hasil
    /// group (H1, H2), a part id (P, R, H), or null for the whole LKE.</param>
    /// <exception cref="ArgumentException">Unknown area code (Indonesian message listing the valid ones).</exception>
    public static void Write(Stream output, LkeCatalog catalog, string? areaCode)
    {
        var selected = Select(catalog, areaCode);
        using var buffer = new MemoryStream(); // packaging needs a seekable stream; the output may be a response body
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            SkeletonStyles.AddTo(main);
            main.Document = new Document(Body(catalog, selected, areaCode));
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static HashSet<Question> Select(LkeCatalog catalog, string? areaCode)
    {
        if (areaCode is null) return [.. catalog.Questions];
        var code = areaCode.Trim();
        var questions = catalog.Parts.FirstOrDefault(p => p.Id.Equals(code, StringComparison.OrdinalIgnoreCase)) is { } part
            ? part.Areas.SelectMany(a => a.AllQuestions).ToHashSet()
            : catalog.QuestionsOfArea(code).ToHashSet();
        if (questions.Count > 0) return questions;
        var codes = catalog.Parts.SelectMany(p => p.Areas).Select(a => a.Code).Distinct().Concat(catalog.Parts.Select(p => p.Id));
        throw new ArgumentException($"Area \"{areaCode}\" tidak dikenal. Pilih salah satu: {string.Join(", ", codes)}; atau buat kerangka seluruh LKE.", nameof(areaCode));
    }

    private static Body Body(LkeCatalog catalog, HashSet<Question> selected, string? areaCode)
    {
        var controls = new SkeletonControls();
        var body = new Body(
            Styled(SkeletonStyles.Title, "Narasi LKE Zona Integritas"),
            Styled(SkeletonStyles.Subtitle, $"{Scope(catalog, areaCode)} · {catalog.Title}"),
            new Paragraph(new Run(new Text(
                "Pilih jawaban pada kotak Jawaban dan tulis narasi pada kotak di bawah setiap pertanyaan. " +
                "Jangan menghapus kotak-kotak itu: tag-nya menghubungkan narasi dengan pertanyaan LKE."))));

        foreach (var part in catalog.Parts.Where(p => p.Areas.Any(a => a.AllQuestions.Any(selected.Contains))))
        {
            body.Append(Styled(SkeletonStyles.Heading(1), $"{part.Numeral}. {part.Name}"));
            foreach (var area in part.Areas.Where(a => a.AllQuestions.Any(selected.Contains)))
            {
                body.Append(Styled(SkeletonStyles.Heading(2), $"{area.Number}. {area.Name}"));
                foreach (var sub in area.SubAreas.Where(s => s.Questions.Any(selected.Contains)))
                {
                    body.Append(Styled(SkeletonStyles.Heading(3), $"{sub.Numeral}. {sub.Name}"));
                    foreach (var q in sub.Questions) body.Append(QuestionBlock(q, controls));
                }
                foreach (var q in area.DirectQuestions) body.Append(QuestionBlock(q, controls));
            }
        }
        body.Append(A4Section());
        return body;
    }

    private static IEnumerable<OpenXmlElement> QuestionBlock(Question q, SkeletonControls controls) =>
    [
        Styled(SkeletonStyles.Question, $"{q.Letter}. {q.Text}"),
        new Paragraph(new Run(new Text("Jawaban: ") { Space = SpaceProcessingModeValues.Preserve }), controls.Answer(q)),
        controls.Narrative(q, NarrativePlaceholder),
    ];

    private static string Scope(LkeCatalog catalog, string? areaCode)
    {
        if (areaCode is null) return "Seluruh LKE";
        var code = areaCode.Trim().ToUpperInvariant();
        return catalog.FindPart(code) is { } part ? $"Bagian {part.Name}" : $"Area {catalog.AreaName(code)} ({code})";
    }

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    private static SectionProperties A4Section() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1417, Right = 1417U, Bottom = 1417, Left = 1417U, Header = 708U, Footer = 708U, Gutter = 0U });
}

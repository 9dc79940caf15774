using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Decks.Support;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>Every output opens in LibreOffice: headless conversion to PDF gives one page per slide (the tour: a
/// document with the table). Needs soffice (libreoffice-impress, libreoffice-writer) and pdfinfo (poppler-utils);
/// without them these tests fail naming the program. One soffice at a time: see <see cref="LibreOfficeCollection"/>.</summary>
[Collection(LibreOfficeCollection.Name)]
public class LibreOfficeRenderingTests
{
    [Theory]
    [InlineData("biru-formal")]
    [InlineData("kontras-tinggi")]
    public void Built_in_template_deck_renders_one_page_per_slide(string template)
    {
        var deck = DeckRenderer.Render(DeckSamples.Interview(), template);

        LibreOffice.PdfPages(deck.Pptx, "pptx").Should().Be(deck.SlideCount);
    }

    [Fact]
    public void User_template_deck_renders_one_page_per_slide()
    {
        var deck = UserTemplateTests.Render(DeckSamples.Interview());

        LibreOffice.PdfPages(deck.Pptx, "pptx").Should().Be(deck.SlideCount);
    }

    [Fact]
    public void Tour_document_converts()
    {
        LibreOffice.PdfPages(TourDocumentWriter.Write(TourDocumentWriterTests.Tour), "docx").Should().BeGreaterThanOrEqualTo(1);
    }
}

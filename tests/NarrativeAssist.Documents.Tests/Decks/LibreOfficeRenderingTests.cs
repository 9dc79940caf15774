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

    /// <summary>What LibreOffice draws, not what the XML says: on the bullet slide "Profil dan Komitmen Pimpinan" (page 2)
    /// the title's words (pdftotext -bbox) lie above every other word, apart from them and in larger type; the page
    /// renders (pdftoppm -png -r 40) as a 16:9 picture.</summary>
    [Theory]
    [InlineData(UserTemplateTests.FixtureName)]
    [InlineData("biru-formal")]
    [InlineData("kontras-tinggi")]
    public void A_content_slide_shows_its_title_above_and_apart_from_its_bullets(string template)
    {
        var plan = DeckSamples.Interview();
        var deck = template == UserTemplateTests.FixtureName ? UserTemplateTests.Render(plan) : DeckRenderer.Render(plan, template);
        var pdf = LibreOffice.ToPdf(deck.Pptx, "pptx");
        const int page = 2;

        var titleWords = plan.Slides.ElementAt(1).Title.Split(' ');
        var words = LibreOffice.Words(pdf, page);
        var title = words.Where(w => titleWords.Contains(w.Text)).ToList();
        var body = words.Except(title).Where(w => w.Text != "•").ToList();
        title.Select(w => w.Text).Should().Equal(titleWords);
        body.Select(w => w.Text).Should().Contain(["Melayani", "Komitmen:", "Maklumat"]);
        title.Max(w => w.YMax).Should().BeLessThan(body.Min(w => w.YMin), "the title's words are above and apart from the bullets' words");
        title.Min(w => w.Height).Should().BeGreaterThan(body.Max(w => w.Height), "the title is set larger than the bullets");

        var png = LibreOffice.Png(pdf, page);
        png.AsSpan(1, 3).ToArray().Should().Equal("PNG"u8.ToArray());
        var (width, height) = (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        ((double)width / height).Should().BeApproximately(16 / 9.0, 0.02);
        width.Should().BeInRange(520, 540, "40 dpi of a 13.33-inch-wide slide");
    }

    [Fact]
    public void Tour_document_converts()
    {
        LibreOffice.PdfPages(TourDocumentWriter.Write(TourDocumentWriterTests.Tour), "docx").Should().BeGreaterThanOrEqualTo(1);
    }
}

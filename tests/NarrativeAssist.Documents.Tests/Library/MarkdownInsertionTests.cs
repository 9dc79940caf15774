using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Domain;

namespace NarrativeAssist.Documents.Tests.Library;

/// <summary>Issue #8: a narrative template from the library inserted into a Word document, read back from the .docx.</summary>
public class MarkdownInsertionTests
{
    private static readonly NarrativeTemplate Template =
        NarrativeTemplate.Parse(File.ReadAllText(NarrativeAssist.Tests.RepoRoot.File("templates/narratives/P.MP.1.a.md")), "P.MP.1.a.md");

    private static MemoryStream SkeletonWithTemplate()
    {
        var docx = new MemoryStream();
        SkeletonWriter.Write(docx, BuiltInData.Catalog, "MP");
        NarrativeFiller.FillMarkdown(docx, "P.MP.1.a", Template.Markdown).Should().BeTrue();
        docx.Position = 0;
        return docx;
    }

    [Fact]
    public void The_inserted_template_reads_back_as_the_questions_narrative()
    {
        using var docx = SkeletonWithTemplate();

        var entry = NarrativeReader.Read(docx, BuiltInData.Catalog).Entries.Single(e => e.QuestionId == "P.MP.1.a");

        entry.Text.Should().Contain("telah membentuk Tim Kerja Pembangunan Zona Integritas menuju WBK/WBBM melalui Surat Keputusan Kepala [nama unit] Nomor [nomor SK]");
        entry.Text.Should().Contain("Bukti dukung:").And.Contain("• Undangan dan daftar hadir rapat pembentukan tim tanggal [tanggal]");
    }

    [Fact]
    public void Formatting_is_kept_placeholders_are_highlighted_and_the_document_is_valid()
    {
        using var docx = SkeletonWithTemplate();
        using var doc = WordprocessingDocument.Open(docx, false);
        var control = doc.MainDocumentPart!.Document.Body!.Descendants<SdtBlock>()
            .Single(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == "lke:P.MP.1.a");

        var highlighted = control.Descendants<Run>().Where(r => r.RunProperties?.Highlight?.Val?.Value == HighlightColorValues.Yellow)
            .Select(r => r.InnerText).Distinct().ToList();
        highlighted.Should().BeEquivalentTo(NarrativeTemplate.PlaceholdersIn(Template.Markdown));
        control.Descendants<Run>().Should().Contain(r => r.RunProperties != null && r.RunProperties.Bold != null && r.InnerText == "Bukti dukung:");
        control.Descendants<Paragraph>().Count(p => p.InnerText.StartsWith("• ", StringComparison.Ordinal)).Should().Be(3);
        control.SdtProperties!.GetFirstChild<ShowingPlaceholder>().Should().BeNull();
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Should().BeEmpty();
    }

    [Fact]
    public void A_question_without_a_control_is_reported()
    {
        using var docx = new MemoryStream();
        SkeletonWriter.Write(docx, BuiltInData.Catalog, "MP");

        NarrativeFiller.FillMarkdown(docx, "P.PP.1.a", Template.Markdown).Should().BeFalse();
    }
}

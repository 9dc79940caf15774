using System.IO.Compression;
using System.Text;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Tests.Support;

namespace NarrativeAssist.Documents.Tests.Decks;

/// <summary>User templates pass the package guard with PowerPoint wording; Word uploads keep theirs.</summary>
public class PresentationGuardTests
{
    private static byte[] Template => DeckTemplate.BuiltIn("biru-formal").ToArray();

    private static DeckTemplate Upload(byte[] bytes) => DeckTemplate.FromUpload(new MemoryStream(bytes), "unggahan.pptx");

    [Fact]
    public void A_presentation_is_accepted_and_a_user_template_from_LibreOffice_too()
    {
        Upload(Template).IsBuiltIn.Should().BeFalse();
        Upload(UserTemplateTests.Fixture()).Name.Should().Be("unggahan.pptx");
    }

    [Fact]
    public void Empty_random_and_encrypted_files()
    {
        Rejection.Expect(RejectionCodes.EmptyFile, () => Upload([])).Message.Should().Contain(".pptx");
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        random[0] = (byte)'%';
        Rejection.Expect(RejectionCodes.NotAZip, () => Upload(random)).Message.Should().StartWith("Berkas ini bukan presentasi PowerPoint (.pptx)");
        var cfb = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cfb, 0);
        Rejection.Expect(RejectionCodes.EncryptedOrLegacy, () => Upload(cfb)).Message.Should().Contain(".ppt").And.Contain("kata sandi");
    }

    [Fact]
    public void Macro_enabled_presentation()
    {
        var pptm = ZipSurgery.WithEntry(Template, "[Content_Types].xml", ZipSurgery.EntryText(Template, "[Content_Types].xml").Replace(
            "presentationml.presentation.main+xml", "ms-powerpoint.presentation.macroEnabled.main+xml"));
        Rejection.Expect(RejectionCodes.MacroEnabled, () => Upload(pptm)).Message.Should().Contain("makro").And.Contain(".pptm");
        var withVba = ZipSurgery.WithEntry(Template, "ppt/vbaProject.bin", "not really VBA");
        Rejection.Expect(RejectionCodes.MacroEnabled, () => Upload(withVba));
    }

    [Fact]
    public void A_Word_document_is_not_a_presentation_and_a_presentation_is_not_a_Word_document()
    {
        var docx = Docx.Skeleton("MP");
        var e = Rejection.Expect("not_a_presentation", () => Upload(docx));
        e.Message.Should().Be("Berkas ini dokumen Word (.docx), bukan presentasi PowerPoint. Unggah templat presentasi dalam format .pptx.");

        Rejection.Expect(RejectionCodes.NotAWordDocument, () => Docx.Read(Template)).Message.Should().Contain("presentasi PowerPoint (.pptx), bukan dokumen Word");
    }

    [Fact]
    public void Zip_bomb()
    {
        using var ms = new MemoryStream();
        ms.Write(Template);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("ppt/media/bom.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++) entry.Write(zeros);
        }
        var e = Rejection.Expect(RejectionCodes.ZipBomb, () => Upload(ms.ToArray()));
        e.Message.Should().Contain("Paket presentasi ditolak demi keamanan");
    }

    [Fact]
    public void Too_large()
    {
        var limits = new DocumentLimits { MaxFileBytes = 1024 };
        var e = Rejection.Expect(RejectionCodes.TooLarge, () => DeckTemplate.FromUpload(new ForwardOnlyStream(new MemoryStream(Template)), limits: limits));
        e.Message.Should().Contain("presentasi");
    }

    [Fact]
    public void A_presentation_with_broken_XML_is_refused_as_corrupt_when_rendering()
    {
        var broken = ZipSurgery.WithEntry(Template, "ppt/presentation.xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:sldSz");
        var e = Rejection.Expect(RejectionCodes.Corrupt, () => DeckRenderer.Render(Support.DeckSamples.Interview(), Upload(broken)));
        e.Message.Should().StartWith("Berkas presentasi PowerPoint ini rusak");
    }
}

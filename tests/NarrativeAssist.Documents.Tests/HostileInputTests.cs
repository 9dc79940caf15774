using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using DocumentFormat.OpenXml.Spreadsheet;
using NarrativeAssist.Documents.Tests.Support;
using static NarrativeAssist.Documents.Tests.Support.Docx;

namespace NarrativeAssist.Documents.Tests;

/// <summary>Uploads that must be refused with the right code, an Indonesian message and no hang.</summary>
public class HostileInputTests
{
    private const string DocumentXml = "word/document.xml";
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void A_relationship_to_a_part_that_is_not_in_the_package_is_a_corrupt_file_not_a_crash()
    {
        // Found by the fuzz test: the SDK throws InvalidOperationException ("Specified part does not exist").
        var sample = File.ReadAllBytes(NarrativeAssist.Tests.RepoRoot.File("templates/samples/narasi-contoh.docx"));
        var rels = ZipSurgery.EntryText(sample, "word/_rels/document.xml.rels").Replace("</Relationships>",
            "<Relationship Id=\"rIdHilang\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"tidak-ada.xml\"/></Relationships>");
        var e = Rejection.Expect(RejectionCodes.Corrupt, () => Read(ZipSurgery.WithEntry(sample, "word/_rels/document.xml.rels", rels)));
        e.Message.Should().Contain("rusak");
    }

    [Fact]
    public void Empty_file()
    {
        Rejection.Expect(RejectionCodes.EmptyFile, () => Read([]));
        Rejection.Expect(RejectionCodes.EmptyFile, () => NarrativeReader.Read(new ForwardOnlyStream(new MemoryStream()), Catalog));
    }

    [Fact]
    public void Random_bytes()
    {
        var bytes = new byte[64 * 1024];
        new Random(20240101).NextBytes(bytes);
        bytes[0] = (byte)'%'; // whatever the seed gives, not a zip signature

        var e = Rejection.Expect(RejectionCodes.NotAZip, () => Read(bytes));

        e.Message.Should().StartWith("Berkas ini bukan dokumen Word (.docx)");
    }

    [Fact]
    public void Compound_file_is_an_encrypted_or_legacy_document()
    {
        var cfb = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cfb, 0);

        var e = Rejection.Expect(RejectionCodes.EncryptedOrLegacy, () => Read(cfb));

        e.Message.Should().Contain(".doc").And.Contain("kata sandi");
    }

    [Fact]
    public void Macro_enabled_document_with_a_VBA_project()
    {
        var docm = Build(main =>
        {
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(P("P.MP.1.a")));
            using var vba = new MemoryStream(Encoding.ASCII.GetBytes("not really VBA"));
            main.AddNewPart<VbaProjectPart>().FeedData(vba);
        }, DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument);

        var e = Rejection.Expect(RejectionCodes.MacroEnabled, () => Read(docm));

        e.Message.Should().Contain("makro").And.Contain(".docx");
    }

    [Fact]
    public void Macro_enabled_content_type_without_a_VBA_part()
    {
        var docm = Build(main => main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
            new DocumentFormat.OpenXml.Wordprocessing.Body(P("P.MP.1.a"))), DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument);

        Rejection.Expect(RejectionCodes.MacroEnabled, () => Read(docm));
    }

    [Fact]
    public void Zip_bomb_of_300_MB_of_zeros_is_refused_without_inflating_it()
    {
        var bomb = ZipBomb(300);
        bomb.Length.Should().BeLessThan(2 * 1024 * 1024, "the test itself stays small");

        var e = Rejection.Expect(RejectionCodes.ZipBomb, () => Read(bomb));

        e.Message.Should().Contain(DocumentXml);
    }

    [Fact]
    public void Too_much_uncompressed_data_in_total()
    {
        var limits = DocumentLimits.Default with { MaxTotalUncompressedBytes = 64 * 1024 };

        var e = Rejection.Expect(RejectionCodes.ZipBomb, () => Read(Skeleton(null), limits));

        e.Message.Should().Contain("0,1 MB");
    }

    [Fact]
    public void Too_many_zip_entries()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            for (var i = 0; i < 1_001; i++) zip.CreateEntry($"word/media/image{i}.png");

        var e = Rejection.Expect(RejectionCodes.ZipBomb, () => Read(ms.ToArray()));

        e.Message.Should().Contain("1000 bagian");
    }

    [Theory]
    [InlineData(21)]
    [InlineData(50)]
    public void Oversized_file_is_refused_before_reading(int megabytes)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var f = File.OpenWrite(path)) f.SetLength(megabytes * DocumentLimits.Megabyte); // sparse: no memory, no disk
            using var file = File.OpenRead(path);

            var e = Rejection.Expect(RejectionCodes.TooLarge, () => NarrativeReader.Read(file, Catalog));

            e.Message.Should().Contain("20 MB");
            file.Position.Should().Be(0, "the size is known from the stream, nothing needs reading");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Oversized_upload_of_unknown_length_stops_reading_at_the_limit()
    {
        var upload = new EndlessStream();

        Rejection.Expect(RejectionCodes.TooLarge, () => NarrativeReader.Read(upload, Catalog));

        upload.BytesRead.Should().BeLessThan(DocumentLimits.Default.MaxFileBytes + 1024 * 1024);
    }

    [Fact]
    public async Task Async_read_applies_the_same_limits()
    {
        var read = () => NarrativeReader.ReadAsync(new EndlessStream(), Catalog);

        (await read.Should().ThrowAsync<DocumentRejectedException>()).Which.Code.Should().Be(RejectionCodes.TooLarge);
    }

    [Fact]
    public void Workbook_passed_as_Word()
    {
        using var ms = new MemoryStream();
        using (var xlsx = SpreadsheetDocument.Create(ms, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
            xlsx.AddWorkbookPart().Workbook = new Workbook(new Sheets());

        var e = Rejection.Expect(RejectionCodes.NotAWordDocument, () => Read(ms.ToArray()));

        e.Message.Should().Contain("Excel");
    }

    [Fact]
    public void Presentation_passed_as_Word()
    {
        using var ms = new MemoryStream();
        using (var pptx = PresentationDocument.Create(ms, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
            pptx.AddPresentationPart().Presentation = new Presentation();

        var e = Rejection.Expect(RejectionCodes.NotAWordDocument, () => Read(ms.ToArray()));

        e.Message.Should().Contain("PowerPoint");
    }

    [Fact]
    public void Truncated_archive()
    {
        var docx = Skeleton("MP");

        Rejection.Expect(RejectionCodes.Corrupt, () => Read(docx[..(docx.Length / 2)]));
        Rejection.Expect(RejectionCodes.Corrupt, () => Read(docx[..^10]));
    }

    [Fact]
    public void Corrupt_XML_in_the_main_part()
    {
        var docx = ZipSurgery.WithEntry(Skeleton("MP"), DocumentXml, $"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>Tim dibentuk");

        var e = Rejection.Expect(RejectionCodes.Corrupt, () => Read(docx));

        e.Message.Should().Contain("rusak");
        e.InnerException.Should().NotBeNull("the cause stays available for logs");
    }

    [Fact]
    public void Damaged_compressed_data()
    {
        var docx = Skeleton("MP");
        var damaged = (byte[])docx.Clone();
        var at = docx.Length / 3; // inside the compressed body of an entry
        for (var i = at; i < at + 64; i++) damaged[i] ^= 0x5A;

        Rejection.Expect(RejectionCodes.Corrupt, () => Read(damaged));
    }

    [Fact]
    public void DTD_and_entity_expansion_in_the_main_part()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++) laughs.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">");
        laughs.Append($"]><w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>P.MP.1.a &lol9;</w:t></w:r></w:p></w:body></w:document>");
        var docx = ZipSurgery.WithEntry(Skeleton("MP"), DocumentXml, laughs.ToString());

        Rejection.Expect(RejectionCodes.Corrupt, () => Read(docx));
    }

    [Fact]
    public void Inspect_accepts_a_genuine_document()
    {
        var act = () => PackageGuard.Inspect(Skeleton(null));
        act.Should().NotThrow();
    }

    /// <summary>A well-formed docx package whose main part inflates to <paramref name="megabytes"/> MB of zeros,
    /// streamed through ZipArchive so the test never holds the inflated data.</summary>
    private static byte[] ZipBomb(int megabytes)
    {
        var docx = WithBody(P("P.MP.1.a"));
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels" })
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write(EntryTextOrEmpty(docx, name));
            }
            using var part = zip.CreateEntry(DocumentXml, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) part.Write(zeros);
        }
        return ms.ToArray();
    }

    private static string EntryTextOrEmpty(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        if (zip.GetEntry(name) is not { } entry) return "";
        using var r = new StreamReader(entry.Open());
        return r.ReadToEnd();
    }
}

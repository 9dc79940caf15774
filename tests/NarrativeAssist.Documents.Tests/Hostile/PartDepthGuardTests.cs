using System.IO.Compression;
using System.Text;
using NarrativeAssist.Documents.Tests.Support;
using NarrativeAssist.Tests.Hostile;

namespace NarrativeAssist.Documents.Tests.Hostile;

/// <summary>Issue #13, attack 1: a part may have any name. The depth guard must refuse a deeply nested part whatever it
/// is called or declared as — before Open XML SDK sees it, since the SDK's recursive loader overflows the stack and
/// kills the process. These tests call <see cref="PackageGuard.Inspect(byte[], PackageKind, DocumentLimits?)"/> only,
/// never a reader, so against code without the guard they fail instead of crashing the test host.</summary>
public class PartDepthGuardTests
{
    private const string DocxMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TheoryData<string> Issue13Cases() => new(
        HostileCorpus.Documents().Concat(HostileCorpus.Presentations())
            .Where(c => c.Expect is "bersarang" or "terpecah").Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Issue13Cases))]
    public void Deep_parts_are_refused_by_the_guard_whatever_their_name(string name)
    {
        var c = HostileCorpus.Documents().Concat(HostileCorpus.Presentations()).Single(x => x.Name == name);
        var kind = c.Kind == HostileCorpus.Kind.Docx ? PackageKind.Word : PackageKind.Presentation;
        var e = Rejection.Expect(RejectionCodes.ZipBomb, () => PackageGuard.Inspect(c.Bytes(), kind));
        e.Message.Should().Contain(c.Expect).And.Contain("demi keamanan");
    }

    [Fact]
    public void The_main_part_as_document_dat_is_named_in_the_refusal()
    {
        var e = Rejection.Expect(RejectionCodes.ZipBomb, () => PackageGuard.Inspect(HostileCorpus.Package(DocxMain, "word/document.dat", Nested(20_000))));
        e.Message.Should().Contain("word/document.dat").And.Contain("128 tingkat");
    }

    /// <summary>The declaration does not decide which entries are walked: declared by Default extension in another
    /// case, declared as a picture, or not declared at all, a deep entry is refused.</summary>
    [Theory]
    [InlineData("word/document.DAT", "<Default Extension=\" dat \" ContentType=\" application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml \"/>")]
    [InlineData("word/media/image1.png", "<Default Extension=\"png\" ContentType=\"image/png\"/>")]
    [InlineData("word/embeddings/data.bin", "")]
    [InlineData("customXml/item1", "")]
    public void A_deep_entry_is_refused_however_it_is_declared(string entry, string declaration)
    {
        var bytes = ZipSurgery.WithEntry(Minimal(declaration), entry, Encoding.UTF8.GetBytes(Nested(2_000)));
        var e = Rejection.Expect(RejectionCodes.ZipBomb, () => PackageGuard.Inspect(bytes));
        e.Message.Should().Contain(entry);
    }

    [Fact]
    public void A_deep_entry_behind_a_DOCTYPE_in_an_undeclared_entry_is_still_measured()
    {
        var xml = "<!DOCTYPE w:document [<!ENTITY x \"y\">]>" + Nested(2_000);
        var bytes = ZipSurgery.WithEntry(Minimal(""), "word/lain.bin", Encoding.UTF8.GetBytes(xml));
        Rejection.Expect(RejectionCodes.ZipBomb, () => PackageGuard.Inspect(bytes));
    }

    [Fact]
    public void A_part_declared_as_XML_under_another_name_must_be_well_formed_and_without_DTD()
    {
        var dtd = HostileCorpus.Package(DocxMain, "word/document.dat",
            $"<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>");
        Rejection.Expect(RejectionCodes.Corrupt, () => PackageGuard.Inspect(dtd));
        var broken = HostileCorpus.Package(DocxMain, "word/document.dat", $"<w:document xmlns:w=\"{W}\"><w:body>");
        Rejection.Expect(RejectionCodes.Corrupt, () => PackageGuard.Inspect(broken));
    }

    [Fact]
    public void Pictures_fonts_and_an_SVG_with_a_DOCTYPE_are_accepted_and_the_document_still_reads()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'<', (byte)'<' };
        var svg = "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" +
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><rect width=\"1\" height=\"1\"/></g></svg>";
        var sample = File.ReadAllBytes(NarrativeAssist.Tests.RepoRoot.File("templates/samples/narasi-contoh.docx"));
        var types = ZipSurgery.EntryText(sample, "[Content_Types].xml").Replace("</Types>",
            "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"svg\" ContentType=\"image/svg+xml\"/><Default Extension=\"odttf\" ContentType=\"application/vnd.openxmlformats-officedocument.obfuscatedFont\"/></Types>");
        var bytes = ZipSurgery.WithEntry(ZipSurgery.WithEntry(ZipSurgery.WithEntry(ZipSurgery.WithEntry(sample, "[Content_Types].xml", types),
            "word/media/image9.png", png), "word/media/image9.svg", Encoding.UTF8.GetBytes(svg)), "word/fonts/font1.odttf", new byte[] { 1, 2, 3, (byte)'<' });
        PackageGuard.Inspect(bytes);
        Docx.Read(bytes).Entries.Should().NotBeEmpty();
    }

    [Fact]
    public void Real_documents_and_templates_stay_far_below_the_limit()
    {
        var tight = DocumentLimits.Default with { MaxXmlDepth = 16 };
        PackageGuard.Inspect(File.ReadAllBytes(NarrativeAssist.Tests.RepoRoot.File("templates/samples/narasi-contoh.docx")), tight);
        foreach (var deck in new[] { "biru-formal", "kontras-tinggi" })
            PackageGuard.Inspect(File.ReadAllBytes(NarrativeAssist.Tests.RepoRoot.File($"templates/decks/{deck}.pptx")), PackageKind.Presentation, tight);
        PackageGuard.Inspect(Decks.UserTemplateTests.Fixture(), PackageKind.Presentation, tight);
    }

    private static string Nested(int depth)
    {
        var sb = new StringBuilder($"<w:document xmlns:w=\"{W}\"><w:body>");
        for (var i = 0; i < depth; i++) sb.Append("<w:sdt><w:sdtContent>");
        for (var i = 0; i < depth; i++) sb.Append("</w:sdtContent></w:sdt>");
        return sb.Append("</w:body></w:document>").ToString();
    }

    /// <summary>A valid small .docx with <paramref name="declaration"/> added to its content types.</summary>
    private static byte[] Minimal(string declaration)
    {
        var package = HostileCorpus.WordPackage(HostileCorpus.Body(HostileCorpus.Para("x")));
        var types = ZipSurgery.EntryText(package, "[Content_Types].xml").Replace("</Types>", declaration + "</Types>");
        return ZipSurgery.WithEntry(package, "[Content_Types].xml", types);
    }
}

using System.IO.Compression;
using System.Text;

namespace NarrativeAssist.Tests.Hostile;

/// <summary>The hostile input corpus of issue #7, generated in code (nothing large is committed). Shared by the
/// server and CLI tests. Every file here must be refused with a 4xx / exit 2 and an Indonesian message, within
/// bounded time and memory — except <see cref="Harmless"/> cases, which must be handled safely (no fetch, no
/// escape from a folder) and may be accepted.</summary>
public static class HostileCorpus
{
    public enum Kind { Docx, Pptx, Yaml, Json }

    /// <param name="Name">Case name (also the upload file name).</param>
    /// <param name="Expect">A fragment of the Indonesian message expected (case-insensitive).</param>
    /// <param name="Harmless">Accepting it is fine as long as nothing is fetched or written.</param>
    public sealed record Case(string Name, Kind Kind, Func<byte[]> Bytes, string Expect, bool Harmless = false)
    {
        public override string ToString() => Name;
    }

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string DocxMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string DocmMain = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private const string PptxMain = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
    private const string SlideType = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml";
    private const string PptmMain = "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml";

    /// <summary>Where the external relationships point: tests listen here and assert nobody came.</summary>
    public static string RemoteTarget { get; set; } = "http://127.0.0.1:9/umpan";

    public static IEnumerable<Case> Documents() =>
    [
        new("bom-rasio.docx", Kind.Docx, () => WordPackage(Body(Para("x")), extra: [("word/media/nol.bin", Zeros(200), CompressionLevel.SmallestSize)]), "keamanan"),
        new("bom-banyak-bagian.docx", Kind.Docx, () => WordPackage(Body(Para("x")),
            extra: Enumerable.Range(0, 5_000).Select(i => ($"word/media/b{i}.bin", new byte[] { 1 }, CompressionLevel.Fastest)).ToArray()), "bagian"),
        // Stored uncompressed, so the ratio guard lets them through and the XML reader and the checker meet them.
        new("xml-bersarang.docx", Kind.Docx, () => WordPackage(Nested(200_000), mainLevel: CompressionLevel.NoCompression), "bersarang"),
        // Issue #13: the main part under another name, declared by an Override and targeted by the relationship — the SDK
        // parses it like document.xml, and used to recurse until a stack overflow killed the server.
        new("bagian-dat-bersarang.docx", Kind.Docx, () => Package(DocxMain, "word/document.dat", Nested(20_000)), "bersarang"),
        new("bagian-dat-bersarang-200rb.docx", Kind.Docx, () => Package(DocxMain, "word/document.dat", Nested(200_000), mainLevel: CompressionLevel.NoCompression), "bersarang"),
        new("bagian-dat-bersarang-3000.docx", Kind.Docx, () => Package(DocxMain, "word/document.dat", Nested(3_000)), "bersarang"),
        // 165 levels: deeper than DocumentLimits.MaxXmlDepth (128, was 256), far deeper than real documents.
        new("bersarang-165-tingkat.docx", Kind.Docx, () => WordPackage(Nested(80)), "bersarang"),
        // An interleaved main part: System.IO.Packaging joins the pieces, so each piece alone looks shallow.
        new("bagian-terpecah.docx", Kind.Docx, () => Interleaved(Nested(20_000)), "terpecah"),
        new("billion-laughs.docx", Kind.Docx, () => WordPackage(BillionLaughs()), "rusak"),
        new("relasi-eksternal.docx", Kind.Docx, () => WordPackage(Body(Tagged("lke:P.MP.1.a", "Tim dibentuk.")),
            rels: $"""<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="{RemoteTarget}/templat.dotm" TargetMode="External"/><Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="{RemoteTarget}/gambar.png" TargetMode="External"/><Relationship Id="rIdX3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="\\127.0.0.1\share\x.docx" TargetMode="External"/>"""),
            "", Harmless: true),
        new("makro.docm", Kind.Docx, () => WordPackage(Body(Para("x")), mainType: DocmMain, extra: [("word/vbaProject.bin", [1, 2, 3], CompressionLevel.Fastest)]), "makro"),
        new("terenkripsi.docx", Kind.Docx, Encrypted, "kata sandi"),
        new("jenis-isi-salah.docx", Kind.Docx, () => WordPackage(Body(Para("x")), mainType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"), "Word"),
        new("terpotong.docx", Kind.Docx, () => { var d = WordPackage(Body(Tagged("lke:P.MP.1.a", "Tim dibentuk."))); return d[..(d.Length / 2)]; }, "rusak"),
        new("zip-slip.docx", Kind.Docx, () => WordPackage(Body(Tagged("lke:P.MP.1.a", "Tim dibentuk.")),
            extra: [("../../../../tmp/na-zip-slip.txt", "keluar"u8.ToArray(), CompressionLevel.Fastest)]), "", Harmless: true),
        new("paragraf-10mb.docx", Kind.Docx, () => WordPackage(Body(Tagged("lke:P.MP.1.a", LongText(10 * 1024 * 1024))), mainLevel: CompressionLevel.NoCompression),
            // Read and checked on its first 100,000 characters only, with an Indonesian error finding: bounded, kept as a report.
            "Narasi sangat panjang", Harmless: true),
    ];

    public static IEnumerable<Case> Presentations() =>
    [
        new("bom-rasio.pptx", Kind.Pptx, () => Package(PptxMain, "ppt/presentation.xml", Presentation(), extra: [("ppt/media/nol.bin", Zeros(200), CompressionLevel.SmallestSize)]), "keamanan"),
        new("makro.pptm", Kind.Pptx, () => Package(PptmMain, "ppt/presentation.xml", Presentation(), extra: [("ppt/vbaProject.bin", [1, 2, 3], CompressionLevel.Fastest)]), "makro"),
        new("terenkripsi.pptx", Kind.Pptx, Encrypted, "kata sandi"),
        new("dokumen-word.pptx", Kind.Pptx, () => WordPackage(Body(Para("x"))), "PowerPoint"),
        new("terpotong.pptx", Kind.Pptx, () => { var d = Package(PptxMain, "ppt/presentation.xml", Presentation()); return d[..(d.Length / 2)]; }, "rusak"),
        // Issue #13: a slide under another name (declared by an Override, targeted by the presentation's relationship).
        new("slide-dat-bersarang.pptx", Kind.Pptx, () => PresentationWithSlide("ppt/slides/slide1.dat", NestedGroups(30_000), CompressionLevel.NoCompression), "bersarang"),
        new("slide-bersarang-155-tingkat.pptx", Kind.Pptx, () => PresentationWithSlide("ppt/slides/slide1.xml", NestedGroups(150)), "bersarang"),
        new("billion-laughs.pptx", Kind.Pptx, () => Package(PptxMain, "ppt/presentation.xml", BillionLaughs().Replace("w:document", "p:presentation")), "rusak"),
    ];

    public static IEnumerable<Case> Profiles() =>
    [
        new("alias-bom.yaml", Kind.Yaml, () => Encoding.UTF8.GetBytes(AliasBomb()), "alias"),
        new("bersarang.yaml", Kind.Yaml, () => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("- ", 5_000)) + "x\n"), "dalam"),
        new("latin1.yaml", Kind.Yaml, () => Encoding.Latin1.GetBytes("nama: Kantor Pelayanan Perbendaharaan Negara Cianjur — Jl. Siliwangi\nketua: Budi Santoso, S.E., M.Ak. \u00e9\u00e8\n"), "UTF-8"),
        new("utf16.yaml", Kind.Yaml, () => Encoding.Unicode.GetBytes("nama: KPPN\n"), "UTF-8"),
        new("sejuta.json", Kind.Json, MillionItems, "besar"),
    ];

    // ---- builders ---------------------------------------------------------------------------------------------

    public static byte[] Zeros(int megabytes) => new byte[megabytes * 1024 * 1024];

    private static byte[] Encrypted()
    {
        var cfb = new byte[8192];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(cfb, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(cfb, 1024);
        return cfb;
    }

    private static byte[] MillionItems()
    {
        var sb = new StringBuilder("{\"narratives\":[", 7_000_000);
        for (var i = 0; i < 1_000_000; i++) sb.Append(i == 0 ? "" : ",").Append("{\"questionId\":\"P.MP.1.a\"}");
        return Encoding.UTF8.GetBytes(sb.Append("]}").ToString());
    }

    private static string AliasBomb()
    {
        var sb = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i <= 12; i++) sb.Append($"a{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]\n");
        return sb.ToString();
    }

    public static string LongText(int chars)
    {
        var word = "pembentukan tim kerja zona integritas ";
        var sb = new StringBuilder(chars + word.Length);
        while (sb.Length < chars) sb.Append(word);
        return sb.ToString(0, chars);
    }

    private static string BillionLaughs()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++) sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">");
        return sb.Append($"]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>").ToString();
    }

    private static string Nested(int depth)
    {
        var sb = new StringBuilder($"<w:document xmlns:w=\"{W}\"><w:body>", depth * 20);
        for (var i = 0; i < depth; i++) sb.Append("<w:sdt><w:sdtContent>");
        sb.Append("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) sb.Append("</w:sdtContent></w:sdt>");
        return sb.Append("</w:body></w:document>").ToString();
    }

    private const string P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <summary>A slide whose shape tree holds <paramref name="depth"/> nested group shapes (bare, so 30,000 levels
    /// stay under 600 kB and pass every size and ratio check).</summary>
    public static string NestedGroups(int depth)
    {
        var sb = new StringBuilder($"<p:sld xmlns:p=\"{P}\" xmlns:a=\"{A}\"><p:cSld><p:spTree>" +
            "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>", depth * 20 + 200);
        for (var i = 0; i < depth; i++) sb.Append("<p:grpSp>");
        for (var i = 0; i < depth; i++) sb.Append("</p:grpSp>");
        return sb.Append("</p:spTree></p:cSld></p:sld>").ToString();
    }

    /// <summary>A presentation with one slide at <paramref name="slidePart"/> (any name), declared by an Override.</summary>
    public static byte[] PresentationWithSlide(string slidePart, string slideXml, CompressionLevel level = CompressionLevel.Optimal) =>
        Package(PptxMain, "ppt/presentation.xml",
            $"<p:presentation xmlns:p=\"{P}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><p:sldIdLst><p:sldId id=\"256\" r:id=\"rIdS1\"/></p:sldIdLst><p:sldSz cx=\"12192000\" cy=\"6858000\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>",
            rels: $"<Relationship Id=\"rIdS1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide\" Target=\"{slidePart["ppt/".Length..]}\"/>",
            extra: [(slidePart, Encoding.UTF8.GetBytes(slideXml), level)],
            overrides: [(slidePart, SlideType)]);

    /// <summary>A Word package whose main part is stored as two interleaved pieces.</summary>
    private static byte[] Interleaved(string documentXml)
    {
        var bytes = Encoding.UTF8.GetBytes(documentXml);
        var half = bytes.Length / 2;
        return ZipSurgery.Edit(WordPackage(Body(Para("x"))), zip =>
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using (var s = zip.CreateEntry("word/document.xml/[0].piece").Open()) s.Write(bytes, 0, half);
            using (var s = zip.CreateEntry("word/document.xml/[1].last.piece").Open()) s.Write(bytes, half, bytes.Length - half);
        });
    }

    public static string Body(params string[] blocks) => $"<w:document xmlns:w=\"{W}\"><w:body>{string.Concat(blocks)}</w:body></w:document>";
    public static string Para(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";
    public static string Tagged(string tag, string text) =>
        $"<w:sdt><w:sdtPr><w:tag w:val=\"{tag}\"/></w:sdtPr><w:sdtContent>{Para(text)}</w:sdtContent></w:sdt>";

    private static string Presentation() =>
        "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:sldIdLst/></p:presentation>";

    public static byte[] WordPackage(string documentXml, string mainType = DocxMain, string rels = "",
        (string Name, byte[] Content, CompressionLevel Level)[]? extra = null, CompressionLevel mainLevel = CompressionLevel.Optimal) =>
        Package(mainType, "word/document.xml", documentXml, rels, extra, mainLevel);

    /// <summary>A minimal OPC package written entry by entry, so any part can be made hostile.</summary>
    public static byte[] Package(string mainType, string mainPart, string mainXml, string rels = "",
        (string Name, byte[] Content, CompressionLevel Level)[]? extra = null, CompressionLevel mainLevel = CompressionLevel.Optimal,
        (string Part, string Type)[]? overrides = null)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
            {
                using var s = zip.CreateEntry(name, level).Open();
                s.Write(content);
            }
            Add("[Content_Types].xml", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>" +
                $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainType}\"/>" +
                string.Concat((overrides ?? []).Select(o => $"<Override PartName=\"/{o.Part}\" ContentType=\"{o.Type}\"/>")) + "</Types>"));
            Add("_rels/.rels", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{mainPart}\"/></Relationships>"));
            Add(mainPart, Encoding.UTF8.GetBytes(mainXml), mainLevel);
            if (rels.Length > 0)
                Add(Path.GetDirectoryName(mainPart)!.Replace('\\', '/') + "/_rels/" + Path.GetFileName(mainPart) + ".rels", Encoding.UTF8.GetBytes(
                    $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>"));
            foreach (var (name, content, level) in extra ?? []) Add(name, content, level);
        }
        return ms.ToArray();
    }
}

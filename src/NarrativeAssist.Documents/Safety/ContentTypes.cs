using System.IO.Compression;
using System.Xml;

namespace NarrativeAssist.Documents;

/// <summary>Reads [Content_Types].xml to tell a Word document from a workbook, a presentation or a macro-enabled file.</summary>
internal static class ContentTypes
{
    private const string WordDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string WordTemplate = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private const string Presentation = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
    private const string PresentationTemplate = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml";
    private const string Slideshow = "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml";
    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string WorkbookTemplate = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    private const long MaxCharacters = 1_000_000;

    public static void RequireWordDocument(ZipArchive zip) => Require(zip, PackageKind.Word);

    public static void Require(ZipArchive zip, PackageKind kind)
    {
        var word = kind == PackageKind.Word;
        var entry = zip.Entries.FirstOrDefault(e => e.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
                    ?? throw Rejections.Of(kind).WrongKind(null);
        var types = Read(entry, kind);
        if (types.Any(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
            throw Rejections.Of(kind).MacroEnabled();
        if (word && types.Any(t => t is WordDocument or WordTemplate)) return;
        if (kind == PackageKind.Presentation && types.Any(t => t is Presentation or PresentationTemplate or Slideshow)) return;
        if (kind == PackageKind.Workbook && types.Any(t => t is Workbook or WorkbookTemplate)) return;
        throw Rejections.Of(kind).WrongKind(KindOf(types));
    }

    private static string? KindOf(IReadOnlyCollection<string> types)
    {
        bool Has(string s) => types.Any(t => t.Contains(s, StringComparison.OrdinalIgnoreCase));
        if (Has("spreadsheetml")) return "lembar kerja Excel (.xlsx)";
        if (Has("presentationml")) return "presentasi PowerPoint (.pptx)";
        if (Has("wordprocessingml")) return "dokumen Word (.docx)";
        return null;
    }

    private static List<string> Read(ZipArchiveEntry entry, PackageKind kind)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxCharacters,
            IgnoreComments = true, IgnoreWhitespace = true,
        };
        var types = new List<string>();
        try
        {
            using var reader = XmlReader.Create(entry.Open(), settings);
            while (reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("ContentType") is { } type)
                    types.Add(type.Trim());
        }
        catch (XmlException e) { throw Rejections.Of(kind).Corrupt(e); }
        return types;
    }
}

using System.IO.Compression;
using System.Xml;

namespace NarrativeAssist.Documents;

/// <summary>A deck template's parts are copied into every presentation made from it, so content it links from outside
/// the file (an image or video by URL, an OLE link, a UNC path that makes Windows send the user's credentials) would
/// travel into the unit's decks and be fetched whenever one is opened. Templates with such relationships are refused;
/// ordinary hyperlinks to web pages and e-mail addresses stay, as they are only followed on a click.
/// Runs after <see cref="PackageGuard"/>, so the package is known to be small, shallow and without DTDs.</summary>
public static class RemoteContentGuard
{
    private const string Hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static readonly string[] SafeSchemes = ["http://", "https://", "mailto:"];
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <exception cref="DocumentRejectedException">A relationship points outside the package (Indonesian message).</exception>
    public static void Check(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = XmlReader.Create(entry.Open(), Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship"
                    || !string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)) continue;
                var target = reader.GetAttribute("Target") ?? "";
                var followedOnClickOnly = reader.GetAttribute("Type") == Hyperlink
                    && SafeSchemes.Any(s => target.TrimStart().StartsWith(s, StringComparison.OrdinalIgnoreCase));
                if (!followedOnClickOnly) throw Rejections.RemoteContent(PartOf(entry.FullName), target);
            }
        }
    }

    /// <summary>"ppt/slides/_rels/slide3.xml.rels" → "ppt/slides/slide3.xml": the part users can find.</summary>
    private static string PartOf(string relsName) =>
        relsName.Replace("_rels/", "", StringComparison.Ordinal) is var p && p.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ? p[..^5] : p;
}

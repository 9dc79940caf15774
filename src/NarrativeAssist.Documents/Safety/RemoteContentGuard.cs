using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;

namespace NarrativeAssist.Documents;

/// <summary>A deck template's parts are copied into every presentation made from it, so content it links from outside
/// the file (an image or video by URL, an OLE link, a UNC path that makes Windows send the user's credentials) would
/// travel into the unit's decks and be fetched whenever one is opened. Templates with such relationships are refused;
/// ordinary hyperlinks to web pages and e-mail addresses stay, as they are only followed on a click.
/// TargetMode is judged as System.IO.Packaging reads it — <see cref="Enum.Parse(Type, string, bool)"/> into its own
/// <see cref="TargetMode"/>, which trims (" External"), takes numbers ("1") and comma lists ("Internal,External") —
/// and whatever does not read as Internal counts as External. Runs after <see cref="PackageGuard"/>, so the package is
/// known to be small, shallow and without DTDs.</summary>
public static class RemoteContentGuard
{
    private const string Hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static readonly string[] SafeSchemes = ["http://", "https://", "mailto:"];
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <exception cref="DocumentRejectedException">A relationship points outside the package (Indonesian message).</exception>
    public static void Check(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => Uri.UnescapeDataString(e.FullName).EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = XmlReader.Create(entry.Open(), Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship"
                    || !IsExternal(reader.GetAttribute("TargetMode"))) continue;
                var target = reader.GetAttribute("Target") ?? "";
                var followedOnClickOnly = reader.GetAttribute("Type") == Hyperlink
                    && SafeSchemes.Any(s => target.TrimStart().StartsWith(s, StringComparison.OrdinalIgnoreCase));
                if (!followedOnClickOnly) throw Rejections.RemoteContent(PartOf(entry.FullName), target);
            }
        }
    }

    /// <summary>No attribute means Internal (as in the packaging library); any value that does not parse to Internal —
    /// " External", "external", "1", "Internal, External", or garbage the library would refuse — is external.</summary>
    internal static bool IsExternal(string? targetMode) =>
        targetMode is not null && !(Enum.TryParse<TargetMode>(targetMode, ignoreCase: true, out var mode) && mode == TargetMode.Internal);

    /// <summary>"ppt/slides/_rels/slide3.xml.rels" → "ppt/slides/slide3.xml": the part users can find.</summary>
    private static string PartOf(string relsName) =>
        relsName.Replace("_rels/", "", StringComparison.Ordinal) is var p && p.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ? p[..^5] : p;
}

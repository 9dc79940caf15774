using System.IO.Compression;
using System.Xml;

namespace NarrativeAssist.Documents;

/// <summary>The content type [Content_Types].xml gives each zip entry, looked up the way System.IO.Packaging does:
/// an Override for the part name first, else the Default for its extension; names, extensions and values compared
/// case-insensitively and trimmed. <see cref="XmlDepthGuard"/> uses it to tell which entries must be well-formed XML;
/// which entries it walks does not depend on it (it walks them all), so a wrong or missing declaration cannot hide a part.</summary>
internal sealed class PartContentTypes
{
    private const long MaxCharacters = 1_000_000;
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);

    private PartContentTypes() { }

    /// <summary>Reads the declarations; a missing or unreadable [Content_Types].xml gives none (other checks refuse it).</summary>
    public static PartContentTypes Read(ZipArchive zip)
    {
        var types = new PartContentTypes();
        var entry = zip.Entries.FirstOrDefault(e => e.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase));
        if (entry is null) return types;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxCharacters };
        try
        {
            using var reader = XmlReader.Create(entry.Open(), settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.GetAttribute("ContentType")?.Trim() is not { Length: > 0 } type) continue;
                if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part) types._overrides[PartName(part)] = type;
                else if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } ext) types._defaults[ext.Trim().TrimStart('.')] = type;
            }
        }
        catch (XmlException) { /* ContentTypes.Require refuses the package with the right wording */ }
        return types;
    }

    /// <summary>The declared content type of the zip entry <paramref name="entryName"/>, or null.</summary>
    public string? Of(string entryName)
    {
        if (_overrides.TryGetValue(PartName(entryName), out var type)) return type;
        var file = entryName[(entryName.LastIndexOf('/') + 1)..];
        var dot = file.LastIndexOf('.');
        return dot >= 0 && _defaults.TryGetValue(file[(dot + 1)..].Trim(), out type) ? type : null;
    }

    /// <summary>True for an entry a reader will parse as XML: named .xml, .rels or .vml, or declared with an XML
    /// content type (…+xml, application/xml, text/xml). Pictures, sound and video (an SVG is image/svg+xml) are
    /// never parsed by the readers, so a DOCTYPE in an SVG is not held against the file.</summary>
    public bool IsDeclaredXml(string entryName)
    {
        var name = Uri.UnescapeDataString(entryName);
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase)) return true;
        if (Of(entryName) is not { } declared) return false;
        var type = declared.Split(';')[0].Trim();
        if (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase)) return false;
        return type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) || type.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
               || type.Equals("text/xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"/word/Document.dat", " word/document.dat " and "word/document%2Edat" are the same part.</summary>
    private static string PartName(string name) => "/" + Uri.UnescapeDataString(name.Trim()).TrimStart('/');
}

using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A relationship of an OPC part: id, type (full URI) and target relative to the source part's folder.</summary>
internal readonly record struct PackageRelationship(string Id, string Type, string Target);

/// <summary>A minimal OPC (Open Packaging Conventions) writer: zip entries, relationship parts and
/// [Content_Types].xml, nothing more. Why not System.IO.Packaging: opening a package with the SDK and adding
/// 80–130 parts cost most of a deck's rendering time (part bookkeeping, relationship id generation, save with
/// recompression on dispose); writing the entries straight into a <see cref="ZipArchive"/> costs a few
/// milliseconds. Part names are zip entry names (no leading slash). The SDK still reads every output back in
/// the tests (validator, charts, notes), so the packages stay provably well-formed.</summary>
internal sealed class PackageWriter : IDisposable
{
    public const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string ContentTypesName = "[Content_Types].xml";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly ZipArchive _zip;
    private readonly HashSet<string> _written = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Part, string Type)> _overrides = [];
    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);

    public PackageWriter(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);

    /// <summary>Copies an entry as it is (the template's untouched parts, their rels).</summary>
    public void Copy(string name, byte[] data)
    {
        using var stream = Open(name);
        stream.Write(data);
    }

    /// <summary>Writes a part; <paramref name="contentType"/> registers an Override (null: the base content types already name it).</summary>
    public void Part(string name, string? contentType, XElement root)
    {
        using (var stream = Open(name))
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument(true);
            root.WriteTo(writer);
        }
        if (contentType is not null) _overrides.Add((name, contentType));
    }

    /// <summary>Writes a part given as serialized XML without declaration (an SDK element's OuterXml).</summary>
    public void Part(string name, string? contentType, string xml)
    {
        using (var stream = Open(name))
        using (var writer = new StreamWriter(stream, Settings.Encoding))
        {
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
            writer.Write(xml);
        }
        if (contentType is not null) _overrides.Add((name, contentType));
    }

    /// <summary>Writes a binary part whose type is given by its extension (a Default entry).</summary>
    public void Part(string name, string extensionContentType, byte[] data)
    {
        Copy(name, data);
        _defaults.TryAdd(Path.GetExtension(name).TrimStart('.'), extensionContentType);
    }

    /// <summary>Writes the relationship part of <paramref name="source"/> (folder/_rels/name.rels).</summary>
    public void Relationships(string source, IEnumerable<PackageRelationship> relationships)
    {
        using var stream = Open(RelsName(source));
        using var writer = XmlWriter.Create(stream, Settings);
        writer.WriteStartDocument(true);
        writer.WriteStartElement("Relationships", RelationshipsNs);
        foreach (var r in relationships)
        {
            writer.WriteStartElement("Relationship", RelationshipsNs);
            writer.WriteAttributeString("Id", r.Id);
            writer.WriteAttributeString("Type", r.Type);
            writer.WriteAttributeString("Target", r.Target);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>Whether an entry of that name was written (names compare case-insensitively, as OPC part names do).</summary>
    public bool Has(string name) => _written.Contains(name);

    /// <summary>Writes [Content_Types].xml: <paramref name="baseTypes"/> (the template's, or null) plus the Overrides
    /// and Defaults registered for the parts written here. Call last.</summary>
    public void ContentTypes(XElement? baseTypes)
    {
        XNamespace ct = ContentTypesNs;
        var types = baseTypes is null ? new XElement(ct + "Types") : new XElement(baseTypes);
        var known = new HashSet<string>(types.Elements(ct + "Default").Select(d => (string?)d.Attribute("Extension") ?? ""), StringComparer.OrdinalIgnoreCase);
        if (!known.Contains("rels")) _defaults.TryAdd("rels", "application/vnd.openxmlformats-package.relationships+xml");
        var firstOverride = types.Element(ct + "Override");
        foreach (var (extension, type) in _defaults.Where(d => !known.Contains(d.Key)))
        {
            // Defaults come before Overrides, as the schema's examples write them.
            var element = new XElement(ct + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", type));
            if (firstOverride is null) types.Add(element); else firstOverride.AddBeforeSelf(element);
        }
        foreach (var (part, type) in _overrides)
            types.Add(new XElement(ct + "Override", new XAttribute("PartName", "/" + part), new XAttribute("ContentType", type)));
        Part(ContentTypesName, null, types);
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>"ppt/slides/slide1.xml" → "ppt/slides/_rels/slide1.xml.rels".</summary>
    public static string RelsName(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? $"_rels/{part}.rels" : $"{part[..slash]}/_rels/{part[(slash + 1)..]}.rels";
    }

    /// <summary>The relationship target of part <paramref name="to"/> seen from part <paramref name="from"/>
    /// ("ppt/slides/slide1.xml", "ppt/slideLayouts/slideLayout2.xml" → "../slideLayouts/slideLayout2.xml").</summary>
    public static string Relative(string from, string to)
    {
        var source = from.TrimStart('/').Split('/')[..^1];
        var target = to.TrimStart('/').Split('/');
        var common = 0;
        while (common < source.Length && common < target.Length - 1 && source[common] == target[common]) common++;
        return string.Concat(Enumerable.Repeat("../", source.Length - common)) + string.Join('/', target[common..]);
    }

    private Stream Open(string name)
    {
        if (!_written.Add(name)) throw new InvalidOperationException($"Bagian paket ditulis dua kali: {name}");
        // Fastest: the parts are small XML; the output stays well under the size limits and compressing costs a fraction.
        // (Storing the tiny .rels parts was tried: ±15 % larger output for no gain measurable on this shared machine.)
        return _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
    }
}

using System.Xml.Linq;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A minimal OPC (Open Packaging Conventions) writer: zip entries, relationship parts and
/// [Content_Types].xml, nothing more. Why not System.IO.Packaging: opening a package with the SDK and adding
/// 80–130 parts cost most of a deck's rendering time (part bookkeeping, relationship id generation, save with
/// recompression on dispose); writing the entries straight into a zip (<see cref="ZipWriter"/>) costs a few
/// milliseconds. Part names are zip entry names (no leading slash). The SDK still reads every output back in
/// the tests (validator, charts, notes), so the packages stay provably well-formed.</summary>
internal sealed class PackageWriter : IDisposable
{
    private readonly ZipWriter _zip = new();
    private readonly XmlOut _xml = new(); // for the relationship parts and [Content_Types].xml
    private readonly HashSet<string> _written = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Part, string Type)> _overrides = [];
    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Copies an entry as it is (the template's untouched parts, their rels, compressed once).</summary>
    public void Copy(ZipEntryData entry)
    {
        Register(entry.Name);
        _zip.Add(entry);
    }

    /// <summary>Writes the part <paramref name="xml"/> holds; <paramref name="contentType"/> registers an Override
    /// (null: the base content types already name it).</summary>
    public void Part(string name, string? contentType, XmlOut xml)
    {
        Register(name);
        _zip.Add(name, xml.Written);
        if (contentType is not null) _overrides.Add((name, contentType));
    }

    /// <summary>Writes a binary part whose type is given by its extension (a Default entry).</summary>
    public void Part(string name, string extensionContentType, byte[] data)
    {
        Register(name);
        _zip.Add(name, data);
        _defaults.TryAdd(Path.GetExtension(name).TrimStart('.'), extensionContentType);
    }

    /// <summary>Writes the relationship part of <paramref name="source"/> (folder/_rels/name.rels).</summary>
    public void Relationships(string source, IEnumerable<PackageRelationship> relationships) =>
        Part(RelsName(source), null, OpcXml.Relationships(_xml, relationships));

    /// <summary>Whether an entry of that name was written (names compare case-insensitively, as OPC part names do).</summary>
    public bool Has(string name) => _written.Contains(name);

    /// <summary>Writes [Content_Types].xml: <paramref name="baseTypes"/> (the template's, or null) plus the Overrides
    /// and Defaults registered for the parts written here. Call last.</summary>
    public void ContentTypes(XElement? baseTypes)
    {
        string Attribute(XElement e, string name) => (string?)e.Attribute(name) ?? "";
        var given = baseTypes?.Elements().Where(e => e.Name.LocalName == "Default").Select(d => (Attribute(d, "Extension"), Attribute(d, "ContentType"))).ToList() ?? [];
        var known = new HashSet<string>(given.Select(d => d.Item1), StringComparer.OrdinalIgnoreCase);
        if (!known.Contains("rels")) _defaults.TryAdd("rels", OpcXml.RelsType);
        var overrides = baseTypes?.Elements().Where(e => e.Name.LocalName == "Override").Select(o => (Attribute(o, "PartName"), Attribute(o, "ContentType"))) ?? [];
        Part(OpcXml.ContentTypesName, null, OpcXml.ContentTypes(_xml,
            given.Concat(_defaults.Where(d => !known.Contains(d.Key)).Select(d => (d.Key, d.Value))),
            overrides.Concat(_overrides.Select(o => ("/" + o.Part, o.Type)))));
    }

    /// <summary>The package, once every part is written.</summary>
    public byte[] ToArray() => _zip.ToArray();

    public void Dispose()
    {
        _zip.Dispose();
        _xml.Dispose();
    }

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

    private void Register(string name)
    {
        if (!_written.Add(name)) throw new InvalidOperationException($"Bagian paket ditulis dua kali: {name}");
    }
}

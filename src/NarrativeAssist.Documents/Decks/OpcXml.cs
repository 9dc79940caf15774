namespace NarrativeAssist.Documents.Decks;

/// <summary>A relationship of an OPC part: id, type (full URI) and target relative to the source part's folder.</summary>
internal readonly record struct PackageRelationship(string Id, string Type, string Target);

/// <summary>The two XML parts of the Open Packaging Conventions every package has, for the .pptx and for the
/// workbooks embedded in its charts: a relationship part and [Content_Types].xml.</summary>
internal static class OpcXml
{
    public const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string ContentTypesName = "[Content_Types].xml";
    public const string RelsType = "application/vnd.openxmlformats-package.relationships+xml";

    public static XmlOut Relationships(XmlOut x, IEnumerable<PackageRelationship> relationships)
    {
        x.Document().Start("Relationships").Attr("xmlns", RelationshipsNs);
        foreach (var r in relationships)
            x.Start("Relationship").Attr("Id", r.Id).Attr("Type", r.Type).Attr("Target", r.Target).End();
        return x.End();
    }

    /// <summary>[Content_Types].xml: a type per extension (Default) and per part name ("/ppt/slides/slide1.xml", Override).</summary>
    public static XmlOut ContentTypes(XmlOut x, IEnumerable<(string Extension, string Type)> defaults, IEnumerable<(string PartName, string Type)> overrides)
    {
        x.Document().Start("Types").Attr("xmlns", ContentTypesNs);
        foreach (var (extension, type) in defaults) x.Start("Default").Attr("Extension", extension).Attr("ContentType", type).End();
        foreach (var (part, type) in overrides) x.Start("Override").Attr("PartName", part).Attr("ContentType", type).End();
        return x.End();
    }
}

using System.IO.Compression;
using System.Xml;

namespace NarrativeAssist.Documents;

/// <summary>Open XML SDK builds its DOM recursively, one stack frame chain per nesting level: a part nested a few
/// thousand levels deep (20,000 nested content controls are enough) overflows the stack and takes the whole process
/// down — no exception handler can catch that — and nesting also makes parsing slow. A part may have any name
/// (<c>word/document.dat</c>, declared in [Content_Types].xml and targeted by a relationship, is parsed like
/// <c>document.xml</c>), so <em>every</em> zip entry is walked once with a forward-only reader (no recursion) and the
/// package is refused as soon as one nests deeper than <see cref="DocumentLimits.MaxXmlDepth"/>:
/// <list type="bullet">
/// <item>an entry that is XML by name or declared content type (<see cref="PartContentTypes.IsDeclaredXml"/>) is read
/// with DTDs prohibited and must be well-formed, else the file is corrupt;</item>
/// <item>any other entry is read with DTDs ignored: pictures fail on their first bytes and are let through, but
/// whatever a reader could parse as XML is held to the same depth, whatever it is called or declared as.</item>
/// </list>
/// Interleaved parts (<c>…/[0].piece</c>), which System.IO.Packaging joins into one part, are refused: Office never
/// writes them and their pieces cannot be judged one by one. Runs after the decompression checks, so the bytes walked
/// are bounded.</summary>
internal static class XmlDepthGuard
{
    private static readonly XmlReaderSettings DeclaredXml = Settings(DtdProcessing.Prohibit);
    private static readonly XmlReaderSettings AnyOtherEntry = Settings(DtdProcessing.Ignore);

    private static XmlReaderSettings Settings(DtdProcessing dtd) => new()
    {
        DtdProcessing = dtd,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static void Check(IEnumerable<ZipArchiveEntry> entries, PartContentTypes types, DocumentLimits limits, Rejections rejections,
        CancellationToken cancel = default)
    {
        foreach (var entry in entries)
        {
            cancel.ThrowIfCancellationRequested();
            if (entry.FullName.EndsWith(".piece", StringComparison.OrdinalIgnoreCase)) throw rejections.Interleaved(entry.FullName);
            var declared = types.IsDeclaredXml(entry.FullName);
            try
            {
                using var reader = XmlReader.Create(entry.Open(), declared ? DeclaredXml : AnyOtherEntry);
                while (reader.Read())
                    if (reader.Depth > limits.MaxXmlDepth)
                        throw rejections.TooDeep(entry.FullName, limits);
            }
            catch (XmlException e) when (declared)
            {
                throw rejections.Corrupt(e);
            }
            catch (Exception e) when (e is XmlException or ArgumentException or System.Text.DecoderFallbackException)
            {
                // Not XML (a picture, a font, an embedded workbook): no reader parses it as XML.
            }
        }
    }
}

using System.IO.Compression;
using System.Xml;

namespace NarrativeAssist.Documents;

/// <summary>Open XML SDK builds its DOM recursively, one stack frame chain per nesting level: a part nested a few
/// thousand levels deep (200,000 nested content controls fit in 9 MB stored uncompressed) overflows the stack and
/// takes the whole process down — no exception handler can catch that. Every XML part is therefore walked once with
/// a forward-only reader (no recursion, DTDs prohibited) and refused when it nests deeper than
/// <see cref="DocumentLimits.MaxXmlDepth"/>. Runs after the decompression checks, so the bytes walked are bounded.</summary>
internal static class XmlDepthGuard
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static void Check(IEnumerable<ZipArchiveEntry> entries, DocumentLimits limits, Rejections rejections)
    {
        foreach (var entry in entries.Where(IsXml))
        {
            try
            {
                using var reader = XmlReader.Create(entry.Open(), Settings);
                while (reader.Read())
                    if (reader.Depth > limits.MaxXmlDepth)
                        throw rejections.TooDeep(entry.FullName, limits);
            }
            catch (XmlException e)
            {
                throw rejections.Corrupt(e);
            }
        }
    }

    private static bool IsXml(ZipArchiveEntry e) =>
        e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || e.FullName.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);
}

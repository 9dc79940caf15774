namespace NarrativeAssist.Documents.Evidence;

/// <summary>Whether a file's first bytes are what its extension promises. A ".pdf" that is no PDF (a failed download,
/// an HTML error page saved under the file's name) or a ".docx" protected by a password (an OLE container, not a zip)
/// will not open for the evaluator, so it is reported as unreadable.</summary>
internal static class FileSignature
{
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B];
    private static ReadOnlySpan<byte> Ole => [0xD0, 0xCF, 0x11, 0xE0];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47];

    public static bool Matches(string fileName, ReadOnlySpan<byte> head)
    {
        var dot = fileName.LastIndexOf('.');
        var ext = dot < 0 ? "" : fileName[(dot + 1)..].ToLowerInvariant();
        return ext switch
        {
            // PDF readers accept junk before the header within the first kilobyte.
            "pdf" => head.IndexOf("%PDF-"u8) >= 0,
            "docx" or "xlsx" or "pptx" or "docm" or "xlsm" or "pptm" or "odt" or "ods" or "odp" or "zip" => head.StartsWith(Zip),
            "doc" or "xls" or "ppt" => head.StartsWith(Ole),
            "jpg" or "jpeg" => head.StartsWith(Jpeg),
            "png" => head.StartsWith(Png),
            "gif" => head.StartsWith("GIF8"u8),
            _ => true, // no signature known: the content is not judged
        };
    }
}

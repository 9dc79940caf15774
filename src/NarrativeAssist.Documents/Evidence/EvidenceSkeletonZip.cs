using System.IO.Compression;
using System.Text;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Documents.Evidence;

/// <summary>The evidence skeleton (<see cref="EvidenceSkeleton"/>) as a zip a unit unpacks and fills.</summary>
public static class EvidenceSkeletonZip
{
    // With a BOM, Notepad on every Windows version shows "›" and "—" in the guides instead of mojibake.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static void Write(Stream output, LkeCatalog catalog)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        // A fixed time keeps the zip the same from one run to the next.
        var stamp = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var entry in EvidenceSkeleton.Build(catalog))
        {
            var e = zip.CreateEntry(entry.Path, entry.IsFolder ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
            e.LastWriteTime = stamp;
            if (entry.IsFolder) continue;
            using var s = e.Open();
            var bytes = Utf8WithBom.GetPreamble().Concat(Utf8WithBom.GetBytes(entry.Text!)).ToArray();
            s.Write(bytes);
        }
    }

    public static byte[] ToBytes(LkeCatalog catalog)
    {
        using var buffer = new MemoryStream();
        Write(buffer, catalog);
        return buffer.ToArray();
    }
}

using System.IO.Compression;
using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Documents.Evidence;

/// <summary>Reads an evidence folder uploaded as a zip into the list of its files, vetting it on the way with the
/// rules of every upload: size and entry-count quotas before anything is inflated, paths that leave the folder,
/// password-protected entries, and decompression bombs (total and per-file ratio, measured while inflating, never
/// trusting the sizes the headers declare). A refused zip throws <see cref="DocumentRejectedException"/>; a bad file
/// inside an acceptable zip (empty, damaged, not what its extension says, too large) is reported, not refused.</summary>
public static class EvidenceZipReader
{
    private const int SniffBytes = 1_024;
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> ZipEmptyArchive => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> SevenZip => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C];

    public static IReadOnlyList<FolderFile> Read(byte[] zip, EvidenceLimits? limits = null, CancellationToken cancel = default)
    {
        limits ??= EvidenceLimits.Default;
        if (zip.Length == 0) throw EvidenceRejections.Empty();
        if (zip.Length > limits.MaxArchiveBytes) throw EvidenceRejections.TooLarge(limits);
        var head = zip.AsSpan();
        if (!head.StartsWith(ZipLocalHeader) && !head.StartsWith(ZipEmptyArchive)) throw EvidenceRejections.NotAZip(OtherArchive(head));
        var declared = ZipDirectory.DeclaredEntryCount(zip) ?? throw EvidenceRejections.Corrupt();
        if (declared > limits.MaxEntries) throw EvidenceRejections.TooManyEntries(limits);
        try
        {
            using var archive = new ZipArchive(CancellableReadStream.Over(zip, cancel), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries) throw EvidenceRejections.TooManyEntries(limits);
            // Names and encryption first: a hostile zip is refused before any of it is inflated.
            foreach (var e in entries)
            {
                if (UnsafePath(e.FullName)) throw EvidenceRejections.UnsafePath(e.FullName);
                if (e.IsEncrypted) throw EvidenceRejections.Encrypted(e.FullName);
            }
            return Inflate(entries, limits);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            throw EvidenceRejections.Corrupt(e);
        }
    }

    /// <summary>"../x", "/etc/x", "C:\x", "\\host\x" or control characters: a name no folder on disk produces.</summary>
    public static bool UnsafePath(string name)
    {
        if (name.Length == 0 || name.Any(char.IsControl)) return true;
        var n = name.Replace('\\', '/');
        if (n.StartsWith('/') || (n.Length >= 2 && n[1] == ':')) return true;
        return n.Split('/').Any(s => s.Trim() == "..");
    }

    private static List<FolderFile> Inflate(IEnumerable<ZipArchiveEntry> entries, EvidenceLimits limits)
    {
        var files = new List<FolderFile>();
        var meter = new InflationMeter(new(limits.MaxTotalUncompressedBytes, limits.MaxCompressionRatio, limits.RatioCheckMinBytes),
            () => EvidenceRejections.TooMuchData(limits), EvidenceRejections.SuspiciousRatio);
        var sniff = new byte[SniffBytes];
        foreach (var entry in entries)
        {
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\')) continue; // a folder
            long produced = 0;
            var condition = FileCondition.Readable;
            try
            {
                // An oversized file is reported, not read to its end.
                produced = meter.Read(entry, (chunk, before) =>
                {
                    if (before < SniffBytes) chunk[..(int)Math.Min(chunk.Length, SniffBytes - before)].CopyTo(sniff.AsSpan((int)before));
                }, stopAfter: limits.MaxFileBytes);
                if (produced > limits.MaxFileBytes) condition = FileCondition.Oversized;
            }
            catch (InvalidDataException) { condition = FileCondition.Unreadable; } // damaged data or a wrong checksum
            if (condition == FileCondition.Readable)
                condition = produced == 0 ? FileCondition.Empty
                    : FileSignature.Matches(entry.Name, sniff.AsSpan(0, (int)Math.Min(produced, SniffBytes))) ? FileCondition.Readable
                    : FileCondition.Unreadable;
            files.Add(new FolderFile(entry.FullName, produced > limits.MaxFileBytes ? null : produced, condition));
        }
        return files;
    }

    private static string? OtherArchive(ReadOnlySpan<byte> head) =>
        head.StartsWith("Rar!"u8) ? "berkas RAR" :
        head.StartsWith(SevenZip) ? "berkas 7-Zip" :
        head.StartsWith("%PDF"u8) ? "dokumen PDF" : null;
}

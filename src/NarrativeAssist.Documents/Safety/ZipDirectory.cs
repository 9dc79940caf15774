using System.Buffers.Binary;

namespace NarrativeAssist.Documents;

/// <summary>Reads the entry count a zip declares in its end-of-central-directory record (and the Zip64 one).</summary>
internal static class ZipDirectory
{
    private const uint EndOfDirectorySignature = 0x06054B50;
    private const uint Zip64LocatorSignature = 0x07064B50;
    private const uint Zip64EndSignature = 0x06064B50;
    private const int EndOfDirectorySize = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>The declared number of entries, or null when there is no end record (a truncated archive).</summary>
    public static long? DeclaredEntryCount(ReadOnlySpan<byte> zip)
    {
        var end = FindEndOfDirectory(zip);
        if (end < 0) return null;
        long count = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        return count == ushort.MaxValue ? Zip64EntryCount(zip, end) ?? count : count;
    }

    private static int FindEndOfDirectory(ReadOnlySpan<byte> zip)
    {
        var lowest = Math.Max(0, zip.Length - EndOfDirectorySize - MaxCommentLength);
        for (var i = zip.Length - EndOfDirectorySize; i >= lowest; i--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[i..]) == EndOfDirectorySignature) return i;
        return -1;
    }

    private static long? Zip64EntryCount(ReadOnlySpan<byte> zip, int end)
    {
        var locator = end - 20;
        if (locator < 0 || BinaryPrimitives.ReadUInt32LittleEndian(zip[locator..]) != Zip64LocatorSignature) return null;
        var record = BinaryPrimitives.ReadInt64LittleEndian(zip[(locator + 8)..]);
        if (record < 0 || record > zip.Length - 56) return null;
        var at = (int)record;
        if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) != Zip64EndSignature) return null;
        var count = BinaryPrimitives.ReadInt64LittleEndian(zip[(at + 32)..]);
        return count < 0 ? long.MaxValue : count;
    }
}

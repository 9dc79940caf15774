using System.IO.Compression;

namespace NarrativeAssist.Documents;

/// <summary>Vets an uploaded package on its raw bytes before Open XML touches it: size, file signature,
/// zip structure, macros, decompression bombs and the main content type. Every refusal is a
/// <see cref="DocumentRejectedException"/>; work and memory are bounded by <see cref="DocumentLimits"/>.
/// Overloads without a <see cref="PackageKind"/> vet Word documents (narratives); deck templates pass
/// <see cref="PackageKind.Presentation"/> and get the same checks with PowerPoint wording.</summary>
public static class PackageGuard
{
    private const int ChunkSize = 81_920;
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> ZipEmptyArchive => [0x50, 0x4B, 0x05, 0x06];
    // OLE compound file: Word encrypts OOXML inside one, and legacy .doc is one.
    private static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads <paramref name="input"/> (never more than the size limit) and vets it.</summary>
    public static byte[] ReadChecked(Stream input, DocumentLimits? limits = null) => ReadChecked(input, PackageKind.Word, limits);

    /// <summary>Reads <paramref name="input"/> (never more than the size limit) and vets it as a <paramref name="kind"/> package.</summary>
    public static byte[] ReadChecked(Stream input, PackageKind kind, DocumentLimits? limits = null)
    {
        limits ??= DocumentLimits.Default;
        var bytes = ReadBounded(input, limits, kind);
        Inspect(bytes, kind, limits);
        return bytes;
    }

    /// <inheritdoc cref="ReadChecked(Stream, DocumentLimits?)"/>
    public static Task<byte[]> ReadCheckedAsync(Stream input, DocumentLimits? limits = null, CancellationToken cancel = default) =>
        ReadCheckedAsync(input, PackageKind.Word, limits, cancel);

    /// <inheritdoc cref="ReadChecked(Stream, PackageKind, DocumentLimits?)"/>
    public static async Task<byte[]> ReadCheckedAsync(Stream input, PackageKind kind, DocumentLimits? limits = null, CancellationToken cancel = default)
    {
        limits ??= DocumentLimits.Default;
        var bytes = await ReadBoundedAsync(input, limits, kind, cancel).ConfigureAwait(false);
        Inspect(bytes, kind, limits);
        return bytes;
    }

    /// <summary>Vets a Word package already in memory.</summary>
    public static void Inspect(byte[] package, DocumentLimits? limits = null) => Inspect(package, PackageKind.Word, limits);

    /// <summary>Vets a package of <paramref name="kind"/> already in memory.</summary>
    /// <param name="cancel">Stops the inspection at its next read (a parse budget running out).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was set before the inspection ended.</exception>
    public static void Inspect(byte[] package, PackageKind kind, DocumentLimits? limits = null, CancellationToken cancel = default)
    {
        limits ??= DocumentLimits.Default;
        if (package.Length == 0) throw Rejections.Of(kind).EmptyFile();
        if (package.Length > limits.MaxFileBytes) throw TooLarge(limits, kind);
        var head = package.AsSpan();
        if (head.StartsWith(CompoundFile)) throw Rejections.Of(kind).EncryptedOrLegacy();
        if (!head.StartsWith(ZipLocalHeader) && !head.StartsWith(ZipEmptyArchive)) throw Rejections.Of(kind).NotAZip();

        // The declared count is checked before ZipArchive materialises one object per central-directory record.
        var declared = ZipDirectory.DeclaredEntryCount(package) ?? throw Rejections.Of(kind).Corrupt();
        if (declared > limits.MaxZipEntries) throw Rejections.Of(kind).TooManyEntries(limits);

        try
        {
            using var zip = new ZipArchive(CancellableReadStream.Over(package, cancel), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxZipEntries) throw Rejections.Of(kind).TooManyEntries(limits);
            if (entries.Any(IsMacroPart)) throw Rejections.Of(kind).MacroEnabled();
            InflateAll(entries, limits, Rejections.Of(kind));
            XmlDepthGuard.Check(entries, PartContentTypes.Read(zip), limits, Rejections.Of(kind), cancel);
            ContentTypes.Require(zip, kind);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw Rejections.Of(kind).Corrupt(e);
        }
    }

    private static bool IsMacroPart(ZipArchiveEntry e) =>
        e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
        || e.Name.Equals("vbaData.xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Decompresses every entry, counting what it produces (see <see cref="InflationMeter"/>).</summary>
    private static void InflateAll(IEnumerable<ZipArchiveEntry> entries, DocumentLimits limits, Rejections reject)
    {
        var meter = new InflationMeter(new(limits.MaxTotalUncompressedBytes, limits.MaxCompressionRatio, limits.RatioCheckMinBytes),
            () => reject.TooMuchData(limits), reject.SuspiciousRatio);
        foreach (var entry in entries) meter.Read(entry);
    }

    private static byte[] ReadBounded(Stream input, DocumentLimits limits, PackageKind kind)
    {
        if (TryExactLength(input, limits, kind) is { } length)
        {
            var exact = new byte[length];
            input.ReadExactly(exact);
            return exact;
        }
        using var sink = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0) Append(sink, chunk, n, limits, kind);
        return sink.ToArray();
    }

    /// <summary>Reads an upload into memory, refusing it as soon as it passes the size limit, without vetting it:
    /// the server reads the request first and vets and parses the bytes later under its parse budget.</summary>
    /// <exception cref="DocumentRejectedException">Empty or larger than <see cref="DocumentLimits.MaxFileBytes"/>.</exception>
    public static async Task<byte[]> ReadUploadAsync(Stream input, PackageKind kind, DocumentLimits? limits = null, CancellationToken cancel = default)
    {
        limits ??= DocumentLimits.Default;
        var bytes = await ReadBoundedAsync(input, limits, kind, cancel).ConfigureAwait(false);
        if (bytes.Length == 0) throw Rejections.Of(kind).EmptyFile();
        return bytes;
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream input, DocumentLimits limits, PackageKind kind, CancellationToken cancel)
    {
        if (TryExactLength(input, limits, kind) is { } length)
        {
            var exact = new byte[length];
            await input.ReadExactlyAsync(exact, cancel).ConfigureAwait(false);
            return exact;
        }
        using var sink = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int n;
        while ((n = await input.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0) Append(sink, chunk, n, limits, kind);
        return sink.ToArray();
    }

    /// <summary>For seekable streams the size is known up front: an oversized upload is refused unread.</summary>
    private static int? TryExactLength(Stream input, DocumentLimits limits, PackageKind kind)
    {
        if (!input.CanSeek) return null;
        var remaining = input.Length - input.Position;
        if (remaining > limits.MaxFileBytes || remaining > Array.MaxLength) throw TooLarge(limits, kind);
        return (int)Math.Max(0, remaining);
    }

    private static void Append(MemoryStream sink, byte[] chunk, int count, DocumentLimits limits, PackageKind kind)
    {
        if (sink.Length + count > limits.MaxFileBytes) throw TooLarge(limits, kind);
        sink.Write(chunk, 0, count);
    }

    private static DocumentRejectedException TooLarge(DocumentLimits limits, PackageKind kind) =>
        Rejections.Of(kind).TooLarge(limits);
}

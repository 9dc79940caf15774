namespace NarrativeAssist.Documents.Evidence;

/// <summary>Limits for an evidence folder uploaded as a zip. An evidence folder is far larger than a narrative
/// document (scans, photos), so it has its own limits; the checks are those of every upload (<see cref="PackageGuard"/>).</summary>
public sealed record EvidenceLimits
{
    public static EvidenceLimits Default { get; } = new();

    /// <summary>Largest zip accepted, checked before anything is decompressed. Larger folders: send a listing of paths.</summary>
    public long MaxArchiveBytes { get; init; } = 200 * DocumentLimits.Megabyte;

    /// <summary>Most entries (files and folders). The skeleton alone has about 340.</summary>
    public int MaxEntries { get; init; } = 5_000;

    /// <summary>Most bytes all files may inflate to together.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 1024 * DocumentLimits.Megabyte;

    /// <summary>Highest inflated/compressed ratio for a file that inflates past <see cref="RatioCheckMinBytes"/>.
    /// Scans and photos hardly compress; a text file may reach 10–20.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    public long RatioCheckMinBytes { get; init; } = 1 * DocumentLimits.Megabyte;

    /// <summary>A file larger than this is reported as oversized (and read no further): evaluators' applications
    /// take files of a few megabytes, so a scan this large should be compressed before it is submitted.</summary>
    public long MaxFileBytes { get; init; } = 25 * DocumentLimits.Megabyte;
}

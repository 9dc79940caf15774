using System.Buffers;
using System.IO.Compression;

namespace NarrativeAssist.Documents;

/// <summary>What a zip may inflate to: the archive's total, and the inflated/compressed ratio an entry may reach once
/// it has produced more than <see cref="RatioCheckMinBytes"/> (small XML parts legitimately compress very well).</summary>
internal readonly record struct InflationLimits(long MaxTotalBytes, double MaxCompressionRatio, long RatioCheckMinBytes);

/// <summary>Sees one chunk of an entry as it is inflated; <paramref name="producedBefore"/> is what the entry had
/// produced before this chunk.</summary>
internal delegate void InflatedChunk(ReadOnlySpan<byte> chunk, long producedBefore);

/// <summary>Counts what a zip's entries inflate to while they are read, never trusting the sizes the headers declare,
/// and refuses the archive as soon as its total or one entry's ratio passes the limit. One meter per archive (the
/// total runs across its entries); each upload kind words its own refusal, so the caller passes them in.
/// Every zip the server reads — Office packages, evidence folders, library bundles — goes through this one loop.</summary>
internal sealed class InflationMeter(InflationLimits limits, Func<Exception> tooMuchData, Func<string, Exception> suspiciousRatio)
{
    private const int ChunkSize = 81_920;
    private long _total;

    /// <summary>Inflates <paramref name="entry"/> chunk by chunk, counting each chunk before handing it to
    /// <paramref name="onChunk"/>, and returns how many bytes it produced. Reading stops once the entry has produced
    /// more than <paramref name="stopAfter"/> bytes (the caller reports such an entry instead of reading it whole).</summary>
    public long Read(ZipArchiveEntry entry, InflatedChunk? onChunk = null, long stopAfter = long.MaxValue)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long produced = 0;
            var ratioLimit = limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength);
            using var inflated = entry.Open();
            int n;
            while ((n = inflated.Read(buffer, 0, ChunkSize)) > 0)
            {
                _total += n;
                if (_total > limits.MaxTotalBytes) throw tooMuchData();
                if (produced + n > limits.RatioCheckMinBytes && produced + n > ratioLimit) throw suspiciousRatio(entry.FullName);
                onChunk?.Invoke(buffer.AsSpan(0, n), produced);
                produced += n;
                if (produced > stopAfter) break;
            }
            return produced;
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }
}

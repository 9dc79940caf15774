namespace NarrativeAssist.Documents;

/// <summary>Safety limits applied to an uploaded package before and while Open XML reads it.
/// The defaults fit real LKE narrative documents with a margin; tighten them per deployment.</summary>
public sealed record DocumentLimits
{
    public const long Megabyte = 1024 * 1024;

    public static DocumentLimits Default { get; } = new();

    /// <summary>Largest accepted file, checked before anything is decompressed.</summary>
    public long MaxFileBytes { get; init; } = 20 * Megabyte;

    /// <summary>Most entries (parts, rels, media) the zip may hold.</summary>
    public int MaxZipEntries { get; init; } = 1_000;

    /// <summary>Most bytes all entries may inflate to together.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 150 * Megabyte;

    /// <summary>Highest inflated/compressed ratio tolerated for an entry that inflates past
    /// <see cref="RatioCheckMinBytes"/>; small entries (XML with repeated markup) legitimately compress well.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    public long RatioCheckMinBytes { get; init; } = 1 * Megabyte;

    /// <summary>Passed to Open XML's OpenSettings: bounds the characters of any one XML part it loads.</summary>
    public long MaxCharactersInPart { get; init; } = 25_000_000;

    /// <summary>Deepest XML nesting accepted in any zip entry, whatever its name (<see cref="XmlDepthGuard"/>). Real
    /// files stay far below: the built-in templates and samples reach 8–10 levels, nested tables, grouped shapes and
    /// text boxes in Office files 30–60. Deeper parts would overflow the stack of Open XML's recursive loader (from a few
    /// thousand levels) and make parsing slow long before that, so the limit is kept low.</summary>
    public int MaxXmlDepth { get; init; } = 128;
}

namespace NarrativeAssist.Domain.Evidence;

/// <summary>What the reader of a zip found when it opened a file; a listing of paths opens nothing.</summary>
public enum FileCondition
{
    /// <summary>Opened and read to the end: holds something.</summary>
    Readable,
    /// <summary>Known by its path only (a listing).</summary>
    NotInspected,
    /// <summary>0 bytes.</summary>
    Empty,
    /// <summary>Damaged in the zip, or its content is not what its extension says (a ".pdf" that is no PDF).</summary>
    Unreadable,
    /// <summary>Larger than the per-file limit.</summary>
    Oversized,
}

/// <summary>One file of the unit's evidence folder: its path as written in the zip or the listing, its size when
/// known and the reader's verdict on its content.</summary>
public sealed record FolderFile(string Path, long? Size = null, FileCondition Condition = FileCondition.NotInspected)
{
    private static readonly HashSet<string> MacroExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".potm", ".ppsm", ".ppam",
    };

    /// <summary>Office files with macros: evaluators and their antivirus will not open them.</summary>
    public bool MacroEnabled => MacroExtensions.Contains(EvidencePath.Parse(Path).Extension);

    /// <summary>Whether the file can stand as evidence: it is there and holds something readable.</summary>
    public bool Usable => Condition is FileCondition.Readable or FileCondition.NotInspected;
}

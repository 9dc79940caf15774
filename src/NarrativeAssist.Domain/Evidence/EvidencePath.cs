namespace NarrativeAssist.Domain.Evidence;

/// <summary>A path as units write it — Windows ("D:\ZI\AREA I\…") or POSIX separators, from a zip or a listing —
/// cut into its folder names and file name.</summary>
public sealed record EvidencePath(IReadOnlyList<string> Folders, string FileName)
{
    /// <summary>The path with "/" separators, as shown in reports.</summary>
    public string Display => Folders.Count == 0 ? FileName : string.Join('/', Folders) + "/" + FileName;

    public static EvidencePath Parse(string raw)
    {
        var segments = Segments(raw);
        return segments.Count == 0 ? new EvidencePath([], "") : new EvidencePath(segments[..^1], segments[^1]);
    }

    /// <summary>Folder and file names, without a drive ("C:"), a UNC host or "." segments.</summary>
    public static List<string> Segments(string raw)
    {
        var s = raw.Trim().Replace('\\', '/');
        if (s.StartsWith("//", StringComparison.Ordinal)) // \\server\share\…: the host and share are not the unit's folders
        {
            var parts = s.TrimStart('/').Split('/', 3);
            s = parts.Length == 3 ? parts[2] : "";
        }
        if (s.Length >= 2 && char.IsAsciiLetter(s[0]) && s[1] == ':') s = s[2..];
        return s.Split('/').Select(p => p.Trim()).Where(p => p.Length > 0 && p != ".").ToList();
    }

    /// <summary>The file name's extension, lower case with its dot (".pdf"), or "" — also for the numbering's dots
    /// ("1.i.a SK Tim" has none).</summary>
    public string Extension
    {
        get
        {
            var dot = FileName.LastIndexOf('.');
            if (dot <= 0 || dot == FileName.Length - 1 || FileName.Length - dot > 6) return "";
            var ext = FileName[dot..].ToLowerInvariant();
            return ext.Skip(1).All(char.IsAsciiLetterOrDigit) && ext.Skip(1).Any(char.IsAsciiLetter) ? ext : "";
        }
    }

    /// <summary>The file name without its extension.</summary>
    public string Stem => Extension.Length == 0 ? FileName : FileName[..^Extension.Length];
}

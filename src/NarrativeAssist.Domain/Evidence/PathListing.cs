namespace NarrativeAssist.Domain.Evidence;

/// <summary>A folder given as a listing of its paths, one per line, as <c>dir /s /b</c>, <c>find</c> or PowerShell's
/// <c>Get-ChildItem -Recurse -Name</c> print them — for folders too large to upload.</summary>
public static class PathListing
{
    public const int MaxLines = 50_000;
    public const int MaxLineLength = 1_000;

    /// <summary>The files of the listing. Those tools list folders too, without marking them: a path is a folder when
    /// another path lies below it, or when it has no extension and nothing below it (an empty folder).</summary>
    /// <exception cref="ArgumentException">More lines than <see cref="MaxLines"/> or a line longer than
    /// <see cref="MaxLineLength"/>; the message is Indonesian.</exception>
    public static IReadOnlyList<FolderFile> Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim().TrimEnd('\r').Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > MaxLines)
            throw new ArgumentException($"Daftar berisi {lines.Count} baris; paling banyak {MaxLines} baris. Pecah daftar per area.");
        if (lines.FirstOrDefault(l => l.Length > MaxLineLength) is { } longLine)
            throw new ArgumentException($"Baris daftar terlalu panjang (lebih dari {MaxLineLength} karakter): \"{longLine[..60]}…\". " +
                "Daftar harus berisi satu path berkas per baris.");
        var paths = lines.Select(l => string.Join('/', EvidencePath.Segments(l))).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var parents = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in paths)
            for (var slash = p.IndexOf('/'); slash >= 0; slash = p.IndexOf('/', slash + 1)) parents.Add(p[..slash]);
        return paths.Where(p => !parents.Contains(p) && EvidencePath.Parse(p).Extension.Length > 0)
            .Select(p => new FolderFile(p)).ToList();
    }
}

using System.Text;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>One entry of the skeleton: a folder (path ending in "/", no text) or a text file.</summary>
public sealed record SkeletonEntry(string Path, string? Text)
{
    public bool IsFolder => Text is null;
}

/// <summary>The evidence folder tree a unit fills: one folder per area, sub-area and question, and in each question
/// folder a short text file naming the evidence usually kept there (<c>bukti_dukung</c> of the catalog).</summary>
public static class EvidenceSkeleton
{
    /// <summary>Name of the text file in every question folder; the folder check skips it.</summary>
    public const string GuideFileName = "Bukti dukung yang lazim.txt";

    public static IReadOnlyList<SkeletonEntry> Build(LkeCatalog catalog)
    {
        var entries = new List<SkeletonEntry>();
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in catalog.Questions)
        {
            var path = FolderNaming.QuestionPath(q);
            for (var depth = 1; depth <= path.Count; depth++)
            {
                var folder = string.Join('/', path.Take(depth)) + "/";
                if (folders.Add(folder)) entries.Add(new SkeletonEntry(folder, null));
            }
            entries.Add(new SkeletonEntry(string.Join('/', path) + "/" + GuideFileName, GuideText(q)));
        }
        return entries;
    }

    /// <summary>The guide for one question; CRLF line ends so Notepad on older Windows shows the lines.</summary>
    public static string GuideText(Question q)
    {
        var sb = new StringBuilder();
        var where = q.SubArea is { } s ? $"{q.Part.Name} › {q.Area.Name} › {s.Numeral}. {s.Name}" : $"{q.Part.Name} › {q.Area.Name}";
        sb.Append($"{LkeNumbering.Label(q)} {q.Text}\r\n");
        sb.Append($"({q.Id} — {where})\r\n\r\n");
        if (q.BuktiDukung.Count == 0) sb.Append("Belum ada daftar bukti dukung yang lazim untuk pertanyaan ini.\r\n");
        else
        {
            sb.Append("Bukti dukung yang lazim disimpan di folder ini:\r\n");
            foreach (var b in q.BuktiDukung) sb.Append($"- {b}\r\n");
        }
        sb.Append("\r\nDaftar ini disusun dari praktik unit kerja, bukan ketentuan peraturan. ");
        sb.Append($"Awali nama berkas dengan nomor pertanyaan, misalnya \"{LkeNumbering.Label(q)} <nama bukti>.pdf\", ");
        sb.Append("dan sebut bukti yang sama di narasi (\"Bukti dukung: …\") agar pemeriksaan folder dapat mencocokkannya.\r\n");
        return sb.ToString();
    }
}

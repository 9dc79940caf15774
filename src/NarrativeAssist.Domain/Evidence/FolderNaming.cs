using System.Text;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>Folder names of the evidence skeleton, written the way units name their folders
/// (<c>AREA I - Manajemen Perubahan/i. Penyusunan Tim Kerja/1.i.a Unit kerja telah membentuk tim …</c>) and safe on
/// Windows: no reserved characters or device names, no trailing dot or space, short enough that the deepest path stays
/// well under Windows' 260-character limit even below a long root folder.</summary>
public static class FolderNaming
{
    /// <summary>Longest folder name; three levels plus the text file stay under 200 characters.</summary>
    public const int MaxSegment = 60;

    /// <summary>Question text kept in a question folder's name, cut at a word.</summary>
    public const int MaxQuestionText = 45;

    public const string ReformPrefix = "Reform";
    public const string HasilFolder = "HASIL";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string AreaFolder(Area area) => area.Part.Component == "hasil"
        ? HasilFolder
        : Safe($"AREA {LkeNumbering.Roman(area.Number)} - {area.Name}", MaxSegment);

    /// <summary>Sub-area folder; Reform sub-areas carry "Reform" because their numerals repeat Pemenuhan's.</summary>
    public static string SubAreaFolder(SubArea sub) =>
        Safe($"{(sub.Area.Part.Id == "R" ? ReformPrefix + " " : "")}{sub.Numeral}. {sub.Name}", MaxSegment);

    /// <summary>Hasil groups have no sub-areas: "I. Birokrasi yang bersih dan akuntabel".</summary>
    public static string HasilGroupFolder(Area group) => Safe($"{LkeNumbering.Roman(group.Number)}. {group.Name}", MaxSegment);

    public static string QuestionFolder(Question q)
    {
        return Safe($"{LkeNumbering.Label(q)} {WithoutTrailingSmallWords(Cut(q.Text, MaxQuestionText))}", MaxSegment);
    }

    /// <summary>Folders from the root to the question's own folder.</summary>
    public static IReadOnlyList<string> QuestionPath(Question q) => q.SubArea is { } sub
        ? [AreaFolder(q.Area), SubAreaFolder(sub), QuestionFolder(q)]
        : [HasilFolder, HasilGroupFolder(q.Area), QuestionFolder(q)];

    /// <summary>A name Windows, macOS and Linux all accept: reserved characters become "-", whitespace is collapsed,
    /// trailing dots and spaces go, device names get a suffix, and the name is cut at a word to <paramref name="max"/>.</summary>
    public static string Safe(string name, int max)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var d = c is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*' || char.IsControl(c) ? '-' : c;
            if (char.IsWhiteSpace(d)) d = ' ';
            if (d == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(d);
        }
        var s = Cut(sb.ToString(), max).TrimEnd('.', ' ');
        if (s.Length == 0) s = "_";
        var stem = s.Split('.')[0];
        return DeviceNames.Contains(stem) ? s + "_" : s;
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "untuk", "dan", "yang", "di", "dengan", "ke", "dari", "pada", "dalam", "atau", "serta", "terhadap", "oleh", "telah",
        "melalui", "sebagai", "secara", "bagi", "atas", "sudah", "akan",
    };

    /// <summary>A name cut mid-sentence reads better without a dangling "untuk" or "yang", or a bracket left open.</summary>
    private static string WithoutTrailingSmallWords(string s)
    {
        var open = s.LastIndexOf('(');
        if (open > 0 && s.IndexOf(')', open) < 0) s = s[..open].TrimEnd();
        var words = s.Split(' ').ToList();
        while (words.Count > 1 && SmallWords.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    private static string Cut(string s, int max)
    {
        s = s.Trim();
        if (s.Length <= max) return s;
        var space = s.LastIndexOf(' ', max);
        return (space > max / 2 ? s[..space] : s[..max]).TrimEnd(' ', ',', ';', '(', '-');
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Publicity;

/// <summary>A list of links pasted from a chat or a report, one or more per line, each line optionally with its
/// date and a title ("17/05/2024 Sosialisasi SP4N-LAPOR https://instagram.com/p/…"). The channel comes from the link,
/// the date from the line, else from the link, else from <c>fallbackDate</c>.</summary>
public static partial class PastedLinks
{
    public const int MaxLines = 1000;

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""']+|(?<![\w.@/])(?:[a-z0-9-]+\.)+(?:com|id|co\.id|go\.id|net|org|tv|be|am|me)/[^\s<>""']*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    public static PublicationImport Read(string text, DateOnly today, PublicationKind? kind = null, DateOnly? fallbackDate = null)
    {
        var lines = (text ?? "").TrimStart('\uFEFF').Split('\n');
        if (lines.Length > MaxLines)
            return PublicationImport.Failed($"Terlalu banyak baris ({lines.Length}); tempel paling banyak {MaxLines} baris sekali.");
        var rows = new List<ImportedRow>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var urls = Url().Matches(line).Select(m => m.Value).ToList();
            if (urls.Count == 0)
            {
                rows.Add(new ImportedRow(i + 1, null, ["Baris ini tidak memuat tautan."]));
                continue;
            }
            var rest = Url().Replace(line, " ");
            var written = DateText.Find(rest);
            if (written is { } w) rest = rest[..w.Index] + " " + rest[(w.Index + w.Length)..];
            var title = Regex.Replace(rest, @"\s+", " ").Trim(' ', '-', '–', '—', '|', ':', ',', ';', '•', '*');
            foreach (var url in urls) rows.Add(Row(i + 1, url, written?.Date, title, today, kind, fallbackDate));
        }
        return new PublicationImport(rows, rows.Count == 0 ? ["Tidak ada tautan yang ditempel."] : []);
    }

    private static ImportedRow Row(int line, string url, DateOnly? written, string title, DateOnly today, PublicationKind? kind, DateOnly? fallback)
    {
        var facts = PublicationLinks.Recognise(url);
        if (facts is null) return new ImportedRow(line, null, [$"'{Short(url)}' bukan alamat web yang sah."]);
        var problems = new List<string>();
        var date = written ?? facts.Date ?? fallback;
        if (date is null)
            return new ImportedRow(line, null, [$"Tanggal {facts.Channel.Label()} tidak terbaca dari tautannya; tulis tanggal di baris yang sama (mis. 17/05/2024 {Short(url)})."]);
        if (written is null && facts.Date is null) problems.Add($"Tanggal tidak diketahui; dipakai {Format(date.Value)}.");
        if (date > today) return new ImportedRow(line, null, [$"Tanggal {Format(date.Value)} belum terjadi."]);
        var entry = new Publication(date.Value, facts.Channel, kind ?? DefaultKind(facts.Channel), facts.Link, title);
        return new ImportedRow(line, entry, problems);
    }

    /// <summary>Coverage by the media is a press release's result; a post on the unit's own account is most often
    /// an activity report, which the team can change per entry.</summary>
    internal static PublicationKind DefaultKind(PublicationChannel channel) =>
        channel.IsMedia() ? PublicationKind.PressRelease : PublicationKind.Activity;

    internal static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    internal static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

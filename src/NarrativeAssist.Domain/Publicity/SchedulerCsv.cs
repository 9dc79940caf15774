using System.Text.RegularExpressions;
using CsvHelper;

namespace NarrativeAssist.Domain.Publicity;

/// <summary>A CSV exported from a social-media scheduler or kept by the media team: Meta Business Suite ("Publish
/// time", "Permalink", "Title", "Description"; in Indonesian "Waktu publikasi", "Tautan permanen"), Buffer ("Date",
/// "Service", "Text", "Link", "Status"), Hootsuite ("Date (GMT)", "Social Network", "Message", "Post Permalink"), or the
/// team's own sheet ("Tanggal;Kanal;Jenis;Judul;Tautan;Area;Pertanyaan LKE"). Separator ; , or tab is detected; a
/// byte-order mark is ignored. Each row becomes an entry or is skipped with its reason in Indonesian.</summary>
public static partial class SchedulerCsv
{
    public const int MaxRows = 5000;

    // For each field, the header names that carry it, best first: Meta's export has both "Publish time" and a
    // "Date" that holds the reporting period ("Lifetime"), so the publish time must win.
    private static readonly (string Field, string[] Names)[] Columns =
    [
        ("date", ["publish time", "waktu publikasi", "waktu dipublikasikan", "tanggal publikasi", "tanggal terbit", "waktu terbit", "waktu posting", "tanggal posting", "posted at", "published at", "published", "sent at", "date (gmt)", "post date", "tanggal unggah", "tanggal", "date", "date created", "created", "waktu"]),
        ("link", ["permalink", "tautan permanen", "post permalink", "post link", "link postingan", "tautan postingan", "tautan", "link", "url", "alamat"]),
        ("title", ["judul", "title", "message", "pesan", "post text", "text", "teks", "caption", "keterangan", "description", "deskripsi", "isi"]),
        ("channel", ["kanal", "saluran", "platform", "social network", "network", "jaringan", "service", "channel", "media", "profile", "profil", "akun"]),
        ("kind", ["jenis publikasi", "jenis", "kategori", "kind", "category", "custom labels", "label khusus", "label"]),
        ("concerns", ["area", "pengungkit", "inovasi", "area/inovasi", "concerns"]),
        ("questions", ["pertanyaan lke", "kode lke", "lke", "pertanyaan", "questions", "lke questions"]),
        ("status", ["status"]),
    ];

    // A scheduler lists posts that are not out yet; they are not publications.
    private static readonly string[] NotPublished = ["scheduled", "draft", "failed", "error", "pending", "queued", "dijadwalkan", "draf", "gagal", "menunggu"];

    [GeneratedRegex(@"^[PRH](?:\.[A-Z]{2})?(?:\.\d+){1,2}(?:\.[a-z])?$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionId();

    public static PublicationImport Read(string text, DateOnly today, PublicationKind? defaultKind = null)
    {
        text = (text ?? "").TrimStart('\uFEFF');
        if (text.Trim().Length == 0) return PublicationImport.Failed("Berkas CSV kosong.");
        try
        {
            using var reader = CsvReader.Create(new StringReader(text), new CsvReaderOptions
            {
                TrimWhitespace = true,
                TrackLineNumbers = true,
                MaxRecordSize = 1 << 20,
                MalformedData = CsvMalformedDataHandling.Throw,
            });
            var headers = reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
            var at = MapColumns(headers);
            if (!at.ContainsKey("date") && !at.ContainsKey("link"))
                return PublicationImport.Failed("Kolom tanggal dan tautan tidak ditemukan. Baris pertama harus judul kolom, mis. "
                    + "Tanggal;Kanal;Jenis;Judul;Tautan (atau ekspor Meta Business Suite, Buffer, Hootsuite). Kolom di berkas: "
                    + string.Join(", ", headers.Take(12)) + ".");

            var keys = headers.Select(Channels.Key).ToList();
            var titles = Columns.Single(c => c.Field == "title").Names.Select(n => keys.IndexOf(Channels.Key(n))).Where(i => i >= 0).ToList();
            var records = new List<(int Line, Dictionary<string, string> Values)>();
            while (reader.Read())
            {
                if (records.Count == MaxRows)
                    return PublicationImport.Failed($"Berkas memuat lebih dari {MaxRows} baris; bagi menjadi beberapa berkas.");
                string Field(int index) => index < reader.FieldCount ? reader.GetString(index).Trim() : "";
                var values = at.ToDictionary(c => c.Key, c => Field(c.Value));
                // Meta leaves "Title" empty for most posts and puts the caption in "Description": the first filled one.
                values["title"] = titles.Select(Field).FirstOrDefault(t => t.Length > 0) ?? "";
                records.Add(((int)reader.LineNumber, values));
            }
            if (records.Count == 0) return PublicationImport.Failed("Berkas CSV hanya berisi judul kolom, tanpa baris data.");

            var order = DecideOrder(records.Select(r => r.Values.GetValueOrDefault("date")), headers);
            if (order.Problem is not null) return PublicationImport.Failed(order.Problem);
            var rows = records.Select(r => Row(r.Line, r.Values, order.Order, today, defaultKind)).ToList();
            return new PublicationImport(rows, []);
        }
        catch (CsvFormatException e)
        {
            return PublicationImport.Failed($"Berkas CSV tidak dapat dibaca (tanda kutip tidak seimbang atau baris terlalu panjang){Near(e)}.");
        }
    }

    private static string Near(CsvFormatException e) =>
        Regex.Match(e.Message, @"record (\d+)", RegexOptions.IgnoreCase) is { Success: true } m ? $" di sekitar baris data ke-{m.Groups[1].Value}" : "";

    private static Dictionary<string, int> MapColumns(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(Channels.Key).ToList();
        var at = new Dictionary<string, int>();
        foreach (var (field, names) in Columns)
            foreach (var name in names)
            {
                var index = keys.IndexOf(Channels.Key(name));
                if (index < 0 || at.ContainsValue(index)) continue;
                at[field] = index;
                break;
            }
        return at;
    }

    /// <summary>One order for the whole file: a date such as 13/05/2024 decides it; without one, Meta's English
    /// header ("Publish time") means month first, anything else day first (Indonesian writing). A file that has
    /// both 13/05 and 05/13 cannot be read safely.</summary>
    private static (NumericDateOrder Order, string? Problem) DecideOrder(IEnumerable<string?> dates, IReadOnlyList<string> headers)
    {
        var evidence = dates.Select(DateText.OrderEvidence).Where(o => o is not null).Distinct().ToList();
        if (evidence.Count > 1)
            return (NumericDateOrder.DayFirst, "Kolom tanggal mencampur urutan hari/bulan dan bulan/hari (mis. 13/05 dan 05/13); tulis semua tanggal dengan urutan yang sama, sebaiknya 2024-05-17.");
        if (evidence.Count == 1) return (evidence[0]!.Value, null);
        var english = headers.Any(h => Channels.Key(h) is "publishtime" or "postedat" or "sentat" or "date");
        return (english ? NumericDateOrder.MonthFirst : NumericDateOrder.DayFirst, null);
    }

    private static ImportedRow Row(int line, Dictionary<string, string> v, NumericDateOrder order, DateOnly today, PublicationKind? defaultKind)
    {
        string Get(string field) => v.GetValueOrDefault(field) ?? "";
        var problems = new List<string>();
        var status = Get("status");
        if (status.Length > 0 && NotPublished.Any(s => status.Contains(s, StringComparison.OrdinalIgnoreCase)))
            return new ImportedRow(line, null, [$"Belum terbit (status '{PastedLinks.Short(status)}'), dilewati."]);

        var link = Get("link");
        var facts = link.Length > 0 ? PublicationLinks.Recognise(link) : null;
        if (link.Length > 0 && facts is null) return new ImportedRow(line, null, [$"Tautan '{PastedLinks.Short(link)}' bukan alamat web yang sah."]);

        var channelText = Get("channel");
        var channel = Channels.Parse(channelText) ?? facts?.Channel;
        if (channel is null)
            return new ImportedRow(line, null, [channelText.Length > 0
                ? $"Kanal '{PastedLinks.Short(channelText)}' tidak dikenali; pakai Instagram, Facebook, X, YouTube, TikTok, Website, Media online, Media cetak, Radio/TV atau Lainnya."
                : "Kanal tidak diketahui: kolom kanal kosong dan tidak ada tautan."]);

        var dateText = Get("date");
        var date = DateText.Read(dateText, order) ?? facts?.Date;
        if (date is null)
            return new ImportedRow(line, null, [dateText.Length > 0 ? $"Tanggal '{PastedLinks.Short(dateText)}' tidak terbaca." : "Tanggal kosong dan tidak terbaca dari tautan."]);
        if (date > today) return new ImportedRow(line, null, [$"Tanggal {PastedLinks.Format(date.Value)} belum terjadi."]);

        var kindText = Get("kind");
        var kind = PublicationKinds.Parse(kindText);
        if (kind is null && kindText.Length > 0)
            problems.Add($"Jenis '{PastedLinks.Short(kindText)}' tidak dikenali; dianggap {(defaultKind ?? PastedLinks.DefaultKind(channel.Value)).Label()}.");

        var questions = Get("questions").Split([',', ';', ' ', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var badQuestions = questions.Where(q => !QuestionId().IsMatch(q)).ToList();
        if (badQuestions.Count > 0) problems.Add($"Kode pertanyaan LKE {string.Join(", ", badQuestions)} tidak dikenali, diabaikan.");

        var title = FirstLine(Get("title"));
        var concerns = Get("concerns");
        var entry = new Publication(date.Value, channel.Value, kind ?? defaultKind ?? PastedLinks.DefaultKind(channel.Value),
            facts?.Link, title, concerns.Length > 0 ? concerns : null, questions.Except(badQuestions).ToList());
        return new ImportedRow(line, entry, problems);
    }

    // A caption runs for paragraphs and hashtags; its first line is the title people recognise.
    private static string FirstLine(string text)
    {
        var first = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return first.Length <= 200 ? first : first[..197] + "…";
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Cli.Commands;

/// <summary><c>publikasi impor LOG.csv</c>: a batch check of a publication log or a scheduler export before it is
/// imported on the server: which rows become entries, which are skipped and why, and the cadence the log shows.</summary>
internal sealed class PublicityCommand : ICommand
{
    public string Name => "publikasi";

    public string Usage => """
        Pemakaian:
          narrativeassist publikasi impor LOG.csv [--hari-ini 2024-05-31] [--format text|json] [--output LAPORAN]
              Baca log publikasi atau ekspor CSV penjadwal media sosial (Meta Business Suite, Buffer, Hootsuite, atau tabel
              tim sendiri: Tanggal;Kanal;Jenis;Judul;Tautan;Area/Inovasi;Pertanyaan LKE). Pemisah ; , atau tab dikenali
              sendiri. Tampilkan entri yang dikenali, baris yang dilewati beserta alasannya, dan ritme publikasinya
              (jeda pemberitaan media, pesan integritas, kanal yang sepi) terhadap target bawaan. --hari-ini: tanggal acuan
              (bawaan: hari ini, WIB).

        """;

    private const long MaxBytes = 2 * 1024 * 1024;

    public int Run(CliArgs args, CliContext ctx)
    {
        var sub = args.Positional.FirstOrDefault() ?? throw new CliUsageException("Sebutkan subperintah: impor.");
        if (sub is not ("impor" or "import")) throw new CliUsageException($"Subperintah \"{sub}\" tidak dikenal; pilih impor.");
        var file = args.Positional.Skip(1).SingleOrDefault() ?? throw new CliUsageException("Sebutkan satu berkas CSV.");
        var format = args.Choice("format", "text", "text", "json");
        var output = args.Get("output");
        var todayText = args.Get("hari-ini");
        args.RejectUnknown();
        DateOnly today;
        if (todayText is null) today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().ToOffset(PublicationLinks.UnitOffset).DateTime);
        else if (!DateOnly.TryParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            throw new CliUsageException("--hari-ini harus tanggal dengan format 2024-05-31.");

        var read = SchedulerCsv.Read(ReadCsv(file), today);
        if (read.FileProblems.Count > 0) throw new CliUsageException(read.FileProblems[0]);
        var report = CadenceReport.Build(read.Entries, CadenceTargets.Default, today);
        InputFiles.WriteOutput(ctx, output, format == "json" ? Json(read, report) : Text(read, report, Path.GetFileName(file)));
        return CliApp.Ok;
    }

    private static string ReadCsv(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException(null, path);
        if (info.Length > MaxBytes) throw new CliUsageException($"Berkas CSV terlalu besar ({info.Length / 1024 / 1024.0:0.#} MB); batasnya 2 MB.");
        var bytes = File.ReadAllBytes(path);
        if (bytes is [(byte)'P', (byte)'K', ..])
            throw new CliUsageException($"\"{Path.GetFileName(path)}\" adalah buku kerja atau zip, bukan CSV. Di Excel pilih Simpan Sebagai → CSV UTF-8.");
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new CliUsageException($"\"{Path.GetFileName(path)}\" bukan teks CSV (berisi data biner).");
        // Excel on Windows saves "CSV" in the ANSI code page; its accented letters are not UTF-8.
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(bytes); }
    }

    private static string Text(PublicationImport read, CadenceReport report, string name)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Log publikasi {name}: {read.Rows.Count} baris, {read.Entries.Count} entri dikenali, {read.Skipped} dilewati, " +
            $"{read.Merged.DuplicatesMerged} tautan ganda digabung.");
        sb.AppendLine();
        sb.AppendLine("Entri:");
        foreach (var e in read.Entries.OrderBy(e => e.Date))
            sb.AppendLine($"  {e.Date:dd/MM/yyyy}  {e.Channel.Label(),-12} {e.Kind.Label(),-18} {e.Title}" +
                (e.Questions.Count > 0 ? $"  [{string.Join(", ", e.Questions)}]" : ""));
        var problems = read.Rows.Where(r => r.Problems.Count > 0).ToList();
        if (problems.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Masalah per baris:");
            foreach (var r in problems)
                sb.AppendLine($"  baris {r.Line}: {string.Join(" ", r.Problems)}{(r.Entry is null ? "" : " (tetap diimpor)")}");
        }
        sb.AppendLine();
        sb.AppendLine($"Ritme per {report.Today:dd/MM/yyyy} (target: media ≤ {report.Targets.MediaMaxGapDays} hari, pesan integritas ≤ " +
            $"{report.Targets.IntegrityMaxGapDays} hari, kanal aktif ≤ {report.Targets.ChannelMaxGapDays} hari):");
        sb.AppendLine("  Hari sejak pemberitaan media terakhir: " + (report.DaysSinceMedia is { } d ? d.ToString(CultureInfo.InvariantCulture) : "belum pernah"));
        sb.AppendLine($"  Pesan integritas 7 hari terakhir: {report.IntegrityDaysLast7} dari 7 hari ({report.IntegrityMessagesLast7} pesan)");
        sb.AppendLine("  Kanal sepi: " + (report.QuietChannels.Count == 0 ? "tidak ada" : string.Join(", ", report.QuietChannels.Select(c => c.Label()))));
        sb.AppendLine("  Jeda melewati target:");
        var any = false;
        foreach (var track in new[] { report.Media, report.Integrity }.Concat(report.Channels.Where(c => c.Active).Select(c => c.Track)))
            foreach (var g in track.GapsOverTarget)
            {
                any = true;
                sb.AppendLine($"    {track.Name}: {g.From:dd/MM/yyyy} – {(g.Open ? "hari ini" : g.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))}, {g.Days} hari (target {track.TargetDays})");
            }
        if (!any) sb.AppendLine("    tidak ada");
        return sb.ToString();
    }

    private static string Json(PublicationImport read, CadenceReport report) => JsonSerializer.Serialize(new
    {
        rows = read.Rows.Count,
        entries = read.Entries.Select(e => new
        {
            date = e.Date, channel = e.Channel.Code(), kind = e.Kind.Code(), link = e.Link, title = e.Title, concerns = e.Concerns, questionIds = e.Questions,
        }),
        problems = read.Rows.Where(r => r.Problems.Count > 0).Select(r => new { line = r.Line, skipped = r.Entry is null, problems = r.Problems }),
        duplicatesMerged = read.Merged.DuplicatesMerged,
        cadence = new
        {
            today = report.Today, daysSinceMedia = report.DaysSinceMedia, integrityDaysLast7 = report.IntegrityDaysLast7,
            quietChannels = report.QuietChannels.Select(c => c.Code()),
            gapsOverTarget = new[] { report.Media, report.Integrity }.Concat(report.Channels.Where(c => c.Active).Select(c => c.Track))
                .SelectMany(t => t.GapsOverTarget.Select(g => new { track = t.Name, from = g.From, to = g.To, days = g.Days, open = g.Open })),
        },
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

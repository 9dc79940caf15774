using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Publicity;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Publicity;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

/// <summary>One entry of the publication log; channel and kind as codes with their Indonesian labels.</summary>
public sealed record PublicationItem(Guid Id, DateOnly Date, string Channel, string ChannelLabel, string Kind, string KindLabel,
    string? Link, string Title, string? Concerns, IReadOnlyList<string> QuestionIds, DateTimeOffset CreatedAt);

/// <summary>An entry read from a paste or CSV, before or after saving; <c>alreadyLogged</c> is the id of the logged
/// entry with the same link.</summary>
public sealed record PublicationDraft(DateOnly Date, string Channel, string ChannelLabel, string Kind, string KindLabel, string? Link,
    string Title, string? Concerns, IReadOnlyList<string> QuestionIds, Guid? AlreadyLogged);

/// <summary>One line of the input: what it became (null: skipped) and its problems in Indonesian.</summary>
public sealed record ImportRowJson(int Line, PublicationDraft? Entry, IReadOnlyList<string> Problems);

/// <summary>The preview (saved = false) or the result of an import: the rows, the entries after merging duplicate
/// links, and how many were added or were already in the log.</summary>
public sealed record ImportResult(bool Saved, IReadOnlyList<ImportRowJson> Rows, IReadOnlyList<PublicationDraft> Entries, int Skipped,
    int MergedInInput, int AlreadyLogged, int Added);

/// <summary>A paste of links: <c>text</c> one or more links per line, optional kind, date for links without one,
/// questions and concern applied to every entry; <c>save</c> false for a preview.</summary>
public sealed record PasteRequest(string? Text, string? Kind, string? Date, IReadOnlyList<string>? QuestionIds, string? Concerns, bool? Save);

public sealed record CadenceTargetsJson(int MediaMaxGapDays, int IntegrityMaxGapDays, int ChannelMaxGapDays, IReadOnlyList<string> InactiveChannels);

public sealed record CadenceDayJson(DateOnly Date, int Count);

public sealed record CadenceGapJson(DateOnly From, DateOnly To, int Days, bool Open, bool OverTarget);

/// <summary>The rhythm of one channel, of all media coverage, or of integrity messages.</summary>
public sealed record CadenceTrackJson(string Name, int? TargetDays, int Count, DateOnly? Last, int? DaysSinceLast, bool Quiet,
    IReadOnlyList<CadenceDayJson> Days, IReadOnlyList<CadenceGapJson> Gaps, int LongestGapDays, DateOnly? StreakSince, int StreakDays);

public sealed record ChannelCadenceJson(string Channel, string Label, bool Active, CadenceTrackJson Track);

/// <summary>The cadence report from <c>from</c> to <c>today</c>: the dashboard figures, each track and each channel.</summary>
public sealed record CadenceJson(DateOnly Today, DateOnly From, CadenceTargetsJson Targets, int? DaysSinceMedia, int IntegrityDaysLast7,
    int IntegrityMessagesLast7, IReadOnlyList<string> QuietChannels, CadenceTrackJson Media, CadenceTrackJson Integrity,
    IReadOnlyList<ChannelCadenceJson> Channels);

/// <summary>The publication log (issue 18): posts and articles by hand, by pasting links or from a scheduler's CSV;
/// cadence targets and the report of gaps. Logging is evidence work (ManageEvidence: admin, pimpinan, penulis);
/// changing the targets is a unit setting like the profile (EditProfile: admin, pimpinan).</summary>
public static class PublicationEndpoints
{
    public const long MaxCsvBytes = 2 * 1024 * 1024;

    public static void MapPublicationEndpoints(this RouteGroupBuilder unit)
    {
        var pubs = unit.MapGroup("/publications").WithTags("Publikasi");
        pubs.MapGet("/", List).RequireUnit(UnitPermission.Read).WithSummary("Log publikasi (from, to: rentang tanggal)");
        pubs.MapPost("/", Add).RequireUnit(UnitPermission.ManageEvidence).WithSummary("Catat satu publikasi");
        pubs.MapPut("/{publicationId:guid}", Update).RequireUnit(UnitPermission.ManageEvidence).WithSummary("Ubah publikasi");
        pubs.MapDelete("/{publicationId:guid}", Delete).RequireUnit(UnitPermission.ManageEvidence).WithSummary("Hapus publikasi");
        pubs.MapPost("/paste", Paste).RequireUnit(UnitPermission.ManageEvidence).WithSummary("Tempel daftar tautan (pratinjau atau simpan)");
        pubs.MapPost("/import", Import).RequireUnit(UnitPermission.ManageEvidence)
            .WithSummary("Impor CSV penjadwal media sosial (field file; save=true untuk menyimpan)").DisableAntiforgery();
        pubs.MapGet("/cadence", Cadence).RequireUnit(UnitPermission.Read).WithSummary("Ritme publikasi: jeda, runtun, kanal sepi");
        pubs.MapGet("/targets", Targets).RequireUnit(UnitPermission.Read).WithSummary("Target ritme publikasi");
        pubs.MapPut("/targets", SetTargets).RequireUnit(UnitPermission.EditProfile).WithSummary("Ubah target ritme publikasi");
    }

    public static async Task<Results<Ok<IReadOnlyList<PublicationItem>>, ProblemHttpResult>> List(UnitContext unit, string? from, string? to,
        PublicationLog log, CancellationToken cancel)
    {
        var (start, end) = (PublicityInput.Date(from), PublicityInput.Date(to));
        if ((from is { Length: > 0 } && start is null) || (to is { Length: > 0 } && end is null))
            return ApiProblems.BadRequest("invalid_date", "from dan to harus tanggal, mis. 2024-05-01.");
        var rows = await log.ListAsync(unit.UnitId, start, end, cancel);
        return TypedResults.Ok<IReadOnlyList<PublicationItem>>(rows.Select(Item).ToList());
    }

    public static async Task<Results<Created<PublicationItem>, ProblemHttpResult>> Add(UnitContext unit, PublicationRequest? req, PublicationLog log,
        LkeCatalog catalog, CancellationToken cancel)
    {
        var (entry, refusal) = PublicityInput.Publication(req, catalog, log.Today());
        if (refusal is not null) return ApiProblems.BadRequest(refusal.Code, refusal.Detail);
        if (await log.SameLinkAsync(unit.UnitId, entry!.LinkKey, null, cancel) is { } same) return Duplicate(same);
        if (await log.FullAsync(unit.UnitId, 1, cancel)) return Full();
        var e = await log.AddAsync(unit.UnitId, unit.UserId, entry, cancel);
        return TypedResults.Created($"/api/units/{unit.UnitId}/publications/{e.Id}", Item(e));
    }

    public static async Task<Results<Ok<PublicationItem>, ProblemHttpResult>> Update(UnitContext unit, Guid publicationId, PublicationRequest? req,
        PublicationLog log, LkeCatalog catalog, CancellationToken cancel)
    {
        var e = await log.FindAsync(unit.UnitId, publicationId, cancel);
        if (e is null) return ApiProblems.NotFound("Publikasi tidak ditemukan.");
        var (entry, refusal) = PublicityInput.Publication(req, catalog, log.Today());
        if (refusal is not null) return ApiProblems.BadRequest(refusal.Code, refusal.Detail);
        if (await log.SameLinkAsync(unit.UnitId, entry!.LinkKey, e.Id, cancel) is { } same) return Duplicate(same);
        await log.UpdateAsync(e, entry, cancel);
        return TypedResults.Ok(Item(e));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(UnitContext unit, Guid publicationId, PublicationLog log, CancellationToken cancel)
    {
        var e = await log.FindAsync(unit.UnitId, publicationId, cancel);
        if (e is null) return ApiProblems.NotFound("Publikasi tidak ditemukan.");
        await log.DeleteAsync(e, cancel);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Paste(UnitContext unit, PasteRequest? req, PublicationLog log,
        LkeCatalog catalog, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(req?.Text)) return ApiProblems.BadRequest("invalid_input", "text (daftar tautan, satu per baris) wajib diisi.");
        PublicationKind? kind = null;
        if (!string.IsNullOrWhiteSpace(req.Kind) && (kind = PublicationKinds.Parse(req.Kind)) is null)
            return ApiProblems.BadRequest("invalid_kind", "kind harus salah satu dari: " + string.Join(", ", PublicationKinds.All.Select(k => k.Code())) + ".");
        var fallback = PublicityInput.Date(req.Date);
        if (!string.IsNullOrWhiteSpace(req.Date) && fallback is null) return ApiProblems.BadRequest("invalid_date", "date harus tanggal, mis. 2024-05-17.");
        var questions = PublicityInput.Questions(req.QuestionIds, catalog, out var unknown);
        if (unknown is not null) return ApiProblems.BadRequest("unknown_question", unknown);
        var read = PastedLinks.Read(req.Text, log.Today(), kind, fallback);
        if (read.FileProblems.Count > 0) return ApiProblems.BadRequest("invalid_links", read.FileProblems[0]);
        var concerns = req.Concerns?.Trim() is { Length: > 0 } c ? c : null;
        return TypedResults.Ok(await Finish(unit, read, e => e with { QuestionIds = e.Questions.Concat(questions).Distinct().ToList(), Concerns = e.Concerns ?? concerns },
            req.Save == true, log, catalog, cancel));
    }

    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(UnitContext unit, HttpRequest http, PublicationLog log,
        LkeCatalog catalog, CancellationToken cancel)
    {
        if (!http.HasFormContentType)
            return ApiProblems.Problem(415, "unsupported_media_type", "Unggah berkas CSV pada field \"file\" (multipart/form-data).");
        var form = await http.ReadFormAsync(cancel);
        if (FieldLimits.Check(new ImportForm(form["kind"], form["save"])) is { } tooLong) return tooLong;
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0) return ApiProblems.BadRequest("invalid_input", "Unggah berkas CSV pada field \"file\".");
        if (file.Length > MaxCsvBytes)
            return ApiProblems.Problem(413, "payload_too_large", $"Berkas CSV paling besar {MaxCsvBytes / 1024 / 1024} MB; bagi menjadi beberapa berkas.");
        PublicationKind? kind = null;
        if (!string.IsNullOrWhiteSpace(form["kind"]) && (kind = PublicationKinds.Parse(form["kind"])) is null)
            return ApiProblems.BadRequest("invalid_kind", "kind harus salah satu dari: " + string.Join(", ", PublicationKinds.All.Select(k => k.Code())) + ".");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, cancel);
        var (text, notText) = CsvText.Decode(ms.ToArray());
        if (notText is not null) return ApiProblems.BadRequest("invalid_csv", notText);
        var read = SchedulerCsv.Read(text!, log.Today(), kind);
        if (read.FileProblems.Count > 0) return ApiProblems.BadRequest("invalid_csv", read.FileProblems[0]);
        // Question ids a scheduler export carries are checked against the LKE like those typed in the form.
        return TypedResults.Ok(await Finish(unit, read, e => e with { QuestionIds = e.Questions.Where(q => catalog.FindQuestion(q) is not null).Select(q => catalog.FindQuestion(q)!.Id).ToList() },
            string.Equals(form["save"], "true", StringComparison.OrdinalIgnoreCase), log, catalog, cancel));
    }

    private sealed record ImportForm(string? Kind, string? Save);

    private static async Task<ImportResult> Finish(UnitContext unit, PublicationImport read, Func<Publication, Publication> adjust, bool save,
        PublicationLog log, LkeCatalog catalog, CancellationToken cancel)
    {
        var merged = PublicationMerge.Merge(read.Entries.Select(adjust));
        var logged = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var key in merged.Entries.Select(e => e.LinkKey).OfType<string>())
            if (await log.SameLinkAsync(unit.UnitId, key, null, cancel) is { } same) logged[key] = same.Id;
        var rows = read.Rows.Select(r => new ImportRowJson(r.Line, r.Entry is null ? null : Draft(adjust(r.Entry), logged), r.Problems)).ToList();
        var entries = merged.Entries.Select(e => Draft(e, logged)).ToList();
        if (!save || merged.Entries.Count == 0)
            return new ImportResult(false, rows, entries, read.Skipped, merged.DuplicatesMerged, logged.Count, 0);
        if (await log.FullAsync(unit.UnitId, merged.Entries.Count - logged.Count, cancel))
            return new ImportResult(false, rows.Append(new ImportRowJson(0, null,
                [$"Log publikasi unit ini sudah mencapai batas {PublicationLog.MaxEntriesPerUnit:N0} entri; tidak ada yang disimpan."])).ToList(),
                entries, read.Skipped, merged.DuplicatesMerged, logged.Count, 0);
        var outcome = await log.ImportAsync(unit.UnitId, unit.UserId, merged, cancel);
        return new ImportResult(true, rows, entries, read.Skipped, outcome.MergedInInput, outcome.AlreadyLogged, outcome.Added);
    }

    public static async Task<Results<Ok<CadenceJson>, ProblemHttpResult>> Cadence(UnitContext unit, string? from, PublicationLog log, CancellationToken cancel)
    {
        var start = PublicityInput.Date(from);
        if (from is { Length: > 0 } && start is null) return ApiProblems.BadRequest("invalid_date", "from harus tanggal, mis. 2024-03-01.");
        if (start is { } s && (log.Today().DayNumber - s.DayNumber) is < 0 or > 731)
            return ApiProblems.BadRequest("invalid_date", "from harus antara dua tahun lalu dan hari ini.");
        var report = await log.ReportAsync(unit.UnitId, start, cancel);
        return TypedResults.Ok(CadenceOf(report, start ?? report.Today.AddDays(-89)));
    }

    public static async Task<Ok<CadenceTargetsJson>> Targets(UnitContext unit, PublicationLog log, CancellationToken cancel) =>
        TypedResults.Ok(TargetsOf(await log.TargetsAsync(unit.UnitId, cancel)));

    public static async Task<Results<Ok<CadenceTargetsJson>, ProblemHttpResult>> SetTargets(UnitContext unit, CadenceTargetsRequest? req,
        PublicationLog log, CancellationToken cancel)
    {
        var (targets, refusal) = PublicityInput.Targets(req);
        if (refusal is not null) return ApiProblems.BadRequest(refusal.Code, refusal.Detail);
        await log.SetTargetsAsync(unit.UnitId, targets!, cancel);
        return TypedResults.Ok(TargetsOf(targets!));
    }

    public static CadenceJson CadenceOf(CadenceReport r, DateOnly from) =>
        new(r.Today, from, TargetsOf(r.Targets), r.DaysSinceMedia, r.IntegrityDaysLast7, r.IntegrityMessagesLast7,
            r.QuietChannels.Select(c => c.Code()).ToList(), Track(r.Media), Track(r.Integrity),
            r.Channels.Select(c => new ChannelCadenceJson(c.Channel.Code(), c.Channel.Label(), c.Active, Track(c.Track))).ToList());

    private static CadenceTrackJson Track(CadenceTrack t) =>
        new(t.Name, t.TargetDays, t.Count, t.Last, t.DaysSinceLast, t.Quiet, t.Days.Select(d => new CadenceDayJson(d.Date, d.Count)).ToList(),
            t.Gaps.Select(g => new CadenceGapJson(g.From, g.To, g.Days, g.Open, g.OverTarget)).ToList(), t.LongestGapDays, t.StreakSince, t.StreakDays);

    private static CadenceTargetsJson TargetsOf(CadenceTargets t) =>
        new(t.MediaMaxGapDays, t.IntegrityMaxGapDays, t.ChannelMaxGapDays, t.Inactive.Select(c => c.Code()).ToList());

    public static PublicationItem Item(PublicationEntity e)
    {
        var p = PublicationLog.ToDomain(e);
        return new PublicationItem(e.Id, e.Date, p.Channel.Code(), p.Channel.Label(), p.Kind.Code(), p.Kind.Label(), e.Link, e.Title, e.Concerns,
            p.Questions, e.CreatedAt);
    }

    private static PublicationDraft Draft(Publication p, IReadOnlyDictionary<string, Guid> logged) =>
        new(p.Date, p.Channel.Code(), p.Channel.Label(), p.Kind.Code(), p.Kind.Label(), p.Link, p.Title, p.Concerns, p.Questions,
            p.LinkKey is { } k && logged.TryGetValue(k, out var id) ? id : null);

    private static ProblemHttpResult Duplicate(PublicationEntity same) =>
        ApiProblems.Problem(409, "duplicate_link", $"Tautan ini sudah tercatat pada {same.Date:dd/MM/yyyy} ({(same.Title.Length > 0 ? same.Title : same.Link)}).",
            new Dictionary<string, object?> { ["publicationId"] = same.Id });

    private static ProblemHttpResult Full() =>
        ApiProblems.Problem(409, "quota_exceeded", $"Log publikasi unit ini sudah mencapai batas {PublicationLog.MaxEntriesPerUnit:N0} entri.");
}

/// <summary>The text of an uploaded CSV: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), or,
/// when not valid UTF-8, Windows-1252/Latin-1 as Excel on Windows saves "CSV". A workbook or other binary is refused.</summary>
internal static class CsvText
{
    public static (string? Text, string? Problem) Decode(byte[] bytes)
    {
        if (bytes is [(byte)'P', (byte)'K', ..])
            return (null, "Berkas ini tampaknya buku kerja Excel (.xlsx), bukan CSV. Di Excel pilih Simpan Sebagai → CSV UTF-8, lalu unggah lagi.");
        if (bytes is [0xFF, 0xFE, ..]) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (bytes is [0xFE, 0xFF, ..]) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), null);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 8000)).Contains((byte)0))
            return (null, "Berkas ini bukan teks CSV (berisi data biner).");
        try { return (new UTF8Encoding(false, true).GetString(bytes), null); }
        catch (DecoderFallbackException) { return (Encoding.Latin1.GetString(bytes), null); }
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Library;
using NarrativeAssist.Domain.Library;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Library;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record AnonymizeRequest(string? Text, Guid? UnitId);
public sealed record LibraryDraftRequest(Guid? UnitId, string? Kind, string? QuestionId, string? DeckKind, string? TemplateId, string? Title,
    IReadOnlyList<string>? Tags, bool? Anonymous, string? Predikat, int? Tahun, IReadOnlyList<MarkedSpan>? Marks = null);
public sealed record LibraryDraftEdit(string? Text, IReadOnlyList<MarkedSpan>? Marks = null);
public sealed record LibraryConfirmRequest(string? ReviewHash, IReadOnlyList<MarkedSpan>? Marks = null);
public sealed record LibraryCurationRequest(bool? Hidden, bool? Featured);

/// <summary>The template library: find and read entries (anyone signed in), anonymise, publish from a unit in two steps
/// (draft → confirm the reviewed preview; pimpinan or admin of the unit), unpublish, curate (server admin), export and
/// import bundles. The unit comes in the body or query here, so the unit checks go through <see cref="UnitAccess"/>
/// (in <see cref="LibraryDrafts"/> for drafts), not through the unit route group.</summary>
public static class LibraryEndpoints
{
    private const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public static void MapLibraryEndpoints(this RouteGroupBuilder api)
    {
        var library = api.MapGroup("/library").WithTags("Pustaka").RequireAuthorization();
        library.MapGet("/", Search).WithSummary("Cari di pustaka: teks (berimbuhan Indonesia), pertanyaan, area, predikat, tahun; diurutkan menurut kecocokan");
        library.MapPost("/anonymize", Anonymize)
            .WithSummary("Pratinjau penyamaran: nama unit, nama orang, nomor SK, alamat, telepon, surel dan jumlah rupiah diganti isian (tidak disimpan)");
        LibraryDraftEndpoints.Map(library);
        library.MapGet("/export", Export).WithSummary("Ekspor entri terbitan sebagai bundel .zip (manifest.json dan berkas entri)").ProducesFile("application/zip");
        library.MapPost("/import", Import).WithSummary("Impor bundel pustaka (.zip), diperiksa seperti unggahan lain (admin server)").DisableAntiforgery();
        library.MapGet("/{id}", Entry).WithSummary("Satu entri pustaka: Markdown, HTML untuk Word, isian, asal-usul");
        library.MapGet("/{id}/pptx", Pptx).WithSummary("Berkas .pptx entri presentasi").ProducesFile(PptxType);
        library.MapPost("/{id}/use", Use).WithSummary("Catat pemakaian entri (sisip ke Word, pakai sebagai templat)");
        library.MapPost("/{id}/unpublish", Unpublish).WithSummary("Tarik entri terbitan (pimpinan atau admin unit asal, atau admin server)");
        library.MapPut("/{id}/curation", Curate).WithSummary("Kurasi: sembunyikan atau unggulkan entri (admin server)");
    }

    public static async Task<Ok<LibrarySearchJson>> Search(string? q, string? questionId, string? area, string? predikat, int? tahun, string? kind,
        bool? includeHidden, ClaimsPrincipal user, UnitAccess access, LibraryService service, CancellationToken cancel)
    {
        var hidden = includeHidden == true && await access.IsServerAdminAsync(user, cancel);
        var hits = await service.SearchAsync(new LibraryQuery(q, questionId, area, predikat, tahun, kind, hidden), cancel);
        return TypedResults.Ok(new LibrarySearchJson(hits.Select(h => LibrarySummaryJson.From(h.Item, h.Relevance)).ToList(), hits.Count));
    }

    public static async Task<Results<Ok<AnonymizedJson>, ProblemHttpResult>> Anonymize(AnonymizeRequest? req, ClaimsPrincipal user, UnitAccess access,
        LibraryPublisher publisher, CancellationToken cancel)
    {
        if (req?.Text is null) return ApiProblems.BadRequest("invalid_input", "Kirim JSON {\"text\"} berisi teks yang akan disamarkan.");
        if (req.Text.Length > LibraryPublisher.MaxTextChars)
            return ApiProblems.BadRequest("invalid_input", $"Teks terlalu panjang (lebih dari {LibraryPublisher.MaxTextChars:N0} karakter).");
        var context = AnonymizationContext.Empty;
        if (req.UnitId is { } unitId)
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            context = await publisher.ContextAsync(unitId, cancel);
        }
        var r = Anonymizer.Anonymize(req.Text, context);
        return TypedResults.Ok(new AnonymizedJson(r.Text, r.Replacements));
    }

    public static async Task<FileContentHttpResult> Export(string? ids, LibraryExporter exporter, HttpRequest http, CancellationToken cancel) =>
        TypedResults.File(await exporter.ExportAsync(ids, http.Host.Value, cancel), "application/zip", $"pustaka-narrativeassist-{DateTime.UtcNow:yyyyMMdd}.zip");

    public static async Task<Results<Ok<LibraryImport>, ProblemHttpResult>> Import(HttpRequest http, ClaimsPrincipal user, UnitAccess access,
        LibraryImporter importer, ParsePool parsing, CancellationToken cancel)
    {
        if (!await access.IsServerAdminAsync(user, cancel)) return ApiProblems.Forbidden("Hanya admin server yang dapat mengimpor bundel pustaka.");
        LibraryBundleContents contents;
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancel);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null) return ApiProblems.BadRequest("invalid_input", "Unggah bundel pustaka (.zip) pada field \"file\".");
            await using var s = file.OpenReadStream();
            contents = await parsing.RunAsync("bundel pustaka", c => LibraryBundle.Read(s, cancel: c), cancel);
        }
        else if (http.ContentType?.StartsWith("application/zip", StringComparison.OrdinalIgnoreCase) == true
                 || http.ContentType?.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var buffer = new MemoryStream();
            await http.Body.CopyToAsync(buffer, cancel);
            buffer.Position = 0;
            contents = await parsing.RunAsync("bundel pustaka", c => LibraryBundle.Read(buffer, cancel: c), cancel);
        }
        else return ApiProblems.Problem(415, "unsupported_media_type", "Unggah bundel pustaka (.zip): multipart/form-data field \"file\", atau application/zip.");
        return TypedResults.Ok(await importer.ImportAsync(contents, UnitAccess.UserId(user), cancel));
    }

    public static async Task<Results<Ok<LibraryEntryJson>, ProblemHttpResult>> Entry(string id, bool? includeHidden, ClaimsPrincipal user,
        UnitAccess access, LibraryService service, CancellationToken cancel)
    {
        var hidden = includeHidden == true && await access.IsServerAdminAsync(user, cancel);
        return await service.FindAsync(id, hidden, cancel) is { } item ? TypedResults.Ok(LibraryEntryJson.From(item)) : NotFound(id);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Pptx(string id, LibraryService service, CancellationToken cancel)
    {
        if (await service.DeckPackageAsync(id, false, cancel) is not { } deck) return NotFound(id);
        return TypedResults.File(deck.Package, PptxType, DeckEndpoints.FileName("pustaka", deck.Item.Title, "pptx"));
    }

    public static async Task<Results<Ok<LibraryUseJson>, ProblemHttpResult>> Use(string id, LibraryService service, CancellationToken cancel)
    {
        if (await service.FindAsync(id, false, cancel) is not { } item) return NotFound(id);
        return TypedResults.Ok(new LibraryUseJson(item.Id, await service.RecordUseAsync(item.Id, cancel)));
    }

    public static async Task<Results<Ok<LibraryStatusJson>, ProblemHttpResult>> Unpublish(string id, ClaimsPrincipal user, UnitAccess access,
        AppDbContext db, LibraryPublisher publisher, CancellationToken cancel)
    {
        if (!Guid.TryParse(id, out var guid))
            return id.StartsWith(LibraryKinds.BuiltInPrefix, StringComparison.OrdinalIgnoreCase)
                ? ApiProblems.BadRequest("built_in", "Entri bawaan tidak dapat ditarik; admin dapat menyembunyikannya.")
                : NotFound(id);
        var entry = await db.LibraryEntries.FirstOrDefaultAsync(e => e.Id == guid && e.Status == LibraryKinds.Published, cancel);
        if (entry is null) return NotFound(id);
        if (!await access.IsServerAdminAsync(user, cancel))
        {
            if (entry.SourceUnitId is not { } unitId) return ApiProblems.Forbidden("Hanya admin server yang dapat menarik entri hasil impor.");
            var member = await access.FindAsync(user, unitId, cancel);
            if (member is null || !member.Can(UnitPermission.Approve)) return ApiProblems.Forbidden("Hanya pimpinan atau admin unit asal yang dapat menarik entri ini.");
        }
        await publisher.UnpublishAsync(entry, cancel);
        return TypedResults.Ok(new LibraryStatusJson(entry.Id.ToString(), entry.Status));
    }

    public static async Task<Results<Ok<LibraryCurationJson>, ProblemHttpResult>> Curate(string id, LibraryCurationRequest? req, ClaimsPrincipal user,
        UnitAccess access, LibraryService service, CancellationToken cancel)
    {
        if (!await access.IsServerAdminAsync(user, cancel)) return ApiProblems.Forbidden("Hanya admin server yang dapat mengkurasi pustaka.");
        if (req is null || (req.Hidden is null && req.Featured is null)) return ApiProblems.BadRequest("invalid_input", "Kirim hidden dan/atau featured (true/false).");
        if (await service.CanonicalIdAsync(id, cancel) is not { } canonical) return NotFound(id);
        var state = await service.CurateAsync(canonical, req.Hidden, req.Featured, cancel);
        return TypedResults.Ok(new LibraryCurationJson(canonical, state.Hidden, state.Featured, state.UsageCount));
    }

    internal static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound($"Entri pustaka \"{(id.Length > 40 ? id[..40] + "…" : id)}\" tidak ditemukan.");
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Library;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
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
/// import bundles.</summary>
public static class LibraryEndpoints
{
    private const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public static void MapLibraryEndpoints(this RouteGroupBuilder api)
    {
        var library = api.MapGroup("/library").WithTags("Pustaka").RequireAuthorization();

        library.MapGet("/", async (string? q, string? questionId, string? area, string? predikat, int? tahun, string? kind, bool? includeHidden,
            ClaimsPrincipal user, UnitAccess access, LibraryService service, CancellationToken cancel) =>
        {
            var hidden = includeHidden == true && await access.IsServerAdminAsync(user, cancel);
            var hits = await service.SearchAsync(new LibraryQuery(q, questionId, area, predikat, tahun, kind, hidden), cancel);
            return Results.Ok(new { items = hits.Select(h => Summary(h.Item, h.Relevance)), total = hits.Count });
        }).WithSummary("Cari di pustaka: teks (berimbuhan Indonesia), pertanyaan, area, predikat, tahun; diurutkan menurut kecocokan");

        library.MapPost("/anonymize", async (AnonymizeRequest? req, ClaimsPrincipal user, UnitAccess access, LibraryPublisher publisher, CancellationToken cancel) =>
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
            return Results.Ok(new { text = r.Text, replacements = r.Replacements.Select(x => new { x.Original, x.Placeholder, x.Kind, x.Start, x.Length }) });
        }).WithSummary("Pratinjau penyamaran: nama unit, nama orang, nomor SK, alamat, telepon, surel dan jumlah rupiah diganti isian (tidak disimpan)");

        // Drafts: the review step of publishing.
        library.MapPost("/drafts", async (LibraryDraftRequest? req, ClaimsPrincipal user, UnitAccess access, LibraryPublisher publisher, LibraryService service,
            AppDbContext db, CancellationToken cancel) =>
        {
            if (req?.UnitId is not { } unitId) return ApiProblems.BadRequest("invalid_input", "unitId wajib diisi: unit yang menerbitkan.");
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.Approve, cancel);
            if (problem is not null) return problem;
            if (LibraryPublisher.CheckMarks(req.Marks) is { } badMarks) return ApiProblems.BadRequest("invalid_input", badMarks);
            var options = new DraftOptions(req.Title, req.Tags, req.Anonymous == true, req.Predikat, req.Tahun, req.Marks);
            LibraryEntryEntity? draft;
            switch (req.Kind ?? LibraryKinds.Narrative)
            {
                case LibraryKinds.Narrative:
                    if (string.IsNullOrWhiteSpace(req.QuestionId)) return ApiProblems.BadRequest("invalid_input", "questionId wajib diisi untuk narasi.");
                    (draft, problem) = await publisher.NarrativeDraftAsync(member!, req.QuestionId, options, cancel);
                    break;
                case LibraryKinds.Deck:
                    DeckTemplate template;
                    if (req.TemplateId is null) template = DeckTemplate.Default;
                    else if (DeckTemplate.BuiltInIds.Contains(req.TemplateId, StringComparer.OrdinalIgnoreCase)) template = DeckTemplate.BuiltIn(req.TemplateId.ToLowerInvariant());
                    else if (await service.DeckTemplateAsync(req.TemplateId, cancel) is { } t) template = t;
                    else return ApiProblems.NotFound("Templat presentasi tidak ditemukan.");
                    (draft, problem) = await publisher.DeckDraftAsync(member!, req.DeckKind, template, options, cancel);
                    break;
                default:
                    return ApiProblems.BadRequest("invalid_input", "kind harus \"narasi\" atau \"presentasi\".");
            }
            if (problem is not null) return problem;
            return Results.Created($"/api/library/drafts/{draft!.Id}", await DraftJson(draft, db, cancel));
        }).WithSummary("Langkah 1 menerbitkan: buat draf dengan pratinjau tersamar untuk ditinjau (pimpinan atau admin unit)");

        library.MapGet("/drafts", async (Guid? unitId, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            if (unitId is not { } id) return ApiProblems.BadRequest("invalid_input", "unitId wajib diisi.");
            var (_, problem) = await access.RequireAsync(user, id, UnitPermission.Approve, cancel);
            if (problem is not null) return problem;
            var rows = await db.LibraryEntries.AsNoTracking().Where(e => e.SourceUnitId == id)
                .Select(e => new { e.Id, e.Kind, e.Status, e.Title, e.QuestionIds, e.Score, e.CreatedAt, e.PublishedAt, e.UnpublishedAt, e.SlideCount })
                .ToListAsync(cancel);
            return Results.Ok(new
            {
                items = rows.OrderByDescending(r => r.CreatedAt).Select(r => new
                {
                    id = r.Id.ToString(), r.Kind, r.Status, r.Title, questionIds = LibraryService.Split(r.QuestionIds), r.Score, r.CreatedAt, r.PublishedAt, r.UnpublishedAt, r.SlideCount,
                }),
            });
        }).WithSummary("Draf dan entri terbitan sebuah unit");

        library.MapGet("/drafts/{id:guid}", async (Guid id, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            var (draft, problem) = await DraftForAsync(id, user, access, db, cancel);
            return problem ?? Results.Ok(await DraftJson(draft!, db, cancel));
        }).WithSummary("Satu draf dengan pratinjau dan daftar penggantian");

        library.MapPut("/drafts/{id:guid}", async (Guid id, LibraryDraftEdit? req, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            LibraryPublisher publisher, CancellationToken cancel) =>
        {
            var (draft, problem) = await DraftForAsync(id, user, access, db, cancel);
            if (problem is not null) return problem;
            if (draft!.Kind != LibraryKinds.Narrative) return ApiProblems.BadRequest("invalid_input", "Hanya teks narasi yang dapat disunting; buat ulang draf presentasi.");
            if (string.IsNullOrWhiteSpace(req?.Text) && req?.Marks is not { Count: > 0 }) return ApiProblems.BadRequest("invalid_input", "text atau marks wajib diisi.");
            if (req.Text?.Length > LibraryPublisher.MaxTextChars) return ApiProblems.BadRequest("invalid_input", "Teks terlalu panjang.");
            if (LibraryPublisher.CheckMarks(req.Marks) is { } badMarks) return ApiProblems.BadRequest("invalid_input", badMarks);
            // no javascript:/data: links or remote images stored
            await publisher.UpdateTextAsync(draft, string.IsNullOrWhiteSpace(req.Text) ? null : SafeMarkdown.Clean(req.Text), req.Marks, cancel);
            return Results.Ok(await DraftJson(draft, db, cancel));
        }).WithSummary("Sunting teks draf: disamarkan ulang, kode tinjauan baru");

        library.MapPost("/drafts/{id:guid}/confirm", async (Guid id, LibraryConfirmRequest? req, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            LibraryPublisher publisher, CancellationToken cancel) =>
        {
            var (draft, problem) = await DraftForAsync(id, user, access, db, cancel);
            if (problem is not null) return problem;
            if (string.IsNullOrWhiteSpace(req?.ReviewHash))
                return ApiProblems.BadRequest("review_required", "Tinjau pratinjau tersamar terlebih dahulu, lalu kirim reviewHash pratinjau yang Anda setujui.");
            if (LibraryPublisher.CheckMarks(req.Marks) is { } badMarks) return ApiProblems.BadRequest("invalid_input", badMarks);
            var marks = req.Marks ?? [];
            if (marks.Count > 0 && draft!.Kind != LibraryKinds.Narrative)
                return ApiProblems.BadRequest("invalid_input", "Tandaan untuk presentasi dipakai saat membuat draf: buat ulang draf dengan marks tersebut, lalu tinjau lagi.");
            var expected = marks.Count > 0 ? LibraryPublisher.ReviewHashWithMarks(draft!.ReviewHash, marks) : draft!.ReviewHash;
            if (!string.Equals(req.ReviewHash, expected, StringComparison.OrdinalIgnoreCase))
                return ApiProblems.Problem(409, "review_stale", "Pratinjau yang Anda setujui bukan versi draf terakhir. Tinjau ulang draf, lalu konfirmasi lagi.",
                    new Dictionary<string, object?> { ["reviewHash"] = draft.ReviewHash });
            if (marks.Count > 0) await publisher.ApplyMarksAsync(draft, marks, cancel);
            await publisher.PublishAsync(draft, cancel);
            return Results.Ok(new { id = draft.Id.ToString(), status = draft.Status, draft.PublishedAt });
        }).WithSummary("Langkah 2 menerbitkan: konfirmasi pratinjau yang sudah ditinjau (reviewHash)");

        library.MapDelete("/drafts/{id:guid}", async (Guid id, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            var (draft, problem) = await DraftForAsync(id, user, access, db, cancel);
            if (problem is not null) return problem;
            db.LibraryEntries.Remove(draft!);
            await db.SaveChangesAsync(cancel);
            return Results.NoContent();
        }).WithSummary("Buang draf");

        // Export / import.
        library.MapGet("/export", async (string? ids, LibraryService service, AppDbContext db, HttpRequest http, CancellationToken cancel) =>
        {
            var wanted = ids?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var items = (await service.VisibleAsync(false, cancel)).Where(i => !i.BuiltIn && (wanted is null || wanted.Contains(i.Id))).ToList();
            var guids = items.Where(i => i.Kind == LibraryKinds.Deck).Select(i => Guid.Parse(i.Id)).ToList();
            var packages = await db.LibraryEntries.AsNoTracking().Where(e => guids.Contains(e.Id)).Select(e => new { e.Id, e.Package }).ToListAsync(cancel);
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var entries = new List<BundleEntry>();
            foreach (var i in items)
            {
                var file = LibraryBundle.FileNameFor(i.Id, i.Kind);
                var content = i.Kind == LibraryKinds.Deck
                    ? packages.FirstOrDefault(p => p.Id.ToString() == i.Id)?.Package
                    : System.Text.Encoding.UTF8.GetBytes(i.Markdown);
                if (content is null) continue;
                files[file] = content;
                entries.Add(new BundleEntry
                {
                    Id = i.Id, Kind = i.Kind, Title = i.Title, File = file, QuestionIds = i.QuestionIds, Areas = i.Areas, Tags = i.Tags,
                    SuggestedAnswer = i.SuggestedAnswer, SourceUnit = i.SourceUnit, Instansi = i.Instansi, Predikat = i.Predikat, Tahun = i.Tahun,
                    PublishedBy = i.PublishedBy, PublishedAt = i.PublishedAt, DeckKind = i.DeckKind, SlideCount = i.SlideCount,
                });
            }
            var bundle = LibraryBundle.Write(new BundleManifest { Source = http.Host.Value, ExportedAt = DateTimeOffset.UtcNow, Entries = entries }, files);
            return Results.File(bundle, "application/zip", $"pustaka-narrativeassist-{DateTime.UtcNow:yyyyMMdd}.zip");
        }).WithSummary("Ekspor entri terbitan sebagai bundel .zip (manifest.json dan berkas entri)").Produces(200, contentType: "application/zip");

        library.MapPost("/import", async (HttpRequest http, ClaimsPrincipal user, UnitAccess access, AppDbContext db, NarrativeChecker checker,
            LkeCatalog catalog, TimeProvider clock, ParsePool parsing, CancellationToken cancel) =>
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

            var imported = new List<string>();
            var skipped = new List<string>();
            var adminId = UnitAccess.UserId(user);
            foreach (var e in contents.Manifest.Entries)
            {
                var origin = Clip($"{contents.Manifest.Source ?? "bundel"}|{e.Id}", 300);
                var id = Guid.TryParse(e.Id, out var g) ? g : Guid.NewGuid();
                if (await db.LibraryEntries.AnyAsync(x => x.Id == id || x.ImportedFrom == origin, cancel)) { skipped.Add(e.Id); continue; }
                var questionIds = e.QuestionIds.Where(q => catalog.FindQuestion(q) is not null).Select(q => catalog.FindQuestion(q)!.Id).ToList();
                var markdown = e.Kind == LibraryKinds.Narrative ? System.Text.Encoding.UTF8.GetString(contents.Files[e.File]) : "";
                var entity = new LibraryEntryEntity
                {
                    Id = id, Kind = e.Kind, Status = LibraryKinds.Published, Title = Clip(e.Title, 300),
                    QuestionIds = string.Join(',', questionIds),
                    Areas = string.Join(',', questionIds.Count > 0 ? questionIds.Select(q => LibraryScoring.AreaOf(catalog.FindQuestion(q)!)).Distinct() : e.Areas.Where(a => a.Length <= 5).Take(10)),
                    Tags = Clip(string.Join(',', e.Tags.Select(t => t.Replace(",", " ")).Take(10)), 1000),
                    SuggestedAnswer = e.SuggestedAnswer is { Length: <= 200 } a ? a : null,
                    Markdown = SafeMarkdown.Clean(markdown.Length > LibraryPublisher.MaxTextChars ? markdown[..LibraryPublisher.MaxTextChars] : markdown),
                    DeckKind = e.DeckKind is { Length: <= 30 } dk ? dk : null,
                    Package = e.Kind == LibraryKinds.Deck ? contents.Files[e.File] : null,
                    SlideCount = e.SlideCount,
                    ReviewHash = "",
                    SourceUnit = Clip(e.SourceUnit is { Length: > 0 } su ? su : "anonim", 200),
                    Instansi = e.Instansi is null ? null : Clip(e.Instansi, 200),
                    Predikat = e.Predikat is "WBK" or "WBBM" ? e.Predikat : null,
                    Tahun = e.Tahun is >= 2000 and <= 2100 ? e.Tahun : null,
                    Origin = "impor", ImportedFrom = origin, CreatedBy = adminId,
                    PublishedByName = e.PublishedBy is null ? null : Clip(e.PublishedBy, 200),
                    CreatedAt = clock.GetUtcNow(), PublishedAt = e.PublishedAt ?? clock.GetUtcNow(),
                };
                entity.Score = e.Kind == LibraryKinds.Narrative ? LibraryScoring.Score(checker, questionIds.FirstOrDefault(), entity.Markdown, entity.SuggestedAnswer) : 0;
                entity.ReviewHash = LibraryPublisher.ReviewHash(entity);
                db.LibraryEntries.Add(entity);
                imported.Add(id.ToString());
            }
            await db.SaveChangesAsync(cancel);
            return Results.Ok(new { imported, skipped, source = contents.Manifest.Source });
        }).WithSummary("Impor bundel pustaka (.zip), diperiksa seperti unggahan lain (admin server)").DisableAntiforgery();

        // One entry, its deck file, use, unpublish, curation.
        library.MapGet("/{id}", async (string id, bool? includeHidden, ClaimsPrincipal user, UnitAccess access, LibraryService service, CancellationToken cancel) =>
        {
            var hidden = includeHidden == true && await access.IsServerAdminAsync(user, cancel);
            return await service.FindAsync(id, hidden, cancel) is { } item ? Results.Ok(Detail(item)) : NotFound(id);
        }).WithSummary("Satu entri pustaka: Markdown, HTML untuk Word, isian, asal-usul");

        library.MapGet("/{id}/pptx", async (string id, LibraryService service, CancellationToken cancel) =>
        {
            if (await service.DeckPackageAsync(id, false, cancel) is not { } deck) return NotFound(id);
            return Results.File(deck.Package, PptxType, DeckEndpoints.FileName("pustaka", deck.Item.Title, "pptx"));
        }).WithSummary("Berkas .pptx entri presentasi").Produces(200, contentType: PptxType);

        library.MapPost("/{id}/use", async (string id, LibraryService service, CancellationToken cancel) =>
        {
            if (await service.FindAsync(id, false, cancel) is not { } item) return NotFound(id);
            return Results.Ok(new { id = item.Id, uses = await service.RecordUseAsync(item.Id, cancel) });
        }).WithSummary("Catat pemakaian entri (sisip ke Word, pakai sebagai templat)");

        library.MapPost("/{id}/unpublish", async (string id, ClaimsPrincipal user, UnitAccess access, AppDbContext db, LibraryPublisher publisher, CancellationToken cancel) =>
        {
            if (!Guid.TryParse(id, out var guid))
                return id.StartsWith(LibraryKinds.BuiltInPrefix, StringComparison.OrdinalIgnoreCase)
                    ? ApiProblems.BadRequest("built_in", "Entri bawaan tidak dapat ditarik; admin dapat menyembunyikannya.")
                    : NotFound(id);
            var entry = await db.LibraryEntries.FirstOrDefaultAsync(e => e.Id == guid && e.Status == LibraryKinds.Published, cancel);
            if (entry is null) return NotFound(id);
            var admin = await access.IsServerAdminAsync(user, cancel);
            if (!admin)
            {
                if (entry.SourceUnitId is not { } unitId) return ApiProblems.Forbidden("Hanya admin server yang dapat menarik entri hasil impor.");
                var member = await access.FindAsync(user, unitId, cancel);
                if (member is null || !member.Can(UnitPermission.Approve)) return ApiProblems.Forbidden("Hanya pimpinan atau admin unit asal yang dapat menarik entri ini.");
            }
            await publisher.UnpublishAsync(entry, cancel);
            return Results.Ok(new { id = entry.Id.ToString(), status = entry.Status });
        }).WithSummary("Tarik entri terbitan (pimpinan atau admin unit asal, atau admin server)");

        library.MapPut("/{id}/curation", async (string id, LibraryCurationRequest? req, ClaimsPrincipal user, UnitAccess access, LibraryService service, CancellationToken cancel) =>
        {
            if (!await access.IsServerAdminAsync(user, cancel)) return ApiProblems.Forbidden("Hanya admin server yang dapat mengkurasi pustaka.");
            if (req is null || (req.Hidden is null && req.Featured is null)) return ApiProblems.BadRequest("invalid_input", "Kirim hidden dan/atau featured (true/false).");
            if (await service.CanonicalIdAsync(id, cancel) is not { } canonical) return NotFound(id);
            var state = await service.CurateAsync(canonical, req.Hidden, req.Featured, cancel);
            return Results.Ok(new { id = canonical, hidden = state.Hidden, featured = state.Featured, uses = state.UsageCount });
        }).WithSummary("Kurasi: sembunyikan atau unggulkan entri (admin server)");
    }

    private static object Summary(LibraryItem i, double relevance) => new
    {
        id = i.Id, kind = i.Kind, title = i.Title, questionIds = i.QuestionIds, areas = i.Areas, predikat = i.Predikat, tahun = i.Tahun, score = i.Score,
        featured = i.Featured, hidden = i.Hidden, uses = i.Uses, builtIn = i.BuiltIn, sourceUnit = i.SourceUnit, tags = i.Tags, deckKind = i.DeckKind,
        relevance,
    };

    private static object Detail(LibraryItem i) => new
    {
        id = i.Id, kind = i.Kind, title = i.Title, questionIds = i.QuestionIds, areas = i.Areas, predikat = i.Predikat, tahun = i.Tahun, score = i.Score,
        featured = i.Featured, hidden = i.Hidden, uses = i.Uses, builtIn = i.BuiltIn, tags = i.Tags,
        markdown = i.Markdown,
        html = i.Kind == LibraryKinds.Narrative ? LibraryScoring.Html(i) : null,
        placeholders = NarrativeTemplate.PlaceholdersIn(i.Markdown),
        suggestedAnswer = i.SuggestedAnswer,
        deckKind = i.DeckKind, slideCount = i.SlideCount,
        downloadUrl = i.Kind == LibraryKinds.Deck ? $"/api/library/{i.Id}/pptx" : null,
        provenance = new { sourceUnit = i.SourceUnit, instansi = i.Instansi, predikat = i.Predikat, tahun = i.Tahun, publishedBy = i.PublishedBy, publishedAt = i.PublishedAt, origin = i.Origin },
    };

    private static async Task<object> DraftJson(LibraryEntryEntity d, AppDbContext db, CancellationToken cancel)
    {
        string? original = null;
        if (d.Kind == LibraryKinds.Narrative && d.SourceUnitId is { } unitId && d.Status == LibraryKinds.Draft)
        {
            var qid = LibraryService.Split(d.QuestionIds).FirstOrDefault();
            original = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unitId && n.QuestionId == qid).Select(n => n.Text).FirstOrDefaultAsync(cancel);
        }
        return new
        {
            id = d.Id.ToString(), status = d.Status, kind = d.Kind, title = d.Title, questionIds = LibraryService.Split(d.QuestionIds), unitId = d.SourceUnitId,
            original,
            text = d.Markdown,
            html = d.Kind == LibraryKinds.Narrative ? new NarrativeTemplate(LibraryService.Split(d.QuestionIds).FirstOrDefault() ?? "", d.Title, d.SuggestedAnswer, d.SourceUnit, d.Markdown).Html : null,
            placeholders = NarrativeTemplate.PlaceholdersIn(d.Markdown),
            replacements = LibraryPublisher.DeserializeReplacements(d.Replacements),
            reviewHash = d.ReviewHash,
            score = d.Score,
            deckKind = d.DeckKind, slideCount = d.SlideCount,
            provenance = new { sourceUnit = d.SourceUnit, instansi = d.Instansi, predikat = d.Predikat, tahun = d.Tahun, publishedBy = d.PublishedByName },
        };
    }

    private static async Task<(LibraryEntryEntity? Draft, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> DraftForAsync(Guid id, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel)
    {
        var draft = await db.LibraryEntries.FirstOrDefaultAsync(e => e.Id == id && e.Status == LibraryKinds.Draft, cancel);
        if (draft?.SourceUnitId is not { } unitId) return (null, ApiProblems.NotFound("Draf tidak ditemukan."));
        var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Approve, cancel);
        if (problem is not null) return (null, problem);   // non-member 404, other roles 403
        return (draft, null);
    }

    private static IResult NotFound(string id) => ApiProblems.NotFound($"Entri pustaka \"{(id.Length > 40 ? id[..40] + "…" : id)}\" tidak ditemukan.");
    private static string Clip(string s, int max) => s.Length > max ? s[..max] : s;
}

using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Documents.Reading;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Server.Api;

/// <summary>A presentation template: built in, or a deck entry published in the library.</summary>
public sealed record DeckTemplateJson(string Id, string Name, bool BuiltIn, string? SourceUnit, string? Predikat, int? Tahun);

/// <summary>The timing check of an open presentation: per slide and in total against the limit.</summary>
public sealed record DeckTimingJson(string Kind, int LimitSeconds, int TotalSeconds, bool FitsLimit, int WordsPerMinute,
    IReadOnlyList<TimedSlide> Slides, IReadOnlyList<int> WithoutNotes, IReadOnlyList<int> OverBudget);

/// <summary>The deck engine over HTTP: the plan (timing table, warnings), the rendered .pptx and the tour .docx.</summary>
public static class DeckEndpoints
{
    private const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapDeckEndpoints(this RouteGroupBuilder api)
    {
        var decks = api.MapGroup("/decks").WithTags("Presentasi").RequireAuthorization();
        decks.MapGet("/templates", Templates).WithSummary("Templat presentasi: bawaan dan yang diterbitkan di pustaka");
        decks.MapPost("/plan", Plan).WithSummary("Rencana presentasi: salindia, naskah, perkiraan waktu, peringatan profil");
        decks.MapPost("/", Build)
            .WithSummary("Buat presentasi .pptx (JSON, atau multipart: field request, templat .pptx pada field template, foto dan logo profil pada field foto)")
            .ProducesFile(PptxType).DisableAntiforgery();
        decks.MapPost("/tour", Tour).WithSummary("Rute observasi lapangan sebagai tabel .docx yang dapat dicetak").ProducesFile(DocxType);
        decks.MapPost("/timing", Timing)
            .WithSummary("Periksa waktu presentasi yang terbuka: naskah (catatan pembicara) per salindia terhadap batas waktu")
            .DisableAntiforgery();
    }

    /// <summary>Built-in templates first, then deck entries published in the library (usable as templateId).</summary>
    public static async Task<Ok<List<DeckTemplateJson>>> Templates(Library.LibraryService library, CancellationToken cancel)
    {
        var published = (await library.VisibleAsync(includeHidden: false, cancel))
            .Where(i => i.Kind == Library.LibraryKinds.Deck && !i.BuiltIn)
            .Select(i => new DeckTemplateJson(i.Id, i.Title, false, i.SourceUnit, i.Predikat, i.Tahun));
        var builtIn = DeckTemplate.BuiltInIds.Select(id => new DeckTemplateJson(id, DeckTemplate.BuiltIn(id).Name, true, null, null, null));
        return TypedResults.Ok(builtIn.Concat(published).ToList());
    }

    public static async Task<Results<Ok<DeckPlanJson>, ProblemHttpResult>> Plan(DeckRequest? req, DeckRequestResolver resolver, LkeCatalog catalog,
        ClaimsPrincipal user, CancellationToken cancel)
    {
        var (r, problem) = await resolver.ResolveAsync(req, user, cancel);
        if (problem is not null) return problem;
        return TypedResults.Ok(DeckPlanJson.From(DeckPlanner.Plan(r!.Kind, r.Profile, catalog, r.Options)));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Build(HttpRequest http, DeckRequestResolver resolver, LkeCatalog catalog,
        ClaimsPrincipal user, Library.LibraryService library, ParsePool parsing, Evidence.EvidencePictures filedPictures, CancellationToken cancel)
    {
        var (req, upload, pictures, bodyProblem) = await ReadBodyAsync(http, cancel);
        if (bodyProblem is not null) return bodyProblem;
        var (r, problem) = await resolver.ResolveAsync(req, user, cancel);
        if (problem is not null) return problem;

        DeckTemplate? template = null;
        byte[]? uploaded = null;
        if (upload is not null)
        {
            await using var stream = upload.OpenReadStream();
            uploaded = await PackageGuard.ReadUploadAsync(stream, PackageKind.Presentation, cancel: cancel);   // too large → 413
        }
        else if (r!.TemplateId is null) template = DeckTemplate.Default;
        else if (DeckTemplate.BuiltInIds.Contains(r.TemplateId, StringComparer.OrdinalIgnoreCase)) template = DeckTemplate.BuiltIn(r.TemplateId.ToLowerInvariant());
        else if (await library.DeckTemplateAsync(r.TemplateId, cancel) is { } fromLibrary) template = fromLibrary;   // a library deck entry id
        else return ApiProblems.NotFound($"Templat presentasi \"{Short(r.TemplateId)}\" tidak ditemukan; templat bawaan: {string.Join(", ", DeckTemplate.BuiltInIds)}, atau id entri presentasi di Pustaka.");

        var plan = DeckPlanner.Plan(r!.Kind, r.Profile, catalog, r.Options);
        var images = await DeckImageUploads.ReadAsync(pictures, req?.PhotoPlaceholders == true, cancel);   // bad picture → 400/413
        // A stored profile's pictures not uploaded now are taken from the unit's evidence register (access already checked).
        if (req!.UnitId is { } unitId) await filedPictures.AddMissingAsync(unitId, r.Profile, images, cancel);
        // An uploaded template is vetted and first parsed while rendering: both under the parse budget (rejected → 4xx).
        var deck = uploaded is null ? DeckRenderer.Render(plan, template!, DeckTokens.From(r.Profile), images)
            : await parsing.RunAsync("templat presentasi", c => DeckRenderer.Render(plan, DeckTemplate.FromPackage(uploaded, upload!.FileName, cancel: c), DeckTokens.From(r.Profile), images), cancel);
        var headers = http.HttpContext.Response.Headers;
        headers["X-Deck-Total-Seconds"] = plan.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["X-Deck-Slides"] = deck.SlideCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The fit report in short (slides whose text fits / slides, continuation slides added); the CLI prints it in full.
        headers["X-Deck-Fit"] = $"{deck.Fit.Count(f => f.Fits)}/{deck.Fit.Count}; lanjutan {deck.Fit.Count(f => f.Title.EndsWith("(lanjutan)", StringComparison.Ordinal))}";
        return TypedResults.File(deck.Pptx, PptxType, FileName(plan.Kind.ToKey(), plan.UnitName, "pptx"));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Tour(DeckRequest? req, DeckRequestResolver resolver, ClaimsPrincipal user,
        CancellationToken cancel)
    {
        var (r, problem) = await resolver.ResolveAsync(req, user, cancel, kindRequired: false);
        if (problem is not null) return problem;
        var tour = TourPlan.From(r!.Profile);
        if (tour.Stops.Count == 0)
            return ApiProblems.BadRequest("no_rooms", "Profil unit belum memiliki ruangan (bagian ruangan: nama, pic, poin).");
        using var buffer = new MemoryStream();
        TourDocumentWriter.Write(tour, buffer);
        return TypedResults.File(buffer.ToArray(), DocxType, FileName("rute-observasi", tour.UnitName, "docx"));
    }

    /// <summary>The timing check of a presentation the user has open: its file (multipart field "file", or the raw
    /// .pptx as the body) → per-slide speaking time from the speaker notes, against the limit of the deck kind.</summary>
    public static async Task<Results<Ok<DeckTimingJson>, ProblemHttpResult>> Timing(HttpRequest http, string? kind, int? limitMinutes, int? wordsPerMinute,
        ParsePool parsing, CancellationToken cancel)
    {
        var deckKind = DeckKind.WawancaraVirtual;
        if (kind is not null && !DeckKinds.TryParse(kind, out deckKind))
            return ApiProblems.BadRequest("invalid_input", $"kind harus {string.Join(" atau ", DeckKinds.Keys)}.");
        var options = wordsPerMinute is { } wpm ? new DeckOptions { WordsPerMinute = wpm } : new DeckOptions();
        var limit = limitMinutes is { } m ? m * 60 : options.LimitFor(deckKind);
        options = options.WithLimit(deckKind, limit);
        if (options.Validate() is { Count: > 0 } errors) return ApiProblems.BadRequest("invalid_input", string.Join("; ", errors) + ".");

        byte[] package;
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancel);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null) return ApiProblems.BadRequest("invalid_input", "Unggah presentasi .pptx pada field \"file\".");
            await using var stream = file.OpenReadStream();
            package = await PackageGuard.ReadUploadAsync(stream, PackageKind.Presentation, cancel: cancel);
        }
        else if (http.ContentType?.StartsWith(PptxType, StringComparison.OrdinalIgnoreCase) == true
                 || http.ContentType?.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) == true)
            package = await PackageGuard.ReadUploadAsync(http.Body, PackageKind.Presentation, cancel: cancel);
        else return ApiProblems.Problem(415, "unsupported_media_type", "Unggah presentasi .pptx (multipart/form-data, field \"file\").");

        var slides = await parsing.RunAsync("presentasi", c => PresentationReader.Read(package, null, c), cancel);
        var report = PresentationTiming.Check(slides, limit, options);
        return TypedResults.Ok(new DeckTimingJson(deckKind.ToKey(), report.LimitSeconds, report.TotalSeconds, report.FitsLimit, report.WordsPerMinute,
            report.Slides, report.WithoutNotes, report.OverBudget));
    }

    /// <summary>JSON body, or multipart with the JSON in field "request", an optional template file in "template" and
    /// the profile's pictures in "foto" (each named as the profile names it, or by its file name).</summary>
    private static async Task<(DeckRequest? Request, IFormFile? Template, IReadOnlyList<IFormFile> Pictures, ProblemHttpResult? Problem)> ReadBodyAsync(
        HttpRequest http, CancellationToken cancel)
    {
        try
        {
            if (http.HasFormContentType)
            {
                var form = await http.ReadFormAsync(cancel);
                var json = form["request"].ToString();
                if (string.IsNullOrWhiteSpace(json))
                    return (null, null, [], ApiProblems.BadRequest("invalid_input", "Field \"request\" (JSON: kind, profile atau unitId) wajib diisi."));
                return (JsonSerializer.Deserialize<DeckRequest>(json, ServerJson.Options), form.Files.GetFile("template"), form.Files.GetFiles(DeckImageUploads.Field), null);
            }
            if (http.HasJsonContentType()) return (await http.ReadFromJsonAsync<DeckRequest>(ServerJson.Options, cancel), null, [], null);
            return (null, null, [], ApiProblems.Problem(415, "unsupported_media_type", "Kirim JSON, atau formulir multipart dengan field request, template dan foto."));
        }
        catch (JsonException j)
        {
            return (null, null, [], ApiProblems.BadRequest("bad_request",
                $"JSON tidak valid{(j.Path is { Length: > 0 } p ? $" pada {p}" : "")}: periksa tanda kurung, koma, tanda kutip dan jenis nilainya."));
        }
    }

    /// <summary>"wawancara-virtual-kppn-contoh.pptx": ASCII, no spaces, safe in every browser and file system.</summary>
    internal static string FileName(string prefix, string unit, string extension)
    {
        var slug = new string(unit.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray());
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return $"{prefix}{(slug.Length > 0 ? "-" + slug : "")}.{extension}";
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

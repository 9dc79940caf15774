using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Library;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

/// <summary>Publishing to the library in two steps: a draft with an anonymised preview, reviewed and edited, then
/// confirmed by the hash of the preview the reviewer saw. Pimpinan or admin of the source unit only.</summary>
public static class LibraryDraftEndpoints
{
    public static void Map(RouteGroupBuilder library)
    {
        library.MapPost("/drafts", Create).WithSummary("Langkah 1 menerbitkan: buat draf dengan pratinjau tersamar untuk ditinjau (pimpinan atau admin unit)");
        library.MapGet("/drafts", OfUnit).WithSummary("Draf dan entri terbitan sebuah unit");
        library.MapGet("/drafts/{id:guid}", Read).WithSummary("Satu draf dengan pratinjau dan daftar penggantian");
        library.MapPut("/drafts/{id:guid}", Edit).WithSummary("Sunting teks draf: disamarkan ulang, kode tinjauan baru");
        library.MapPost("/drafts/{id:guid}/confirm", Confirm).WithSummary("Langkah 2 menerbitkan: konfirmasi pratinjau yang sudah ditinjau (reviewHash)");
        library.MapDelete("/drafts/{id:guid}", Discard).WithSummary("Buang draf");
    }

    public static async Task<Results<Created<LibraryDraftJson>, ProblemHttpResult>> Create(LibraryDraftRequest? req, ClaimsPrincipal user, UnitAccess access,
        LibraryPublisher publisher, LibraryService service, LibraryDrafts drafts, CancellationToken cancel)
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
        return TypedResults.Created($"/api/library/drafts/{draft!.Id}", await drafts.JsonAsync(draft, cancel));
    }

    public static async Task<Results<Ok<LibraryDraftListJson>, ProblemHttpResult>> OfUnit(Guid? unitId, ClaimsPrincipal user, UnitAccess access,
        LibraryDrafts drafts, CancellationToken cancel)
    {
        if (unitId is not { } id) return ApiProblems.BadRequest("invalid_input", "unitId wajib diisi.");
        var (_, problem) = await access.RequireAsync(user, id, UnitPermission.Approve, cancel);
        if (problem is not null) return problem;
        return TypedResults.Ok(new LibraryDraftListJson(await drafts.OfUnitAsync(id, cancel)));
    }

    public static async Task<Results<Ok<LibraryDraftJson>, ProblemHttpResult>> Read(Guid id, ClaimsPrincipal user, LibraryDrafts drafts, CancellationToken cancel)
    {
        var (draft, problem) = await drafts.ForReviewAsync(id, user, cancel);
        if (problem is not null) return problem;
        return TypedResults.Ok(await drafts.JsonAsync(draft!, cancel));
    }

    public static async Task<Results<Ok<LibraryDraftJson>, ProblemHttpResult>> Edit(Guid id, LibraryDraftEdit? req, ClaimsPrincipal user, LibraryDrafts drafts,
        LibraryPublisher publisher, CancellationToken cancel)
    {
        var (draft, problem) = await drafts.ForReviewAsync(id, user, cancel);
        if (problem is not null) return problem;
        if (draft!.Kind != LibraryKinds.Narrative) return ApiProblems.BadRequest("invalid_input", "Hanya teks narasi yang dapat disunting; buat ulang draf presentasi.");
        if (string.IsNullOrWhiteSpace(req?.Text) && req?.Marks is not { Count: > 0 }) return ApiProblems.BadRequest("invalid_input", "text atau marks wajib diisi.");
        if (req.Text?.Length > LibraryPublisher.MaxTextChars) return ApiProblems.BadRequest("invalid_input", "Teks terlalu panjang.");
        if (LibraryPublisher.CheckMarks(req.Marks) is { } badMarks) return ApiProblems.BadRequest("invalid_input", badMarks);
        // no javascript:/data: links or remote images stored
        await publisher.UpdateTextAsync(draft, string.IsNullOrWhiteSpace(req.Text) ? null : SafeMarkdown.Clean(req.Text), req.Marks, cancel);
        return TypedResults.Ok(await drafts.JsonAsync(draft, cancel));
    }

    public static async Task<Results<Ok<LibraryPublishedJson>, ProblemHttpResult>> Confirm(Guid id, LibraryConfirmRequest? req, ClaimsPrincipal user,
        LibraryDrafts drafts, LibraryPublisher publisher, CancellationToken cancel)
    {
        var (draft, problem) = await drafts.ForReviewAsync(id, user, cancel);
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
        return TypedResults.Ok(new LibraryPublishedJson(draft.Id.ToString(), draft.Status, draft.PublishedAt));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Discard(Guid id, ClaimsPrincipal user, LibraryDrafts drafts, CancellationToken cancel)
    {
        var (draft, problem) = await drafts.ForReviewAsync(id, user, cancel);
        if (problem is not null) return problem;
        await drafts.DeleteAsync(draft!, cancel);
        return TypedResults.NoContent();
    }
}

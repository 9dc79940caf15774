using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Library;

/// <summary>The drafts of publishing: who may review one (pimpinan or admin of its unit), a unit's list, and a draft
/// with the unit's original text beside it.</summary>
public sealed class LibraryDrafts(AppDbContext db, UnitAccess access)
{
    /// <summary>The draft when the caller may review it: not a draft → 404, non-member of its unit 404, other roles 403.</summary>
    public async Task<(LibraryEntryEntity? Draft, ProblemHttpResult? Problem)> ForReviewAsync(Guid id, ClaimsPrincipal user, CancellationToken cancel)
    {
        var draft = await db.LibraryEntries.FirstOrDefaultAsync(e => e.Id == id && e.Status == LibraryKinds.Draft, cancel);
        if (draft?.SourceUnitId is not { } unitId) return (null, ApiProblems.NotFound("Draf tidak ditemukan."));
        var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Approve, cancel);
        return problem is not null ? (null, problem) : (draft, null);
    }

    public async Task<List<LibraryDraftSummaryJson>> OfUnitAsync(Guid unitId, CancellationToken cancel)
    {
        var rows = await db.LibraryEntries.AsNoTracking().Where(e => e.SourceUnitId == unitId)
            .Select(e => new { e.Id, e.Kind, e.Status, e.Title, e.QuestionIds, e.Score, e.CreatedAt, e.PublishedAt, e.UnpublishedAt, e.SlideCount })
            .ToListAsync(cancel);
        return rows.OrderByDescending(r => r.CreatedAt).Select(r => new LibraryDraftSummaryJson(r.Id.ToString(), r.Kind, r.Status, r.Title,
            LibraryService.Split(r.QuestionIds), r.Score, r.CreatedAt, r.PublishedAt, r.UnpublishedAt, r.SlideCount)).ToList();
    }

    /// <summary>The draft as the reviewer sees it; a narrative draft shows the unit's current text beside the anonymised one.</summary>
    public async Task<LibraryDraftJson> JsonAsync(LibraryEntryEntity d, CancellationToken cancel)
    {
        string? original = null;
        if (d.Kind == LibraryKinds.Narrative && d.SourceUnitId is { } unitId && d.Status == LibraryKinds.Draft)
        {
            var qid = LibraryService.Split(d.QuestionIds).FirstOrDefault();
            original = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unitId && n.QuestionId == qid).Select(n => n.Text).FirstOrDefaultAsync(cancel);
        }
        return LibraryDraftJson.From(d, original);
    }

    public async Task DeleteAsync(LibraryEntryEntity draft, CancellationToken cancel)
    {
        db.LibraryEntries.Remove(draft);
        await db.SaveChangesAsync(cancel);
    }
}

using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Server.Profiles;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Narratives;

public enum SaveKind { Created, Updated, PreconditionRequired, PreconditionFailed }

public sealed record SaveOutcome(SaveKind Kind, NarrativeEntity? Row, QuestionJson? Result);

/// <summary>Saves a narrative as a new version with its revision, checked on the way in. The version column is the
/// database concurrency token, so a race the If-Match comparison cannot see (two saves of the same version at once)
/// still ends with one winner and one 412.</summary>
public sealed class NarrativeStore(AppDbContext db, NarrativeChecker checker, ProfileLoader profiles, TimeProvider time)
{
    /// <summary>A version as an entity tag: what GET sends and what a save or approval must name in If-Match.</summary>
    public static string ETagOf(int version) => $"\"v{version}\"";

    public async Task<SaveOutcome> SaveAsync(Guid unitId, Question q, string text, string? answer, string ifMatch, Guid userId, CancellationToken cancel)
    {
        answer = string.IsNullOrWhiteSpace(answer) ? null : Domain.Scoring.AnswerParser.Parse(q, answer).ToString();
        var result = checker.Check(q.Id, text, answer, await profiles.ForUnitAsync(unitId, cancel));
        var row = await db.Narratives.FirstOrDefaultAsync(n => n.UnitId == unitId && n.QuestionId == q.Id, cancel);
        var now = time.GetUtcNow();
        if (row is null)
        {
            if (ifMatch.Length > 0 && ifMatch != "*") return new SaveOutcome(SaveKind.PreconditionFailed, null, null);
            row = new NarrativeEntity { UnitId = unitId, QuestionId = q.Id, Version = 1 };
            Apply(row, text, answer, result, userId, now);
            db.Narratives.Add(row);
            db.NarrativeRevisions.Add(Revision(row));
            try
            {
                await db.SaveChangesAsync(cancel);
                return new SaveOutcome(SaveKind.Created, row, QuestionJson.From(result));
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Created by someone else meanwhile: the same answer as if their save had come first.
                var conflict = await ConflictAsync(unitId, q.Id, cancel);
                return ifMatch.Length == 0 ? conflict with { Kind = SaveKind.PreconditionRequired } : conflict;
            }
        }
        if (ifMatch.Length == 0) return new SaveOutcome(SaveKind.PreconditionRequired, row, null);
        if (ifMatch != "*" && !ifMatch.Split(',').Select(t => t.Trim()).Contains(ETagOf(row.Version)))
            return new SaveOutcome(SaveKind.PreconditionFailed, row, null);
        row.Version++;
        Apply(row, text, answer, result, userId, now);
        db.NarrativeRevisions.Add(Revision(row));
        try
        {
            await db.SaveChangesAsync(cancel);
            return new SaveOutcome(SaveKind.Updated, row, QuestionJson.From(result));
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // Someone saved a newer version between our read and our write (version token or revision key): a conflict,
            // never a silent overwrite. Any other failure is not a race and surfaces as a server error.
            return await ConflictAsync(unitId, q.Id, cancel);
        }
    }

    /// <summary>Sets only the answer (bulk answers), as a new version; creates the row when absent.</summary>
    public async Task SetAnswerAsync(Guid unitId, Question q, string? answer, Guid userId, CancellationToken cancel)
    {
        var row = await db.Narratives.FirstOrDefaultAsync(n => n.UnitId == unitId && n.QuestionId == q.Id, cancel);
        if (row is null)
        {
            row = new NarrativeEntity { UnitId = unitId, QuestionId = q.Id, Version = 0 };
            db.Narratives.Add(row);
        }
        if (row.Answer == answer) return;
        row.Version++;
        var result = checker.Check(q.Id, row.Text, answer, null);
        Apply(row, row.Text, answer, result, userId, time.GetUtcNow());
        db.NarrativeRevisions.Add(Revision(row));
    }

    private async Task<SaveOutcome> ConflictAsync(Guid unitId, string questionId, CancellationToken cancel)
    {
        db.ChangeTracker.Clear();
        var current = await db.Narratives.AsNoTracking().FirstOrDefaultAsync(n => n.UnitId == unitId && n.QuestionId == questionId, cancel);
        return new SaveOutcome(SaveKind.PreconditionFailed, current, null);
    }

    private static void Apply(NarrativeEntity row, string text, string? answer, QuestionResult result, Guid userId, DateTimeOffset now)
    {
        row.Text = text;
        row.Answer = answer;
        row.Status = result.Status.Name();
        row.Score = result.Score;
        row.UpdatedAt = now;
        row.UpdatedBy = userId;
        row.ApprovedAt = null; // a changed narrative needs approval again
        row.ApprovedBy = null;
    }

    private static NarrativeRevision Revision(NarrativeEntity row) => new()
    {
        UnitId = row.UnitId, QuestionId = row.QuestionId, Version = row.Version, Text = row.Text, Answer = row.Answer,
        SavedAt = row.UpdatedAt, SavedBy = row.UpdatedBy,
    };
}

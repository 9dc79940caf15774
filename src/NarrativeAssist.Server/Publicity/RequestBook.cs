using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Publicity;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Publicity;

/// <summary>Open and overdue requests of a unit on a day, for the dashboard and the weekly snapshot.</summary>
public sealed record RequestCounts(int Open, int Overdue, int DueSoon);

/// <summary>The requests from the Kanwil and head office of a unit in the database. Knows nothing of HTTP.</summary>
public sealed class RequestBook(AppDbContext db, TimeProvider time)
{
    public const int MaxPerUnit = 2_000;

    public DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(PublicationLinks.UnitOffset).DateTime);

    public Task<List<DocumentRequestEntity>> ListAsync(Guid unitId, CancellationToken cancel) =>
        db.DocumentRequests.AsNoTracking().Where(r => r.UnitId == unitId).OrderBy(r => r.DueDate).ThenBy(r => r.Title).ToListAsync(cancel);

    public Task<DocumentRequestEntity?> FindAsync(Guid unitId, Guid id, CancellationToken cancel) =>
        db.DocumentRequests.FirstOrDefaultAsync(r => r.Id == id && r.UnitId == unitId, cancel);

    public async Task<bool> FullAsync(Guid unitId, CancellationToken cancel) =>
        await db.DocumentRequests.CountAsync(r => r.UnitId == unitId, cancel) >= MaxPerUnit;

    public async Task<DocumentRequestEntity> AddAsync(Guid unitId, Guid by, DocumentRequest request, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        var e = new DocumentRequestEntity { Id = Guid.NewGuid(), UnitId = unitId, Title = "", Requester = "", Status = "", CreatedAt = now, CreatedBy = by };
        Apply(e, request);
        db.DocumentRequests.Add(e);
        await db.SaveChangesAsync(cancel);
        return e;
    }

    public async Task UpdateAsync(DocumentRequestEntity e, DocumentRequest request, CancellationToken cancel)
    {
        Apply(e, request);
        await db.SaveChangesAsync(cancel);
    }

    public async Task DeleteAsync(DocumentRequestEntity e, CancellationToken cancel)
    {
        db.DocumentRequests.Remove(e);
        await db.SaveChangesAsync(cancel);
    }

    public static async Task<RequestCounts> CountsAsync(AppDbContext db, Guid unitId, DateOnly today, CancellationToken cancel)
    {
        var open = (await db.DocumentRequests.AsNoTracking().Where(r => r.UnitId == unitId).ToListAsync(cancel))
            .Select(ToDomain).Where(r => r.Status.IsOpen()).Select(r => RequestReminder.For(r, today)).ToList();
        return new RequestCounts(open.Count, open.Count(r => r.Level == ReminderLevel.Overdue), open.Count(r => r.Level == ReminderLevel.DueSoon));
    }

    public static DocumentRequest ToDomain(DocumentRequestEntity e) =>
        new(e.Title, e.Requester, e.DueDate, e.PersonInCharge, RequestStatuses.Parse(e.Status) ?? RequestStatus.New, e.Delivered);

    private void Apply(DocumentRequestEntity e, DocumentRequest r)
    {
        var wasDelivered = e.Status == RequestStatus.Delivered.Code();
        e.Title = r.Title.Length > 300 ? r.Title[..299] + "…" : r.Title;
        e.Requester = r.Requester;
        e.DueDate = r.DueDate;
        e.PersonInCharge = r.PersonInCharge;
        e.Status = r.Status.Code();
        e.Delivered = r.Delivered;
        // The day it went out, so the weekly meeting can tell "delivered late" from "delivered on time".
        if (r.Status == RequestStatus.Delivered && !wasDelivered) e.DeliveredOn = Today();
        if (r.Status != RequestStatus.Delivered) e.DeliveredOn = null;
        e.UpdatedAt = time.GetUtcNow();
    }
}

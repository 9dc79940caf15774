using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Publicity;
using NarrativeAssist.Server.Progress;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Publicity;

/// <summary>The leader's weekly meeting: this week's figures (stored as the week's snapshot), last week's snapshot,
/// the open requests and the publicity rhythm, summarised by <see cref="WeeklyMeeting"/>.</summary>
public sealed class MeetingService(AppDbContext db, ProgressService progress, PublicationLog log, RequestBook requests)
{
    public async Task<WeeklyMeeting> SummaryAsync(Guid unitId, CancellationToken cancel)
    {
        var now = await progress.SnapshotAsync(unitId, cancel);
        var history = await progress.HistoryAsync(unitId, cancel);
        var today = log.Today();
        var week = history.Count > 0 ? history[^1].Week : "";
        var last = history.Count > 1 ? history[^2] : null;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var published = await db.Publications.CountAsync(p => p.UnitId == unitId && p.Date >= monday && p.Date <= today, cancel);
        var counts = await RequestBook.CountsAsync(db, unitId, today, cancel);
        var open = (await requests.ListAsync(unitId, cancel)).Select(r => (Entity: r, Request: RequestBook.ToDomain(r)))
            .Where(r => r.Request.Status.IsOpen())
            .Select(r => new MeetingRequest(r.Entity.Title, r.Entity.Requester, r.Entity.DueDate, r.Entity.PersonInCharge, r.Request.Status.Label(),
                RequestReminder.For(r.Request, today).Text))
            .ToList();
        var name = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Nama).FirstOrDefaultAsync(cancel) ?? "Unit";
        var thisWeek = new MeetingFigures(now.Answered, now.Strong, now.Total, now.Areas.Sum(a => a.WithEvidence), published, counts.Open, counts.Overdue);
        var lastWeek = last is null ? null
            : new MeetingFigures(last.Answered, last.Strong, last.Total, last.Areas.Sum(a => a.WithEvidence), last.Publications, last.OpenRequests, last.OverdueRequests);
        return WeeklyMeeting.Build(name, week.Length > 0 ? week : ProgressService.IsoWeek(DateTimeOffset.UtcNow), today, thisWeek, lastWeek, open,
            await log.ReportAsync(unitId, null, cancel));
    }
}

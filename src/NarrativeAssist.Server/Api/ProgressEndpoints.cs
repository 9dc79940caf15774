using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Domain.Publicity;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Progress;
using NarrativeAssist.Server.Publicity;

namespace NarrativeAssist.Server.Api;

/// <summary>The publicity figures of the weekly dashboard (issue 18): days since the unit was last in the media (null:
/// never), days of the last seven with an integrity message and how many messages, the unit's own channels that went
/// quiet (codes), and publications of the last seven days.</summary>
public sealed record PublicityFigures(int? DaysSinceMedia, int MediaTargetDays, int IntegrityDaysLast7, int IntegrityMessagesLast7,
    IReadOnlyList<string> QuietChannels, int PublicationsLast7);

/// <summary>Coverage and status now (stored as this week's snapshot) and the weeks before; the publicity figures and
/// the requests that need a reminder (due within three days or overdue).</summary>
public sealed record ProgressJson(ProgressNow Now, IReadOnlyList<WeekProgress> History, PublicityFigures Publicity, IReadOnlyList<RequestItem> Reminders);

public static class ProgressEndpoints
{
    public static void MapProgressEndpoints(this RouteGroupBuilder unit) =>
        unit.MapGet("/progress", Read).RequireUnit(UnitPermission.Read)
            .WithTags("Kemajuan").WithSummary("Cakupan dan status sekarang, riwayat mingguan, angka publikasi dan pengingat permintaan");

    public static async Task<Ok<ProgressJson>> Read(UnitContext unit, ProgressService progress, PublicationLog log, RequestBook requests,
        CancellationToken cancel)
    {
        var now = await progress.SnapshotAsync(unit.UnitId, cancel);
        var report = await log.ReportAsync(unit.UnitId, null, cancel);
        var weekAgo = report.Today.AddDays(-6);
        var lastWeek = report.Channels.Sum(c => c.Track.Days.Where(d => d.Date >= weekAgo).Sum(d => d.Count));
        var figures = new PublicityFigures(report.DaysSinceMedia, report.Targets.MediaMaxGapDays, report.IntegrityDaysLast7, report.IntegrityMessagesLast7,
            report.QuietChannels.Select(c => c.Code()).ToList(), lastWeek);
        var today = requests.Today();
        var reminders = (await requests.ListAsync(unit.UnitId, cancel)).Select(r => RequestEndpoints.Item(r, today))
            .Where(r => r.Reminder.Level != "tidak-ada").ToList();
        return TypedResults.Ok(new ProgressJson(now, await progress.HistoryAsync(unit.UnitId, cancel), figures, reminders));
    }
}

using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Progress;

/// <summary>Keeps each unit's snapshot of the current ISO week up to date (hourly), so the weekly history has a row
/// for every week even when nobody opened the dashboard.</summary>
public sealed class WeeklySnapshotService(IServiceScopeFactory scopes, TimeProvider time, ILogger<WeeklySnapshotService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var progress = scope.ServiceProvider.GetRequiredService<ProgressService>();
                foreach (var unitId in await db.Units.AsNoTracking().Select(u => u.Id).ToListAsync(stop))
                    await progress.SnapshotAsync(unitId, stop);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Weekly snapshot failed; retrying next hour");
            }
        } while (await timer.WaitForNextTickAsync(stop));
    }
}

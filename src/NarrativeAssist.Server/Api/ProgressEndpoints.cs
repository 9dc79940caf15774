using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Progress;

namespace NarrativeAssist.Server.Api;

/// <summary>Coverage and status now (stored as this week's snapshot) and the weeks before.</summary>
public sealed record ProgressJson(ProgressNow Now, IReadOnlyList<WeekProgress> History);

public static class ProgressEndpoints
{
    public static void MapProgressEndpoints(this RouteGroupBuilder unit) =>
        unit.MapGet("/progress", Read).RequireUnit(UnitPermission.Read)
            .WithTags("Kemajuan").WithSummary("Cakupan dan status sekarang, dan riwayat mingguan");

    public static async Task<Ok<ProgressJson>> Read(UnitContext unit, ProgressService progress, CancellationToken cancel)
    {
        var now = await progress.SnapshotAsync(unit.UnitId, cancel);
        return TypedResults.Ok(new ProgressJson(now, await progress.HistoryAsync(unit.UnitId, cancel)));
    }
}

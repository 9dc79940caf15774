using System.Security.Claims;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Progress;

namespace NarrativeAssist.Server.Api;

public static class ProgressEndpoints
{
    public static void MapProgressEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/units/{unitId:guid}/progress", async (Guid unitId, ClaimsPrincipal user, UnitAccess access, ProgressService progress, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            var now = await progress.SnapshotAsync(unitId, cancel);
            return Results.Ok(new { now, history = await progress.HistoryAsync(unitId, cancel) });
        }).WithTags("Kemajuan").WithSummary("Cakupan dan status sekarang, dan riwayat mingguan").RequireAuthorization();
    }
}

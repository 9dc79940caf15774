using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

internal static class HealthEndpoint
{
    /// <summary>200 when the database answers, 503 otherwise.</summary>
    public static async Task<IResult> Handle(AppDbContext db, CancellationToken cancel) =>
        await db.Database.CanConnectAsync(cancel)
            ? Results.Ok(new { status = "sehat" })
            : ApiProblems.Problem(503, "unhealthy", "Basis data tidak dapat dihubungi.");
}

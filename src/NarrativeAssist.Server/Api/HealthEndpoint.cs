using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record HealthJson(string Status);

internal static class HealthEndpoint
{
    /// <summary>200 when the database answers, 503 otherwise.</summary>
    public static async Task<Results<Ok<HealthJson>, ProblemHttpResult>> Handle(AppDbContext db, CancellationToken cancel) =>
        await db.Database.CanConnectAsync(cancel)
            ? TypedResults.Ok(new HealthJson("sehat"))
            : ApiProblems.Problem(503, "unhealthy", "Basis data tidak dapat dihubungi.");
}

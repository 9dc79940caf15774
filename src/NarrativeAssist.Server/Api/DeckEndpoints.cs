using System.Security.Claims;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Server.Api;

/// <summary>The deck engine over HTTP: the plan (timing table, warnings) and the rendered .pptx and tour .docx.</summary>
public static class DeckEndpoints
{
    public static void MapDeckEndpoints(this RouteGroupBuilder api)
    {
        var decks = api.MapGroup("/decks").WithTags("Presentasi").RequireAuthorization();

        decks.MapPost("/plan", async (DeckRequest? req, DeckRequestResolver resolver, LkeCatalog catalog, ClaimsPrincipal user, CancellationToken cancel) =>
        {
            var (r, problem) = await resolver.ResolveAsync(req, user, cancel);
            if (problem is not null) return problem;
            return Results.Ok(DeckPlanJson.From(DeckPlanner.Plan(r!.Kind, r.Profile, catalog, r.Options)));
        }).WithSummary("Rencana presentasi: salindia, naskah, perkiraan waktu, peringatan profil").Produces<DeckPlanJson>();
    }
}

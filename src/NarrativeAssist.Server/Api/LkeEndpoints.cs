using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Server.Api;

public static class LkeEndpoints
{
    public static void MapLkeEndpoints(this RouteGroupBuilder api)
    {
        // The catalog never changes while the server runs: serialise it once.
        api.MapGet("/lke", (RuleBook book) => Results.Text(Cached(book), "application/json"))
            .WithTags("LKE").WithSummary("Katalog LKE dan checklist setiap pertanyaan").AllowAnonymous()
            .Produces<CatalogJson>();
    }

    private static string? _json;
    private static string Cached(RuleBook book) => _json ??= JsonContract.Serialize(CatalogJson.From(book));
}

using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Server.Api;

public static class LkeEndpoints
{
    public static void MapLkeEndpoints(this RouteGroupBuilder api)
    {
        // The catalog never changes while the server runs: serialise it once.
        api.MapGet("/lke", Catalog)
            .WithTags("LKE").WithSummary("Katalog LKE dan checklist setiap pertanyaan").AllowAnonymous()
            .Produces<CatalogJson>();
    }

    /// <summary>Written as text: the contract's own serialisation (JsonContract), described as <see cref="CatalogJson"/>.</summary>
    public static ContentHttpResult Catalog(RuleBook book) => TypedResults.Text(Cached(book), "application/json");

    private static string? _json;
    private static string Cached(RuleBook book) => _json ??= JsonContract.Serialize(CatalogJson.From(book));
}

namespace NarrativeAssist.Server.Auth;

/// <summary>The permission an endpoint under <c>/api/units/{unitId}</c> requires, declared as endpoint metadata.</summary>
public sealed record RequiredUnitPermission(UnitPermission Permission);

/// <summary>One door for unit access: <c>/api/units/{unitId:guid}</c> with <see cref="UnitAccessFilter"/>, and the
/// declaration every endpoint behind it must carry (<see cref="RequireUnit{TBuilder}"/>).</summary>
public static class UnitRouteGroup
{
    public const string Pattern = "/units/{unitId:guid}";

    /// <summary>The unit group under <paramref name="api"/>: signed-in callers only, membership and role checked
    /// once per request by the filter. An endpoint mapped here without <c>RequireUnit</c> stops the app at start-up,
    /// so a forgotten declaration cannot become an open door.</summary>
    public static RouteGroupBuilder MapUnitGroup(this RouteGroupBuilder api)
    {
        var unit = api.MapGroup(Pattern).RequireAuthorization();
        unit.AddEndpointFilter<UnitAccessFilter>();
        ((IEndpointConventionBuilder)unit).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<RequiredUnitPermission>().Any()) return;
            throw new InvalidOperationException(
                $"Endpoint {endpoint.DisplayName} ada di bawah {Pattern} tanpa RequireUnit(UnitPermission…): nyatakan izin yang diperlukan.");
        });
        return unit;
    }

    /// <summary>The permission the caller needs in the unit; the filter answers 404 to non-members and 403 to members
    /// without it.</summary>
    public static TBuilder RequireUnit<TBuilder>(this TBuilder builder, UnitPermission permission) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredUnitPermission(permission));
}

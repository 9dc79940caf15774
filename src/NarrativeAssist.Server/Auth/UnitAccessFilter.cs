namespace NarrativeAssist.Server.Auth;

/// <summary>The unit group's filter: resolves the caller's membership and role once, answers 404 (a unit's existence
/// is not disclosed) or 403 through <see cref="UnitAccess"/>, and otherwise admits the request's
/// <see cref="UnitContext"/> for the handler.</summary>
public sealed class UnitAccessFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // The last declaration wins, so an endpoint can tighten what its group declared.
        var required = http.GetEndpoint()?.Metadata.GetOrderedMetadata<RequiredUnitPermission>().LastOrDefault()
            ?? throw new InvalidOperationException("Endpoint unit tanpa RequireUnit(...)."); // MapUnitGroup refuses these at start-up
        var unitId = Guid.Parse((string)http.GetRouteValue("unitId")!); // the route constraint {unitId:guid} already matched
        var services = http.RequestServices;
        var (member, problem) = await services.GetRequiredService<UnitAccess>().RequireAsync(http.User, unitId, required.Permission, http.RequestAborted);
        if (problem is not null) return problem;
        services.GetRequiredService<UnitContext>().Admit(member!);
        return await next(context);
    }
}

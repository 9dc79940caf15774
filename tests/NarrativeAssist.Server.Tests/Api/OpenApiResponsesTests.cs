using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NarrativeAssist.Server.Auth;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>Issue #17: every unit endpoint goes through the unit door.</summary>
[Collection("api")]
public class OpenApiResponsesTests(SharedServer s)
{
    [Fact]
    public void Every_endpoint_under_a_unit_route_goes_through_the_unit_door()
    {
        var endpoints = s.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/units/{unitId", StringComparison.Ordinal)).ToList();
        endpoints.Should().HaveCountGreaterThan(20);

        endpoints.Where(e => e.Metadata.GetMetadata<RequiredUnitPermission>() is null).Select(e => e.DisplayName)
            .Should().BeEmpty("a unit endpoint maps on MapUnitGroup() and declares RequireUnit(…), so membership is checked by the filter");
    }
}

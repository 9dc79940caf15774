using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NarrativeAssist.Server.Auth;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>Issue #17: the unit route group is the one door for unit access. An endpoint behind it must declare the
/// permission it needs; one that does not must stop the app instead of answering every member.</summary>
public class UnitDoorTests
{
    [Fact]
    public void An_endpoint_in_the_unit_group_without_a_declared_permission_stops_the_app()
    {
        var app = WebApplication.CreateBuilder().Build();
        var unit = app.MapGroup("/api").MapUnitGroup();
        unit.MapGet("/declared", () => "ok").RequireUnit(UnitPermission.Read);
        unit.MapGet("/forgotten", () => "open");

        var build = () => ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).ToList();

        build.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("RequireUnit");
    }

    [Fact]
    public void Declared_endpoints_carry_their_permission_and_the_unit_route()
    {
        var app = WebApplication.CreateBuilder().Build();
        var unit = app.MapGroup("/api").MapUnitGroup();
        unit.MapGroup("/evidence").MapDelete("/{evidenceId:guid}", () => "ok").RequireUnit(UnitPermission.ManageEvidence);

        var endpoint = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Single();

        endpoint.RoutePattern.RawText.Should().Be("/api/units/{unitId:guid}/evidence/{evidenceId:guid}");
        endpoint.Metadata.GetMetadata<RequiredUnitPermission>()!.Permission.Should().Be(UnitPermission.ManageEvidence);
    }

    [Fact]
    public void A_unit_context_not_admitted_by_the_filter_cannot_be_read()
    {
        var context = new UnitContext();

        var read = () => context.UnitId;

        read.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("UnitAccessFilter");
    }
}

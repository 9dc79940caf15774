using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NarrativeAssist.Server.Auth;

namespace NarrativeAssist.Server.Tests.Api;

/// <summary>Issue #17: the OpenAPI document says what every endpoint answers, because handlers return typed results
/// and response records instead of anonymous objects.</summary>
[Collection("api")]
public class OpenApiResponsesTests(SharedServer s)
{
    [Fact]
    public async Task Every_operation_declares_a_success_response_with_a_schema()
    {
        using var doc = JsonDocument.Parse(await s.Factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var operations = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(op => op.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToList();
        operations.Should().HaveCountGreaterThan(40, "the document lists the whole API");

        var missing = operations.Where(o => !DescribesSuccess(o.Operation)).Select(o => o.Name).ToList();

        missing.Should().BeEmpty("every endpoint must return a typed result (or declare Produces<T>) so clients know the response shape");
    }

    [Fact]
    public void Every_endpoint_under_a_unit_route_goes_through_the_unit_door()
    {
        var endpoints = s.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/units/{unitId", StringComparison.Ordinal)).ToList();
        endpoints.Should().HaveCountGreaterThan(20);

        endpoints.Where(e => e.Metadata.GetMetadata<RequiredUnitPermission>() is null).Select(e => e.DisplayName)
            .Should().BeEmpty("a unit endpoint maps on MapUnitGroup() and declares RequireUnit(…), so membership is checked by the filter");
    }

    /// <summary>A 2xx response whose content has a schema, or a 204 (which by definition has no content).</summary>
    private static bool DescribesSuccess(JsonElement operation) =>
        operation.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(r =>
            r.Name == "204" || (r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var content)
                && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _))));
}

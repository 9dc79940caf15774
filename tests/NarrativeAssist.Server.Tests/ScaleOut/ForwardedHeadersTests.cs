using System.Net;
using NarrativeAssist.Server.Tests.Support;

namespace NarrativeAssist.Server.Tests.ScaleOut;

/// <summary>Behind nginx the server sees the proxy's address and plain HTTP. With ReverseProxy:KnownProxies naming the
/// proxy, X-Forwarded-Proto/-For from it are believed (HSTS goes out on HTTPS, the rate limit counts each client);
/// from any other address, or with nothing configured, they are ignored. Real Kestrel on loopback: the requests
/// really come from 127.0.0.1.</summary>
public class ForwardedHeadersTests
{
    private const string Client1 = "203.0.113.7", Client2 = "203.0.113.8";
    private const int PermitsPerMinute = 3;

    [Fact]
    public async Task From_a_known_proxy_the_client_scheme_and_address_are_used()
    {
        using var server = Start(new() { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" });
        var http = Client(server);

        (await http.SendAsync(Forwarded("https", Client1))).Headers.Contains("Strict-Transport-Security").Should().BeTrue("the client used HTTPS");
        (await http.SendAsync(Forwarded(proto: null, "203.0.113.9"))).Headers.Contains("Strict-Transport-Security").Should().BeFalse("this request came over plain HTTP");

        // Client1 has used one of its three permits; it may use two more, then it waits — Client2 does not.
        for (var i = 1; i < PermitsPerMinute; i++) (await http.SendAsync(Forwarded("https", Client1))).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await http.SendAsync(Forwarded("https", Client1))).ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        (await http.SendAsync(Forwarded("https", Client2))).StatusCode.Should().Be(HttpStatusCode.OK, "another client behind the same proxy has its own limit");
    }

    [Fact]
    public async Task A_known_network_is_trusted_like_a_known_proxy()
    {
        using var server = Start(new() { ["ReverseProxy:KnownNetworks:0"] = "127.0.0.0/8" });
        (await Client(server).SendAsync(Forwarded("https", Client1))).Headers.Contains("Strict-Transport-Security").Should().BeTrue();
    }

    [Theory]
    [InlineData("10.20.30.40")]   // a proxy is configured, but the request does not come from it
    [InlineData(null)]            // nothing configured (the default): the headers are never believed, not even from loopback
    public async Task From_any_other_address_the_forwarded_headers_are_ignored(string? knownProxy)
    {
        using var server = Start(new() { ["ReverseProxy:KnownProxies:0"] = knownProxy });
        var http = Client(server);

        (await http.SendAsync(Forwarded("https", Client1))).Headers.Contains("Strict-Transport-Security").Should().BeFalse("the request really came over HTTP");
        // Every request counts against the one real address, whatever client it claims to forward for.
        for (var i = 1; i < PermitsPerMinute; i++) (await http.SendAsync(Forwarded("https", $"203.0.113.{10 + i}"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await http.SendAsync(Forwarded("https", Client2))).ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public void A_proxy_address_that_is_not_an_IP_address_stops_the_server_with_a_clear_message()
    {
        using var server = new ServerFactory(seedSample: false, new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = "nginx.lokal" });
        var start = () => server.CreateClient();
        start.Should().Throw<InvalidOperationException>().WithMessage("*ReverseProxy:KnownProxies*'nginx.lokal' bukan alamat IP*");
    }

    private static ServerFactory Start(Dictionary<string, string?> settings)
    {
        settings["Limits:PermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var server = new ServerFactory(seedSample: false, settings.Where(s => s.Value is not null).ToDictionary());
        server.UseKestrel(0);
        server.StartServer();
        return server;
    }

    private static HttpClient Client(ServerFactory server) => new() { BaseAddress = server.ClientOptions.BaseAddress };

    /// <summary>What nginx passes on: the site's host name (HSTS is never sent for localhost), the scheme and client address.</summary>
    private static HttpRequestMessage Forwarded(string? proto, string? client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "zi.instansi.go.id";
        if (proto is not null) request.Headers.Add("X-Forwarded-Proto", proto);
        if (client is not null) request.Headers.Add("X-Forwarded-For", client);
        return request;
    }
}

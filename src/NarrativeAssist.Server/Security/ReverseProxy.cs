using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NarrativeAssist.Server.Security;

/// <summary>ReverseProxy:* — the proxies (nginx, a load balancer) whose X-Forwarded-For / X-Forwarded-Proto are believed.
/// Empty (default): the headers are ignored, as they must be when clients reach Kestrel directly (anyone could forge them).</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies live in, in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may append to X-Forwarded-For (1: nginx alone; 2: a load balancer, then nginx).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

/// <summary>ASP.NET Core's forwarded-headers middleware fed from <see cref="ReverseProxyOptions"/>: behind a trusted
/// proxy the request's scheme is the client's (so HSTS is sent on HTTPS) and its remote address is the client's (so
/// the per-address rate limit counts clients, not the proxy).</summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<ReverseProxyOptions>(config.GetSection(ReverseProxyOptions.Section));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((f, o) =>
        {
            f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            f.ForwardLimit = o.Value.ForwardLimit;
            // The framework trusts loopback by default; only what the operator listed is trusted here.
            f.KnownProxies.Clear();
            f.KnownIPNetworks.Clear();
            foreach (var proxy in o.Value.KnownProxies)
                f.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var ip) ? ip
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' bukan alamat IP."));
            foreach (var network in o.Value.KnownNetworks)
                f.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var net) ? net
                    : throw new InvalidOperationException($"ReverseProxy:KnownNetworks: '{network}' bukan jaringan CIDR (mis. 10.0.0.0/24)."));
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's scheme and address; off unless configured.</summary>
    public static IApplicationBuilder UseReverseProxy(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<ReverseProxyOptions>>().Value;
        if (!options.Enabled) return app;
        _ = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value; // a bad address fails at start, not on the first request
        return app.UseForwardedHeaders();
    }
}

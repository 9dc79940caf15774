using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace NarrativeAssist.Server.Tests.Security;

/// <summary>Lets a test speak from several client addresses: the in-memory test server has none, so the header
/// X-Test-Client becomes the connection's remote address before the app's own pipeline runs.</summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public static void Register(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestClientAddress>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var ip)) http.Connection.RemoteIpAddress = ip;
            return nextMiddleware(http);
        });
        next(app);
    };

    public static HttpClient From(Support.ServerFactory factory, string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}

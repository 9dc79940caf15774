namespace NarrativeAssist.Server.Security;

/// <summary><c>Cache-Control: no-store</c> on every /api response (successes, problems and file downloads alike):
/// narratives, members, evidence and tokens must not be kept by a browser's or a proxy's cache on a shared computer.</summary>
public static class ApiNoStore
{
    public static IApplicationBuilder UseApiNoStore(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (http.Request.Path.StartsWithSegments("/api"))
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers.Pragma = "no-cache"; // HTTP/1.0 caches
                return Task.CompletedTask;
            });
        return next(http);
    });
}

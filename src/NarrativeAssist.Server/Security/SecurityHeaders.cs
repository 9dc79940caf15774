using Microsoft.Extensions.Options;

namespace NarrativeAssist.Server.Security;

/// <summary>Security:* — only what differs per deployment.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Origins allowed to frame the task panes (frame-ancestors). Empty (default): the pane routes send no
    /// frame-ancestors at all, because Office on the web embeds the pane in an iframe from Microsoft's ever-changing
    /// Office domains (and Office Online Server from the institution's own); a wrong list breaks the add-in silently.
    /// Set e.g. "https://*.officeapps.live.com https://*.sharepoint.com https://*.office.com" to pin them.</summary>
    public string? PaneFrameAncestors { get; set; }

    /// <summary>HSTS max-age in days (sent on HTTPS outside Development only).</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}

/// <summary>Response headers for every route: a Content-Security-Policy per kind of page, nosniff, Referrer-Policy,
/// no framing of the web app. The policies allow the server itself and Microsoft's office.js CDN, nothing else.</summary>
public static class SecurityHeaders
{
    public const string OfficeJsOrigin = "https://appsforoffice.microsoft.com";

    private const string Common = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; connect-src 'self'; font-src 'self' data:; img-src 'self' data: blob:";

    /// <summary>Web app, API responses and everything else: no inline code at all, never framed.</summary>
    public const string AppPolicy = Common + "; script-src 'self'; style-src 'self'; frame-src 'none'; frame-ancestors 'none'";

    /// <summary>Task panes: office.js from Microsoft's CDN (it loads its host scripts from there too). Office's own
    /// host scripts set inline styles (OfficeDev/office-js#1687), so styles allow 'unsafe-inline'; scripts do not.</summary>
    public const string PanePolicy = Common + "; script-src 'self' " + OfficeJsOrigin + "; style-src 'self' 'unsafe-inline'; frame-src 'self' " + OfficeJsOrigin;

    /// <summary>The Scalar API reference renders with an inline bootstrap script and inline styles; it shows no user data.</summary>
    public const string ApiReferencePolicy = Common + "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SecurityOptions>(config.GetSection(SecurityOptions.Section));
        services.AddOptions<Microsoft.AspNetCore.HttpsPolicy.HstsOptions>().Configure<IOptions<SecurityOptions>>((h, s) =>
            h.MaxAge = TimeSpan.FromDays(s.Value.HstsMaxAgeDays));
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var options = http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            var path = http.Request.Path;
            if (IsPane(path))
            {
                headers.ContentSecurityPolicy = string.IsNullOrWhiteSpace(options.PaneFrameAncestors)
                    ? PanePolicy
                    : PanePolicy + "; frame-ancestors 'self' " + options.PaneFrameAncestors.Trim();
            }
            else
            {
                headers.ContentSecurityPolicy = path.StartsWithSegments("/referensi-api") ? ApiReferencePolicy : AppPolicy;
                headers.XFrameOptions = "DENY";
            }
            return Task.CompletedTask;
        });
        return next(http);
    });

    public static bool IsPane(PathString path) => path.StartsWithSegments("/word") || path.StartsWithSegments("/powerpoint");
}

using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace NarrativeAssist.Server.Api;

/// <summary>Only uploads (multipart) may be large: JSON and text bodies are held to Limits:MaxJsonBytes, so a
/// million-item array is refused before it is parsed, not after.</summary>
internal static class BodySizeLimit
{
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.HasFormContentType) { await next(http); return; }
        var limit = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxJsonBytes;
        if (http.Request.ContentLength > limit)
        {
            await ApiProblems.Write(http, StatusCodes.Status413PayloadTooLarge, "payload_too_large",
                $"Isi permintaan terlalu besar; batasnya {limit / 1024 / 1024.0:0.#} MB untuk JSON/teks. Unggah dokumen sebagai berkas.", http.RequestAborted);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        await next(http);
    });
}

namespace NarrativeAssist.Server.Api;

/// <summary>Bodies for bare status codes (no endpoint wrote one): ProblemDetails with an Indonesian message for the
/// API and for programs, and for a person's browser that asked for a page that does not exist, an Indonesian
/// "halaman tidak ditemukan" page instead of raw JSON.</summary>
public static class StatusCodeAnswers
{
    public static IApplicationBuilder UseStatusCodeAnswers(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.Response.HasStarted || http.Response.ContentLength > 0) return;
            var status = http.Response.StatusCode;
            if (status == 404 && WantsPage(http.Request))
            {
                var page = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("errors/404.html");
                if (page.Exists)
                {
                    http.Response.ContentType = "text/html; charset=utf-8";
                    await http.Response.SendFileAsync(page, http.RequestAborted);
                    return;
                }
            }
            var (code, detail) = status switch
            {
                401 => ("unauthorized", "Silakan masuk terlebih dahulu."),
                403 => ("forbidden", "Peran Anda tidak mengizinkan tindakan ini."),
                404 => ("not_found", "Alamat tidak ditemukan."),
                405 => ("method_not_allowed", "Metode HTTP ini tidak didukung untuk alamat tersebut."),
                413 => ("payload_too_large", "Permintaan terlalu besar."),
                415 => ("unsupported_media_type", "Jenis isi permintaan tidak didukung."),
                _ => ("error", "Permintaan tidak dapat diproses."),
            };
            await ApiProblems.Write(http, status, code, detail, http.RequestAborted);
        });

    /// <summary>A browser navigating (GET, text/html accepted) outside /api; programs and the API keep JSON.</summary>
    private static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/api")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}

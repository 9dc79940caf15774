using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace NarrativeAssist.Server.Api;

/// <summary>The OpenAPI document and its reader at /referensi-api, both for an on-premises install: the document
/// introduces itself in Indonesian, and Scalar's cloud features (AI agent, MCP, the developer toolbar with its
/// SDK generation, deploy and share buttons) are switched off — nothing here may send the API description out.</summary>
public static class ApiReference
{
    public const string Path = "/referensi-api";

    internal const string Introduction =
        "API NarrativeAssist untuk tim Zona Integritas: pemeriksaan narasi LKE, perhitungan nilai mandiri, ruang kerja " +
        "unit (narasi, jawaban, bukti dukung, kemajuan mingguan), presentasi, dan pustaka templat. Semua permintaan " +
        "yang membawa data unit memerlukan token dari POST /api/auth/login (header Authorization: Bearer …). " +
        "Kode galat dalam bahasa Inggris, pesan dalam bahasa Indonesia. Server ini berjalan di lingkungan instansi, " +
        "tanpa layanan awan.";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NarrativeAssist API";
            document.Info.Description = Introduction;
            return Task.CompletedTask;
        }));

    public static void MapApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(Path, o => o
            .WithTitle("Referensi API NarrativeAssist")
            .DisableDefaultFonts()          // no fonts from Scalar's CDN (CSP)
            .DisableAgent()                 // "Ask AI"
            .DisableMcp()
            .HideDeveloperTools());         // toolbar with "Generate SDK", "Deploy", "Share"
    }
}

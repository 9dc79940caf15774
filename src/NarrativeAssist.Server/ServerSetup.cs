using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Narratives;
using NarrativeAssist.Server.Profiles;
using NarrativeAssist.Server.Progress;
using NarrativeAssist.Server.Scoring;
using NarrativeAssist.Server.Security;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server;

/// <summary>Wires the server from the framework's own pieces: options, EF Core, Identity bearer tokens,
/// ProblemDetails, rate limiting, request timeouts, OpenAPI, static files.</summary>
public static class ServerSetup
{
    public static void AddNarrativeAssist(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.Configure<LimitsOptions>(config.GetSection(LimitsOptions.Section));
        services.Configure<AdminOptions>(config.GetSection(AdminOptions.Section));
        services.Configure<StorageOptions>(config.GetSection(StorageOptions.Section));
        services.Configure<ParseOptions>(config.GetSection(ParseOptions.Section));
        services.Configure<Evidence.EvidenceOptions>(config.GetSection(Evidence.EvidenceOptions.Section));
        services.AddSingleton(TimeProvider.System);

        services.AddStorage();
        services.AddDataProtectionKeys(config);
        services.AddAccounts(config);

        services.AddSecurityHeaders(config);
        services.AddReverseProxy(config);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // so bad JSON reaches the Indonesian handler
        services.ConfigureHttpJsonOptions(o => ServerJson.Apply(o.SerializerOptions));
        services.AddApiDocument();
        // Limits are read from options when the host starts, so any configuration source can set them.
        services.AddRequestTimeouts();
        services.AddOptions<Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutOptions>().Configure<IOptions<LimitsOptions>>((o, l) =>
            o.DefaultPolicy = new() { Timeout = TimeSpan.FromSeconds(l.Value.RequestTimeoutSeconds), TimeoutStatusCode = 504 });
        services.AddOptions<FormOptions>().Configure<IOptions<LimitsOptions>>((o, l) => o.MultipartBodyLengthLimit = l.Value.MaxRequestBytes);
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((k, l) =>
            k.Limits.MaxRequestBodySize = l.Value.MaxRequestBytes);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, cancel) => new(ApiProblems.Write(ctx.HttpContext, StatusCodes.Status429TooManyRequests, "rate_limited",
                "Terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar lalu coba lagi.", cancel));
            // Per signed-in user, else per client address: one busy writer cannot starve the rest of the team.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                RateLimitPartition.GetFixedWindowLimiter(
                    http.User.Identity?.IsAuthenticated == true ? "u:" + http.User.Identity.Name : "ip:" + http.Connection.RemoteIpAddress,
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.PermitsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            o.AddSignInPolicy();
        });
        services.AddNarrativeAssistServices();
    }

    /// <summary>The domain (compiled once) and the server's own services: one place to see what a handler can ask for.</summary>
    private static void AddNarrativeAssistServices(this IServiceCollection services)
    {
        // The domain, compiled once.
        services.AddSingleton(BuiltInData.Rules);
        services.AddSingleton(sp => sp.GetRequiredService<Domain.Rules.RuleBook>().Catalog);
        services.AddSingleton<NarrativeChecker>();
        services.AddSingleton<ScoreCalculator>();
        services.AddSingleton(sp => new ScoringSettings(CatalogLoader.ParseAreaBasis(sp.GetRequiredService<IConfiguration>()["Scoring:AreaBasis"])));

        services.AddHostedService<WeeklySnapshotService>();
        services.AddScoped<ProgressService>();
        services.AddScoped<UnitAccess>();
        services.AddScoped<UnitContext>();
        services.AddScoped<Evidence.EvidenceRegister>();
        services.AddScoped<Evidence.EvidencePictures>();
        services.AddScoped<Publicity.PublicationLog>();
        services.AddScoped<Publicity.RequestBook>();
        services.AddScoped<Publicity.MeetingService>();
        services.AddScoped<ProfileLoader>();
        services.AddSingleton<ParsedProfiles>();
        services.AddSingleton<ParsePool>();
        services.AddScoped<DeckRequestResolver>();
        services.AddScoped<NarrativeStore>();
        services.AddScoped<ScoreService>();
        services.AddScoped<Seeder>();
        services.AddSingleton<NarrativeTemplates>();
        services.AddSingleton<Library.LibraryBuiltIns>();
        services.AddScoped<Library.LibraryService>();
        services.AddScoped<Library.LibraryPublisher>();
        services.AddScoped<Library.LibraryDrafts>();
        services.AddScoped<Library.LibraryExporter>();
        services.AddScoped<Library.LibraryImporter>();
    }

    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }

    public static void MapNarrativeAssist(this WebApplication app)
    {
        app.UseReverseProxy();
        app.UseSecurityHeaders();
        app.UseApiNoStore();
        app.UseExceptionHandler();
        app.UseStatusCodeAnswers();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseSessionRevocation();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseBodySizeLimit();

        app.MapApiReference();
        app.MapGet("/schemas/unit-profile.json", () => Results.Text(Samples.Resource("unit-profile.schema.json"), "application/schema+json"))
            .ExcludeFromDescription();
        app.MapGet("/health", HealthEndpoint.Handle).WithTags("Sistem");

        var api = app.MapGroup("/api").AddEndpointFilter<FieldLimitsFilter>();
        api.MapAuthEndpoints();
        api.MapPasswordEndpoints();
        api.MapLkeEndpoints();
        api.MapCheckEndpoints();
        api.MapScoreEndpoints();
        api.MapUnitEndpoints();
        api.MapTemplateEndpoints();
        api.MapDeckEndpoints();
        api.MapLibraryEndpoints();

        var unit = api.MapUnitGroup(); // /api/units/{unitId}: membership and role checked once, see docs/arsitektur.md
        unit.MapMemberEndpoints();
        unit.MapPasswordResetEndpoint();
        unit.MapProfileEndpoints();
        unit.MapNarrativeEndpoints();
        unit.MapAnswerEndpoints();
        unit.MapEvidenceEndpoints();
        unit.MapLkeWorkbookEndpoints();
        unit.MapEvidenceFolderEndpoints();
        unit.MapProgressEndpoints();
        unit.MapPublicationEndpoints();
        unit.MapRequestEndpoints();
        unit.MapMeetingEndpoints();
        unit.MapRehearsalEndpoints();
        unit.MapQaEndpoints();
    }
}

/// <summary>Limits:* — request sizes, rate and time per request.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";
    public long MaxRequestBytes { get; set; } = 25 * 1024 * 1024;
    public int MaxJsonBytes { get; set; } = 2 * 1024 * 1024;
    public int PermitsPerMinute { get; set; } = 600;
    public int RequestTimeoutSeconds { get; set; } = 30;
}

/// <summary>Scoring:AreaBasis overrides the catalog's reading of the per-area minimum for this deployment.</summary>
public sealed record ScoringSettings(AreaBasis? AreaBasis);

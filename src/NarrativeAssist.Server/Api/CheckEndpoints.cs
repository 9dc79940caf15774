using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record CheckRequest(string QuestionId, string? Text, string? Answer, Guid? UnitId);
public sealed record NarrativesRequest(IReadOnlyList<NarrativeInput>? Narratives);

/// <summary>The checker over HTTP: one narrative, or a whole document (uploaded .docx or JSON narratives).</summary>
public static class CheckEndpoints
{
    public static void MapCheckEndpoints(this RouteGroupBuilder api)
    {
        var check = api.MapGroup("/check").WithTags("Pemeriksaan").RequireAuthorization();

        check.MapPost("/", async (CheckRequest req, NarrativeChecker checker, ProfileLoader profiles, ClaimsPrincipal user, CancellationToken cancel) =>
        {
            if (string.IsNullOrWhiteSpace(req.QuestionId)) return ApiProblems.BadRequest("invalid_input", "questionId wajib diisi.");
            var (profile, problem) = await profiles.ForRequestAsync(user, req.UnitId, cancel);
            if (problem is not null) return problem;
            return Results.Ok(QuestionJson.From(checker.Check(req.QuestionId, req.Text, req.Answer, profile)));
        }).WithSummary("Periksa satu narasi").Produces<QuestionJson>();

        check.MapPost("/document", async (HttpRequest http, Guid? unitId, NarrativeChecker checker, ProfileLoader profiles, ParsePool parsing, ClaimsPrincipal user, CancellationToken cancel) =>
        {
            var (profile, problem) = await profiles.ForRequestAsync(user, unitId, cancel);
            if (problem is not null) return problem;
            IReadOnlyList<NarrativeInput> narratives;
            IReadOnlyList<string> warnings = [];
            if (http.HasFormContentType)
            {
                var form = await http.ReadFormAsync(cancel);
                var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
                if (file is null) return ApiProblems.BadRequest("invalid_input", "Unggah berkas .docx pada field \"file\".");
                await using var stream = file.OpenReadStream();
                var bytes = await PackageGuard.ReadUploadAsync(stream, PackageKind.Word, cancel: cancel);
                var doc = await parsing.RunAsync("dokumen", c => NarrativeReader.Read(bytes, checker.Book.Catalog, null, c), cancel);
                narratives = doc.Entries.Select(e => new NarrativeInput(e.QuestionId, e.Text, e.Answer)).ToList();
                warnings = doc.Warnings;
            }
            else if (http.HasJsonContentType())
            {
                var body = await http.ReadFromJsonAsync<NarrativesRequest>(cancel);
                if (body?.Narratives is not { Count: > 0 } list)
                    return ApiProblems.BadRequest("invalid_input", "Kirim {\"narratives\": [{\"questionId\", \"text\", \"answer\"}]} atau unggah berkas .docx.");
                if (list.Count > 500) return ApiProblems.BadRequest("invalid_input", "Paling banyak 500 narasi dalam satu permintaan.");
                if (FieldLimits.Check(body) is { } tooLong) return tooLong;
                if (list.Any(n => n is null || string.IsNullOrWhiteSpace(n.QuestionId)))
                    return ApiProblems.BadRequest("invalid_input", "Setiap narasi wajib memiliki questionId.");
                narratives = list;
            }
            else return ApiProblems.Problem(415, "unsupported_media_type", "Unggah berkas .docx (multipart/form-data) atau kirim JSON.");
            return Results.Ok(CheckJson.From(DocumentCheck.Run(checker, narratives, profile), warnings));
        }).WithSummary("Periksa seluruh dokumen (.docx atau JSON)").Produces<CheckJson>().DisableAntiforgery();
    }
}

/// <summary>The unit profile used for the data-consistency rule, when a request names a unit.
/// The database is reached only when a unit is named: a plain check (the hot path) creates no DbContext.</summary>
public sealed class ProfileLoader(IServiceProvider services, ParsedProfiles parsed)
{
    public async Task<(UnitProfile? Profile, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> ForRequestAsync(ClaimsPrincipal user, Guid? unitId, CancellationToken cancel)
    {
        if (unitId is not { } id) return (null, null);
        var (_, problem) = await services.GetRequiredService<UnitAccess>().RequireAsync(user, id, UnitPermission.Read, cancel);
        if (problem is not null) return (null, problem);
        return (await ForUnitAsync(id, cancel), null);
    }

    public async Task<UnitProfile?> ForUnitAsync(Guid unitId, CancellationToken cancel)
    {
        var text = await services.GetRequiredService<AppDbContext>().Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.ProfileText).FirstOrDefaultAsync(cancel);
        return string.IsNullOrWhiteSpace(text) ? null : parsed.Get(unitId, text);
    }
}

/// <summary>The last parsed profile of each unit, reused while the stored text is unchanged. The text is still read
/// from the database on every request (so every instance sees an edit at once); only the YAML parse — about a fifth of
/// a unit-scoped check's CPU — is saved. One entry per unit, replaced on change: bounded by the number of units.</summary>
public sealed class ParsedProfiles(NarrativeAssist.Domain.Catalog.LkeCatalog catalog)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (string Text, UnitProfile Profile)> _last = new();

    public UnitProfile Get(Guid unitId, string text)
    {
        if (_last.TryGetValue(unitId, out var hit) && string.Equals(hit.Text, text, StringComparison.Ordinal)) return hit.Profile;
        var profile = UnitProfileParser.Parse(text, catalog.AreaCodes);
        _last[unitId] = (text, profile);
        return profile;
    }
}

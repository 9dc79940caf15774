using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Documents;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Server.Profiles;

namespace NarrativeAssist.Server.Api;

public sealed record CheckRequest(string QuestionId, string? Text, string? Answer, Guid? UnitId);
public sealed record NarrativesRequest(IReadOnlyList<NarrativeInput>? Narratives);

/// <summary>The checker over HTTP: one narrative, or a whole document (uploaded .docx or JSON narratives).</summary>
public static class CheckEndpoints
{
    public static void MapCheckEndpoints(this RouteGroupBuilder api)
    {
        var check = api.MapGroup("/check").WithTags("Pemeriksaan").RequireAuthorization();
        check.MapPost("/", One).WithSummary("Periksa satu narasi");
        check.MapPost("/document", Document).WithSummary("Periksa seluruh dokumen (.docx atau JSON)").DisableAntiforgery();
    }

    public static async Task<Results<Ok<QuestionJson>, ProblemHttpResult>> One(CheckRequest req, NarrativeChecker checker, ProfileLoader profiles,
        ClaimsPrincipal user, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(req.QuestionId)) return ApiProblems.BadRequest("invalid_input", "questionId wajib diisi.");
        var (profile, problem) = await profiles.ForRequestAsync(user, req.UnitId, cancel);
        if (problem is not null) return problem;
        return TypedResults.Ok(QuestionJson.From(checker.Check(req.QuestionId, req.Text, req.Answer, profile)));
    }

    public static async Task<Results<Ok<CheckJson>, ProblemHttpResult>> Document(HttpRequest http, Guid? unitId, NarrativeChecker checker,
        ProfileLoader profiles, ParsePool parsing, ClaimsPrincipal user, CancellationToken cancel)
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
        return TypedResults.Ok(CheckJson.From(DocumentCheck.Run(checker, narratives, profile), warnings));
    }
}

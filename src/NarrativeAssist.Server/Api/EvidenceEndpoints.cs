using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Evidence;

namespace NarrativeAssist.Server.Api;

/// <summary>One item of the unit's evidence register; <c>file</c> is the download address when a file was uploaded.</summary>
public sealed record EvidenceItem(Guid Id, string Title, string? Number, DateOnly? Date, string? Link, string? FileName,
    IReadOnlyList<string> QuestionIds, DateTimeOffset CreatedAt, string? File);

/// <summary>The item just added.</summary>
public sealed record EvidenceAdded(Guid Id, string Title, string? Number, DateOnly? Date, string? Link, string? FileName, IReadOnlyList<string> QuestionIds);

/// <summary>Questions of the LKE that no evidence supports yet.</summary>
public sealed record MissingEvidence(IReadOnlyList<string> QuestionIds);

/// <summary>The unit's evidence register (bukti dukung): documents by title, number, date, link or uploaded file,
/// each linked to the questions it supports. The worked example of an endpoint group behind the unit door
/// (docs/arsitektur.md, "Menambah endpoint").</summary>
public static class EvidenceEndpoints
{
    public static void MapEvidenceEndpoints(this RouteGroupBuilder unit)
    {
        var evidence = unit.MapGroup("/evidence").WithTags("Bukti dukung");
        evidence.MapGet("/", List).RequireUnit(UnitPermission.Read).WithSummary("Daftar bukti dukung");
        evidence.MapGet("/missing", Missing).RequireUnit(UnitPermission.Read).WithSummary("Pertanyaan yang belum punya bukti dukung");
        evidence.MapPost("/", Add).RequireUnit(UnitPermission.ManageEvidence)
            .WithSummary("Tambah bukti dukung (JSON atau unggah berkas)").DisableAntiforgery();
        evidence.MapGet("/{evidenceId:guid}/file", Download).RequireUnit(UnitPermission.Read)
            .WithSummary("Unduh berkas bukti").ProducesFile("application/octet-stream");
        evidence.MapDelete("/{evidenceId:guid}", Delete).RequireUnit(UnitPermission.ManageEvidence).WithSummary("Hapus bukti dukung");
    }

    public static async Task<Ok<IReadOnlyList<EvidenceItem>>> List(UnitContext unit, EvidenceRegister register, CancellationToken cancel)
    {
        var rows = await register.ListAsync(unit.UnitId, cancel);
        return TypedResults.Ok<IReadOnlyList<EvidenceItem>>(rows.OrderBy(e => e.Title).Select(e => new EvidenceItem(
            e.Id, e.Title, e.Number, e.Date, e.Link, e.FileName, EvidenceRegister.Split(e.QuestionIds), e.CreatedAt,
            e.FileName is null ? null : $"/api/units/{unit.UnitId}/evidence/{e.Id}/file")).ToList());
    }

    public static async Task<Ok<MissingEvidence>> Missing(UnitContext unit, EvidenceRegister register, LkeCatalog catalog, CancellationToken cancel)
    {
        var covered = await register.CoveredQuestionsAsync(unit.UnitId, cancel);
        return TypedResults.Ok(new MissingEvidence(catalog.Questions.Select(q => q.Id).Where(id => !covered.Contains(id)).ToList()));
    }

    public static async Task<Results<Created<EvidenceAdded>, ProblemHttpResult>> Add(UnitContext unit, HttpRequest http, EvidenceRegister register,
        LkeCatalog catalog, CancellationToken cancel)
    {
        EvidenceRequest? req;
        IFormFile? file = null;
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancel);
            file = form.Files.GetFile("file");
            req = new EvidenceRequest(form["title"], form["number"], form["date"], form["link"],
                form["questionIds"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList());
        }
        else if (http.HasJsonContentType()) req = await http.ReadFromJsonAsync<EvidenceRequest>(cancel);
        else return ApiProblems.Problem(415, "unsupported_media_type", "Kirim JSON atau formulir multipart (dengan field file).");
        if (FieldLimits.Check(req) is { } tooLong) return tooLong; // a body read by hand is not seen by the /api filter

        var (input, refusal) = EvidenceInput.From(req, catalog);
        if (refusal is not null) return ApiProblems.BadRequest(refusal.Code, refusal.Detail);
        if (file is not null)
        {
            if (file.Length > EvidenceInput.MaxFileBytes)
                return ApiProblems.Problem(413, "payload_too_large", $"Berkas bukti paling besar {EvidenceInput.MaxFileBytes / 1024 / 1024} MB.");
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, cancel);
            input = input! with { File = new EvidenceFile(EvidenceInput.SafeFileName(file.FileName), file.ContentType, ms.ToArray()) };
        }
        if (await register.QuotaExceededAsync(unit.UnitId, input!.File?.Content.LongLength ?? 0, cancel) is { } full)
            return ApiProblems.Problem(409, "quota_exceeded", full);
        var e = await register.AddAsync(unit.UnitId, unit.UserId, input, cancel);
        return TypedResults.Created($"/api/units/{unit.UnitId}/evidence/{e.Id}",
            new EvidenceAdded(e.Id, e.Title, e.Number, e.Date, e.Link, e.FileName, input.QuestionIds));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(UnitContext unit, Guid evidenceId, EvidenceRegister register,
        CancellationToken cancel)
    {
        var e = await register.FindAsync(unit.UnitId, evidenceId, cancel);
        if (e?.Content is null) return ApiProblems.NotFound("Berkas bukti tidak ditemukan.");
        return TypedResults.File(e.Content, "application/octet-stream", e.FileName); // never rendered inline
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(UnitContext unit, Guid evidenceId, EvidenceRegister register,
        LkeCatalog catalog, CancellationToken cancel)
    {
        var e = await register.FindForDeleteAsync(unit.UnitId, evidenceId, cancel);
        if (e is null) return ApiProblems.NotFound("Bukti tidak ditemukan.");
        if (!EvidenceRegister.MayDelete(unit.Member, e, catalog))
            return ApiProblems.Forbidden($"Penulis hanya dapat menghapus bukti dukung untuk area yang ditugaskan kepadanya ({string.Join(", ", unit.Areas)}).");
        await register.DeleteAsync(e, cancel);
        return TypedResults.NoContent();
    }
}

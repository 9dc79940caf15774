using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

/// <summary>Evidence:* — how much evidence one unit may store (files in the database), so one account cannot fill the disk.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";
    public long MaxBytesPerUnit { get; set; } = 500L * 1024 * 1024;
    public int MaxItemsPerUnit { get; set; } = 2_000;
}

public sealed record EvidenceRequest(string? Title, string? Number, string? Date, string? Link, IReadOnlyList<string>? QuestionIds);

/// <summary>The unit's evidence register (bukti dukung): documents by title, number, date, link or uploaded file,
/// each linked to the questions it supports.</summary>
public static class EvidenceEndpoints
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static void MapEvidenceEndpoints(this RouteGroupBuilder api)
    {
        var evidence = api.MapGroup("/units/{unitId:guid}/evidence").WithTags("Bukti dukung").RequireAuthorization();

        evidence.MapGet("/", async (Guid unitId, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            var rows = await db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId)
                .Select(e => new { e.Id, e.Title, e.Number, e.Date, e.Link, e.FileName, e.QuestionIds, e.CreatedAt }).ToListAsync(cancel);
            return Results.Ok(rows.OrderBy(e => e.Title).Select(e => new
            {
                e.Id, e.Title, e.Number, e.Date, e.Link, e.FileName, questionIds = Split(e.QuestionIds), e.CreatedAt,
                file = e.FileName is null ? null : $"/api/units/{unitId}/evidence/{e.Id}/file",
            }));
        }).WithSummary("Daftar bukti dukung");

        evidence.MapGet("/missing", async (Guid unitId, ClaimsPrincipal user, UnitAccess access, AppDbContext db, LkeCatalog catalog, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            var covered = await CoveredQuestionsAsync(db, unitId, cancel);
            return Results.Ok(new { questionIds = catalog.Questions.Select(q => q.Id).Where(id => !covered.Contains(id)).ToList() });
        }).WithSummary("Pertanyaan yang belum punya bukti dukung");

        evidence.MapPost("/", async (Guid unitId, HttpRequest http, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            LkeCatalog catalog, TimeProvider time, Microsoft.Extensions.Options.IOptions<EvidenceOptions> quota, CancellationToken cancel) =>
        {
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.ManageEvidence, cancel);
            if (problem is not null) return problem;
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

            var title = req?.Title?.Trim();
            if (string.IsNullOrEmpty(title) || title.Length > 300) return ApiProblems.BadRequest("invalid_input", "title (judul bukti) wajib diisi, paling panjang 300 karakter.");
            var ids = (req!.QuestionIds ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList();
            var unknown = ids.Where(i => catalog.FindQuestion(i) is null).ToList();
            if (unknown.Count > 0) return ApiProblems.BadRequest("unknown_question", $"Pertanyaan tidak ada di LKE: {string.Join(", ", unknown.Take(5))}.");
            DateOnly? date = null;
            if (!string.IsNullOrWhiteSpace(req.Date))
            {
                if (!DateOnly.TryParseExact(req.Date.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], out var d))
                    return ApiProblems.BadRequest("invalid_date", "date harus tanggal dengan format 2024-03-12 atau 12/03/2024.");
                date = d;
            }
            if (req.Link is { Length: > 0 } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                return ApiProblems.BadRequest("invalid_link", "link harus alamat web yang diawali http:// atau https://.");
            byte[]? content = null;
            if (file is not null)
            {
                if (file.Length > MaxFileBytes) return ApiProblems.Problem(413, "payload_too_large", $"Berkas bukti paling besar {MaxFileBytes / 1024 / 1024} MB.");
                using var ms = new MemoryStream();
                await file.CopyToAsync(ms, cancel);
                content = ms.ToArray();
            }
            if (await QuotaProblemAsync(db, unitId, content?.LongLength ?? 0, quota.Value, cancel) is { } full) return full;
            var e = new EvidenceEntity
            {
                Id = Guid.NewGuid(), UnitId = unitId, Title = title, Number = req.Number?.Trim(), Date = date, Link = req.Link?.Trim(),
                FileName = file is null ? null : SafeFileName(file.FileName), ContentType = file?.ContentType, Content = content,
                QuestionIds = string.Join(",", ids), CreatedAt = time.GetUtcNow(), CreatedBy = member!.UserId,
            };
            db.Evidence.Add(e);
            await db.SaveChangesAsync(cancel);
            return Results.Created($"/api/units/{unitId}/evidence/{e.Id}", new { e.Id, e.Title, e.Number, e.Date, e.Link, e.FileName, questionIds = ids });
        }).WithSummary("Tambah bukti dukung (JSON atau unggah berkas)").DisableAntiforgery();

        evidence.MapGet("/{evidenceId:guid}/file", async (Guid unitId, Guid evidenceId, ClaimsPrincipal user, UnitAccess access, AppDbContext db, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            var e = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(x => x.Id == evidenceId && x.UnitId == unitId, cancel);
            if (e?.Content is null) return ApiProblems.NotFound("Berkas bukti tidak ditemukan.");
            return Results.File(e.Content, "application/octet-stream", e.FileName); // never rendered inline
        }).WithSummary("Unduh berkas bukti");

        evidence.MapDelete("/{evidenceId:guid}", async (Guid unitId, Guid evidenceId, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            LkeCatalog catalog, CancellationToken cancel) =>
        {
            var (member, problem) = await access.RequireAsync(user, unitId, UnitPermission.ManageEvidence, cancel);
            if (problem is not null) return problem;
            var e = await db.Evidence.FirstOrDefaultAsync(x => x.Id == evidenceId && x.UnitId == unitId, cancel);
            if (e is null) return ApiProblems.NotFound("Bukti tidak ditemukan.");
            if (!MayDelete(member!, e, catalog))
                return ApiProblems.Forbidden($"Penulis hanya dapat menghapus bukti dukung untuk area yang ditugaskan kepadanya ({string.Join(", ", member!.Areas)}).");
            db.Evidence.Remove(e);
            await db.SaveChangesAsync(cancel);
            return Results.NoContent();
        }).WithSummary("Hapus bukti dukung");
    }

    public static async Task<HashSet<string>> CoveredQuestionsAsync(AppDbContext db, Guid unitId, CancellationToken cancel) =>
        (await db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId).Select(e => e.QuestionIds).ToListAsync(cancel))
            .SelectMany(Split).ToHashSet(StringComparer.Ordinal);

    /// <summary>A penulis deletes evidence of their own areas only: every question it supports must be theirs to write;
    /// evidence linked to no question, only if they added it themselves.</summary>
    private static bool MayDelete(UnitMember member, EvidenceEntity e, LkeCatalog catalog)
    {
        if (member.Role != Roles.Penulis) return true;
        var questions = Split(e.QuestionIds).Select(catalog.FindQuestion).ToList();
        return questions.Count == 0 ? e.CreatedBy == member.UserId : questions.All(q => q is not null && member.CanWrite(q));
    }

    /// <summary>The unit's quota (Evidence:MaxBytesPerUnit, Evidence:MaxItemsPerUnit) with this item added.</summary>
    private static async Task<IResult?> QuotaProblemAsync(AppDbContext db, Guid unitId, long adding, EvidenceOptions quota, CancellationToken cancel)
    {
        var items = await db.Evidence.CountAsync(e => e.UnitId == unitId, cancel);
        if (items >= quota.MaxItemsPerUnit)
            return ApiProblems.Problem(409, "quota_exceeded",
                $"Unit ini sudah menyimpan {items.ToString("N0", FieldLimits.Id)} bukti dukung, batas per unit. Hapus bukti yang tidak diperlukan lagi atau minta admin server menaikkan batasnya.");
        if (adding == 0) return null;
        var used = await db.Evidence.Where(e => e.UnitId == unitId && e.Content != null).SumAsync(e => (long)e.Content!.Length, cancel);
        return used + adding > quota.MaxBytesPerUnit
            ? ApiProblems.Problem(409, "quota_exceeded",
                $"Ruang bukti dukung unit ini hampir penuh: terpakai {Mb(used)} dari {Mb(quota.MaxBytesPerUnit)}, berkas ini {Mb(adding)}. " +
                "Hapus berkas yang tidak diperlukan lagi, simpan tautan sebagai gantinya, atau minta admin server menaikkan batasnya.")
            : null;
    }

    private static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("N1", FieldLimits.Id) + " MB";

    private static IReadOnlyList<string> Split(string ids) => ids.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Only the name part, without folders or control characters ("../../etc/passwd" → "passwd").</summary>
    internal static string SafeFileName(string name)
    {
        var justName = name.Replace('\\', '/').Split('/').Last();
        var clean = new string(justName.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim().TrimStart('.');
        return clean.Length == 0 ? "berkas" : clean.Length > 200 ? clean[..200] : clean;
    }
}

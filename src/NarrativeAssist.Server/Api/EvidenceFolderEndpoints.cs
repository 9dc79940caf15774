using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents.Evidence;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Evidence;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

/// <summary>The evidence folder as units keep it: the skeleton to download, and a folder (zip or listing of paths)
/// checked against the LKE and the unit's stored narratives (issue 16 item 3).</summary>
public static class EvidenceFolderEndpoints
{
    public static void MapEvidenceFolderEndpoints(this RouteGroupBuilder unit)
    {
        var evidence = unit.MapGroup("/evidence").WithTags("Bukti dukung");
        evidence.MapGet("/skeleton", Skeleton).RequireUnit(UnitPermission.Read).WithSummary("Kerangka folder bukti dukung (zip)")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/zip");
        evidence.MapPost("/folder-check", Check).RequireUnit(UnitPermission.Read)
            .WithSummary("Periksa folder bukti dukung (zip atau daftar path, field file) terhadap narasi unit").DisableAntiforgery();
    }

    public static FileContentHttpResult Skeleton(UnitContext unit, LkeCatalog catalog) =>
        TypedResults.File(EvidenceSkeletonZip.ToBytes(catalog), "application/zip", "kerangka-bukti-dukung.zip");

    public static async Task<Results<Ok<EvidenceCheckReport>, ProblemHttpResult>> Check(UnitContext unit, HttpRequest http, AppDbContext db,
        LkeCatalog catalog, ParsePool parsing, CancellationToken cancel)
    {
        if (!http.HasFormContentType)
            return ApiProblems.Problem(415, "unsupported_media_type", "Unggah zip folder bukti dukung atau daftar path (.txt) pada field \"file\" (multipart/form-data).");
        var form = await http.ReadFormAsync(cancel);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
            return ApiProblems.BadRequest("invalid_input", "Unggah zip folder bukti dukung atau daftar path (.txt) pada field \"file\".");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, cancel);
        var bytes = ms.ToArray();
        // A zip is vetted like every upload (DocumentRejectedException → 4xx); anything else must be a listing of paths.
        IReadOnlyList<FolderFile> files;
        if (bytes is [(byte)'P', (byte)'K', ..] || file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            files = await parsing.RunAsync("zip bukti dukung", c => EvidenceZipReader.Read(bytes, cancel: c), cancel);
        else
        {
            try { files = PathListing.Parse(ListingText.Decode(bytes)); }
            catch (ArgumentException e) { return ApiProblems.BadRequest("invalid_listing", e.Message); }
        }
        var narratives = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unit.UnitId)
            .Select(n => new NarrativeInput(n.QuestionId, n.Text, n.Answer)).ToListAsync(cancel);
        // Publications tied to questions are evidence for them too (issue 18): online, so never in the folder.
        var published = await Publicity.PublicationLog.EvidenceByQuestionAsync(db, unit.UnitId, cancel);
        return TypedResults.Ok(new EvidenceCheck(catalog).Run(files, narratives,
            published.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal)));
    }
}

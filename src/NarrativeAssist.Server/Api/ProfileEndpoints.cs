using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record ProfileRequest(string? Text);

public static class ProfileEndpoints
{
    public static void MapProfileEndpoints(this RouteGroupBuilder api)
    {
        var profile = api.MapGroup("/units/{unitId:guid}/profile").WithTags("Profil unit").RequireAuthorization();

        profile.MapGet("/", async (Guid unitId, ClaimsPrincipal user, UnitAccess access, AppDbContext db, LkeCatalog catalog, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.Read, cancel);
            if (problem is not null) return problem;
            var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == unitId, cancel);
            var parsed = string.IsNullOrWhiteSpace(unit.ProfileText) ? null : UnitProfileParser.Parse(unit.ProfileText, catalog.AreaCodes);
            return Results.Ok(new { text = unit.ProfileText, updatedAt = unit.ProfileUpdatedAt, profile = parsed, schema = "/schemas/unit-profile.json" });
        }).WithSummary("Profil unit (teks asli dan hasil baca)");

        profile.MapPut("/", async (Guid unitId, ProfileRequest req, ClaimsPrincipal user, UnitAccess access, AppDbContext db,
            LkeCatalog catalog, TimeProvider time, CancellationToken cancel) =>
        {
            var (_, problem) = await access.RequireAsync(user, unitId, UnitPermission.EditProfile, cancel);
            if (problem is not null) return problem;
            if (string.IsNullOrWhiteSpace(req.Text)) return ApiProblems.BadRequest("invalid_input", "text (isi profil YAML atau JSON) wajib diisi.");
            var parsed = UnitProfileParser.ParseWithWarnings(req.Text, catalog.AreaCodes); // throws → 400 with field, line, message
            var unit = await db.Units.FirstAsync(u => u.Id == unitId, cancel);
            unit.ProfileText = req.Text;
            unit.ProfileUpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancel);
            return Results.Ok(new
            {
                text = unit.ProfileText, updatedAt = unit.ProfileUpdatedAt, profile = parsed.Profile,
                warnings = parsed.Warnings.Select(w => new { w.Path, w.Line, w.Column, w.Message }),
            });
        }).WithSummary("Simpan profil unit (divalidasi terhadap skema)");
    }
}

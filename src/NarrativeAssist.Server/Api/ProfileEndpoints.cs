using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Yaml;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

public sealed record ProfileRequest(string? Text);

/// <summary>The stored profile: its text as written, what was read from it, and where its schema is.</summary>
public sealed record ProfileJson(string? Text, DateTimeOffset? UpdatedAt, UnitProfile? Profile, string Schema);

/// <summary>The profile just saved, with what the reader warned about (unknown fields, say).</summary>
public sealed record ProfileSaved(string Text, DateTimeOffset? UpdatedAt, UnitProfile Profile, IReadOnlyList<InputError> Warnings);

/// <summary>The unit profile (YAML or JSON), validated against its schema when saved.</summary>
public static class ProfileEndpoints
{
    public static void MapProfileEndpoints(this RouteGroupBuilder unit)
    {
        var profile = unit.MapGroup("/profile").WithTags("Profil unit");
        profile.MapGet("/", Read).RequireUnit(UnitPermission.Read).WithSummary("Profil unit (teks asli dan hasil baca)");
        profile.MapPut("/", Save).RequireUnit(UnitPermission.EditProfile).WithSummary("Simpan profil unit (divalidasi terhadap skema)");
    }

    public static async Task<Ok<ProfileJson>> Read(UnitContext unit, AppDbContext db, LkeCatalog catalog, CancellationToken cancel)
    {
        var row = await db.Units.AsNoTracking().FirstAsync(u => u.Id == unit.UnitId, cancel);
        var parsed = string.IsNullOrWhiteSpace(row.ProfileText) ? null : UnitProfileParser.Parse(row.ProfileText, catalog.AreaCodes);
        return TypedResults.Ok(new ProfileJson(row.ProfileText, row.ProfileUpdatedAt, parsed, "/schemas/unit-profile.json"));
    }

    public static async Task<Results<Ok<ProfileSaved>, ProblemHttpResult>> Save(UnitContext unit, ProfileRequest req, AppDbContext db,
        LkeCatalog catalog, TimeProvider time, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(req.Text)) return ApiProblems.BadRequest("invalid_input", "text (isi profil YAML atau JSON) wajib diisi.");
        var parsed = UnitProfileParser.ParseWithWarnings(req.Text, catalog.AreaCodes); // throws → 400 with field, line, message
        var row = await db.Units.FirstAsync(u => u.Id == unit.UnitId, cancel);
        row.ProfileText = req.Text;
        row.ProfileUpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancel);
        return TypedResults.Ok(new ProfileSaved(row.ProfileText, row.ProfileUpdatedAt, parsed.Profile, parsed.Warnings));
    }
}

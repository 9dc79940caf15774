using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Evidence;

/// <summary>Fills the pictures a stored unit profile names from the unit's own evidence register, so a photo the team
/// already filed as bukti dukung (the declaration, an innovation in use, the award) need not be uploaded again with
/// every deck. A profile path matches an evidence item by its file name ("foto/deklarasi.jpg" ↔ "deklarasi.jpg"), or
/// names the item directly as "bukti:&lt;id&gt;". Pictures uploaded with the request win; the register is only asked
/// for the ones still missing, and only the unit's own evidence is searched.</summary>
public sealed class EvidencePictures(AppDbContext db)
{
    /// <summary>Adds to <paramref name="images"/> every picture of <paramref name="profile"/> that is not there yet
    /// and that the unit's register holds as a file; returns how many were added. A filed picture that is not a
    /// PNG/JPEG or is too large is refused like an uploaded one (<see cref="DeckImages.Add"/>).</summary>
    public async Task<int> AddMissingAsync(Guid unitId, UnitProfile profile, DeckImages images, CancellationToken cancel)
    {
        var missing = ProfilePictures.Of(profile).Select(p => p.Path).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(p => images.Find(p) is null).ToList();
        if (missing.Count == 0) return 0;

        // Names and ids only; the content of the few that match is read one by one.
        var filed = await db.Evidence.AsNoTracking()
            .Where(e => e.UnitId == unitId && e.FileName != null && e.Content != null)
            .Select(e => new { e.Id, e.FileName, e.CreatedAt })
            .ToListAsync(cancel);
        var added = 0;
        foreach (var path in missing)
        {
            var match = ProfilePictures.EvidenceId(path) is { } id ? filed.FirstOrDefault(e => e.Id == id)
                : filed.Where(e => string.Equals(e.FileName, FileName(path), StringComparison.OrdinalIgnoreCase))
                    .OrderByDescending(e => e.CreatedAt).FirstOrDefault();   // the latest filing of that name
            if (match is null) continue;
            var content = await db.Evidence.AsNoTracking().Where(e => e.Id == match.Id).Select(e => e.Content).FirstAsync(cancel);
            images.Add(path, content!);
            added++;
        }
        return added;
    }

    private static string FileName(string path) => path.Replace('\\', '/').Split('/').Last();
}

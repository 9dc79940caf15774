using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents.Library;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Library;

/// <summary>Published entries (never built-ins) as a bundle another server can import: manifest.json and one file per entry.</summary>
public sealed class LibraryExporter(LibraryService service, AppDbContext db)
{
    public async Task<byte[]> ExportAsync(string? ids, string? source, CancellationToken cancel)
    {
        var wanted = ids?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var items = (await service.VisibleAsync(false, cancel)).Where(i => !i.BuiltIn && (wanted is null || wanted.Contains(i.Id))).ToList();
        var guids = items.Where(i => i.Kind == LibraryKinds.Deck).Select(i => Guid.Parse(i.Id)).ToList();
        var packages = await db.LibraryEntries.AsNoTracking().Where(e => guids.Contains(e.Id)).Select(e => new { e.Id, e.Package }).ToListAsync(cancel);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var entries = new List<BundleEntry>();
        foreach (var i in items)
        {
            var file = LibraryBundle.FileNameFor(i.Id, i.Kind);
            var content = i.Kind == LibraryKinds.Deck
                ? packages.FirstOrDefault(p => p.Id.ToString() == i.Id)?.Package
                : System.Text.Encoding.UTF8.GetBytes(i.Markdown);
            if (content is null) continue;
            files[file] = content;
            entries.Add(new BundleEntry
            {
                Id = i.Id, Kind = i.Kind, Title = i.Title, File = file, QuestionIds = i.QuestionIds, Areas = i.Areas, Tags = i.Tags,
                SuggestedAnswer = i.SuggestedAnswer, SourceUnit = i.SourceUnit, Instansi = i.Instansi, Predikat = i.Predikat, Tahun = i.Tahun,
                PublishedBy = i.PublishedBy, PublishedAt = i.PublishedAt, DeckKind = i.DeckKind, SlideCount = i.SlideCount,
            });
        }
        return LibraryBundle.Write(new BundleManifest { Source = source, ExportedAt = DateTimeOffset.UtcNow, Entries = entries }, files);
    }
}

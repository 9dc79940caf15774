using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Library;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Library;

public sealed record LibraryImport(IReadOnlyList<string> Imported, IReadOnlyList<string> Skipped, string? Source);

/// <summary>Entries of a bundle (already read and vetted by <see cref="LibraryBundle"/>) stored as published entries:
/// every field clipped to what the library stores, Markdown cleaned, narratives scored again here; an entry already
/// imported (same id or same origin) is skipped.</summary>
public sealed class LibraryImporter(AppDbContext db, NarrativeChecker checker, LkeCatalog catalog, TimeProvider clock)
{
    public async Task<LibraryImport> ImportAsync(LibraryBundleContents contents, Guid adminId, CancellationToken cancel)
    {
        var imported = new List<string>();
        var skipped = new List<string>();
        foreach (var e in contents.Manifest.Entries)
        {
            var origin = Clip($"{contents.Manifest.Source ?? "bundel"}|{e.Id}", 300);
            var id = Guid.TryParse(e.Id, out var g) ? g : Guid.NewGuid();
            if (await db.LibraryEntries.AnyAsync(x => x.Id == id || x.ImportedFrom == origin, cancel)) { skipped.Add(e.Id); continue; }
            db.LibraryEntries.Add(Entity(e, contents, id, origin, adminId));
            imported.Add(id.ToString());
        }
        await db.SaveChangesAsync(cancel);
        return new LibraryImport(imported, skipped, contents.Manifest.Source);
    }

    private LibraryEntryEntity Entity(BundleEntry e, LibraryBundleContents contents, Guid id, string origin, Guid adminId)
    {
        var questionIds = e.QuestionIds.Where(q => catalog.FindQuestion(q) is not null).Select(q => catalog.FindQuestion(q)!.Id).ToList();
        var markdown = e.Kind == LibraryKinds.Narrative ? System.Text.Encoding.UTF8.GetString(contents.Files[e.File]) : "";
        var entity = new LibraryEntryEntity
        {
            Id = id, Kind = e.Kind, Status = LibraryKinds.Published, Title = Clip(e.Title, 300),
            QuestionIds = string.Join(',', questionIds),
            Areas = string.Join(',', questionIds.Count > 0 ? questionIds.Select(q => LibraryScoring.AreaOf(catalog.FindQuestion(q)!)).Distinct() : e.Areas.Where(a => a.Length <= 5).Take(10)),
            Tags = Clip(string.Join(',', e.Tags.Select(t => t.Replace(",", " ")).Take(10)), 1000),
            SuggestedAnswer = e.SuggestedAnswer is { Length: <= 200 } a ? a : null,
            Markdown = SafeMarkdown.Clean(markdown.Length > LibraryPublisher.MaxTextChars ? markdown[..LibraryPublisher.MaxTextChars] : markdown),
            DeckKind = e.DeckKind is { Length: <= 30 } dk ? dk : null,
            Package = e.Kind == LibraryKinds.Deck ? contents.Files[e.File] : null,
            SlideCount = e.SlideCount,
            ReviewHash = "",
            SourceUnit = Clip(e.SourceUnit is { Length: > 0 } su ? su : "anonim", 200),
            Instansi = e.Instansi is null ? null : Clip(e.Instansi, 200),
            Predikat = e.Predikat is "WBK" or "WBBM" ? e.Predikat : null,
            Tahun = e.Tahun is >= 2000 and <= 2100 ? e.Tahun : null,
            Origin = "impor", ImportedFrom = origin, CreatedBy = adminId,
            PublishedByName = e.PublishedBy is null ? null : Clip(e.PublishedBy, 200),
            CreatedAt = clock.GetUtcNow(), PublishedAt = e.PublishedAt ?? clock.GetUtcNow(),
        };
        entity.Score = e.Kind == LibraryKinds.Narrative ? LibraryScoring.Score(checker, questionIds.FirstOrDefault(), entity.Markdown, entity.SuggestedAnswer) : 0;
        entity.ReviewHash = LibraryPublisher.ReviewHash(entity);
        return entity;
    }

    private static string Clip(string s, int max) => s.Length > max ? s[..max] : s;
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Library;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Library;

/// <summary>Search filters of <c>GET /api/library</c>.</summary>
public sealed record LibraryQuery(string? Q, string? QuestionId, string? Area, string? Predikat, int? Tahun, string? Kind, bool IncludeHidden = false);

/// <summary>Reads the library: built-in entries and published ones, with curation and use counts; records use.</summary>
public sealed class LibraryService(AppDbContext db, LibraryBuiltIns builtIns, LkeCatalog catalog, TimeProvider clock)
{
    private static readonly ConcurrentDictionary<string, AnalyzedText> Analyses = new(StringComparer.Ordinal);

    /// <summary>Every entry readers may see (published, not hidden unless <paramref name="includeHidden"/>), without deck files.</summary>
    public async Task<List<LibraryItem>> VisibleAsync(bool includeHidden, CancellationToken cancel)
    {
        var states = await db.LibraryEntryStates.AsNoTracking().ToDictionaryAsync(s => s.EntryId, StringComparer.OrdinalIgnoreCase, cancel);
        var stored = await db.LibraryEntries.AsNoTracking().Where(e => e.Status == LibraryKinds.Published)
            .Select(e => new StoredRow(e.Id, e.Kind, e.Title, e.QuestionIds, e.Areas, e.Tags, e.Predikat, e.Tahun, e.Score, e.SourceUnit, e.SourceUnitId,
                e.Instansi, e.PublishedByName, e.PublishedAt, e.Origin, e.Markdown, e.SuggestedAnswer, e.DeckKind, e.SlideCount, e.Status))
            .ToListAsync(cancel);
        return builtIns.All.Concat(stored.Select(ToItem))
            .Select(i => WithState(i, states.GetValueOrDefault(i.Id)))
            .Where(i => includeHidden || !i.Hidden)
            .ToList();
    }

    public async Task<List<(LibraryItem Item, double Relevance)>> SearchAsync(LibraryQuery query, CancellationToken cancel)
    {
        var items = (await VisibleAsync(query.IncludeHidden, cancel)).Where(i => Matches(i, query)).ToList();
        var byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var searchable = items.Select(i => new SearchableEntry(i.Id, i.Title, i.Markdown, i.Tags, i.Featured, i.Score, i.Uses));
        return LibrarySearch.Rank(searchable, query.Q, e => Analysis(e.Id, e.Body))
            .Select(h => (byId[h.Id], h.Relevance)).ToList();
    }

    private bool Matches(LibraryItem i, LibraryQuery q)
    {
        if (q.Kind is { Length: > 0 } k && !i.Kind.Equals(k, StringComparison.OrdinalIgnoreCase)) return false;
        if (q.QuestionId is { Length: > 0 } qid && !i.QuestionIds.Contains(qid, StringComparer.OrdinalIgnoreCase)) return false;
        if (q.Area is { Length: > 0 } area)
        {
            var code = catalog.FindArea(area)?.Code ?? area;
            if (!i.Areas.Contains(code, StringComparer.OrdinalIgnoreCase)) return false;
        }
        if (q.Predikat is { Length: > 0 } p && !string.Equals(i.Predikat, p, StringComparison.OrdinalIgnoreCase)) return false;
        if (q.Tahun is { } t && i.Tahun != t) return false;
        return true;
    }

    private static AnalyzedText Analysis(string id, string text)
    {
        var key = id + "|" + text.Length + "|" + text.GetHashCode(StringComparison.Ordinal);
        if (Analyses.TryGetValue(key, out var a)) return a;
        a = AnalyzedText.Analyze(text);
        if (Analyses.Count < 20_000) Analyses.TryAdd(key, a);
        return a;
    }

    /// <summary>One visible entry (published and, unless <paramref name="includeHidden"/>, not hidden).</summary>
    public async Task<LibraryItem?> FindAsync(string id, bool includeHidden, CancellationToken cancel)
    {
        LibraryItem? item = builtIns.Find(id);
        if (item is null && Guid.TryParse(id, out var guid))
        {
            var row = await db.LibraryEntries.AsNoTracking().Where(e => e.Id == guid && e.Status == LibraryKinds.Published)
                .Select(e => new StoredRow(e.Id, e.Kind, e.Title, e.QuestionIds, e.Areas, e.Tags, e.Predikat, e.Tahun, e.Score, e.SourceUnit, e.SourceUnitId,
                    e.Instansi, e.PublishedByName, e.PublishedAt, e.Origin, e.Markdown, e.SuggestedAnswer, e.DeckKind, e.SlideCount, e.Status))
                .FirstOrDefaultAsync(cancel);
            if (row is not null) item = ToItem(row);
        }
        if (item is null) return null;
        var key = item.Id;
        item = WithState(item, await db.LibraryEntryStates.AsNoTracking().FirstOrDefaultAsync(s => s.EntryId == key, cancel));
        return item.Hidden && !includeHidden ? null : item;
    }

    /// <summary>The .pptx of a visible deck entry (a built-in template or a published deck).</summary>
    public async Task<(LibraryItem Item, byte[] Package)?> DeckPackageAsync(string id, bool includeHidden, CancellationToken cancel)
    {
        var item = await FindAsync(id, includeHidden, cancel);
        if (item is not { Kind: LibraryKinds.Deck }) return null;
        if (LibraryBuiltIns.BuiltInDeckId(item.Id) is { } builtIn) return (item, DeckTemplate.BuiltIn(builtIn).ToArray());
        var guid = Guid.Parse(item.Id);
        var package = await db.LibraryEntries.AsNoTracking().Where(e => e.Id == guid).Select(e => e.Package).FirstOrDefaultAsync(cancel);
        return package is null ? null : (item, package);
    }

    /// <summary>A deck template chosen by library entry id for the deck engine, or null when the id names none.</summary>
    public async Task<DeckTemplate?> DeckTemplateAsync(string id, CancellationToken cancel)
    {
        if (await DeckPackageAsync(id, false, cancel) is not { } deck) return null;
        await RecordUseAsync(deck.Item.Id, cancel);
        if (LibraryBuiltIns.BuiltInDeckId(deck.Item.Id) is { } builtIn) return DeckTemplate.BuiltIn(builtIn);
        using var stream = new MemoryStream(deck.Package, writable: false);
        return DeckTemplate.FromUpload(stream, deck.Item.Title);   // vetted again: stored bytes pass the same guard as uploads
    }

    /// <summary>The narrative Word's "Sisipkan contoh narasi" offers for a question: a featured library entry, else the
    /// built-in template (unless an admin hid it), else the best-scoring published entry.</summary>
    public async Task<LibraryItem?> NarrativeForQuestionAsync(string questionId, CancellationToken cancel)
    {
        var candidates = (await VisibleAsync(false, cancel))
            .Where(i => i.Kind == LibraryKinds.Narrative && i.QuestionIds.Contains(questionId, StringComparer.OrdinalIgnoreCase)).ToList();
        // Only a curated entry (featured by a server admin) or a built-in template becomes the default for a question:
        // another unit's published text is offered in the library, never inserted by default without curation.
        return candidates.Where(i => i.Featured).OrderByDescending(i => i.Score).ThenByDescending(i => i.Uses).FirstOrDefault()
               ?? candidates.FirstOrDefault(i => i.BuiltIn);
    }

    public async Task<int> RecordUseAsync(string entryId, CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.LibraryEntryStates.Where(s => s.EntryId == entryId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.UsageCount, s => s.UsageCount + 1).SetProperty(s => s.LastUsedAt, now), cancel);
            if (updated > 0) break;
            db.LibraryEntryStates.Add(new LibraryEntryStateEntity { EntryId = entryId, UsageCount = 1, LastUsedAt = now });
            try
            {
                await db.SaveChangesAsync(cancel);
                break;
            }
            catch (DbUpdateException e) when (attempt == 0 && e.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();   // another request created the row first: count on it
            }
        }
        return await db.LibraryEntryStates.AsNoTracking().Where(s => s.EntryId == entryId).Select(s => s.UsageCount).FirstAsync(cancel);
    }

    public async Task<LibraryEntryStateEntity> CurateAsync(string entryId, bool? hidden, bool? featured, CancellationToken cancel)
    {
        var state = await db.LibraryEntryStates.FirstOrDefaultAsync(s => s.EntryId == entryId, cancel);
        if (state is null) db.LibraryEntryStates.Add(state = new LibraryEntryStateEntity { EntryId = entryId });
        if (hidden is { } h) state.Hidden = h;
        if (featured is { } f) state.Featured = f;
        await db.SaveChangesAsync(cancel);
        return state;
    }

    /// <summary>Whether an id names any entry, visible or not (for curation).</summary>
    public async Task<string?> CanonicalIdAsync(string id, CancellationToken cancel)
    {
        if (builtIns.Find(id) is { } b) return b.Id;
        if (!Guid.TryParse(id, out var guid)) return null;
        return await db.LibraryEntries.AnyAsync(e => e.Id == guid && e.Status == LibraryKinds.Published, cancel) ? guid.ToString() : null;
    }

    internal sealed record StoredRow(Guid Id, string Kind, string Title, string QuestionIds, string Areas, string Tags, string? Predikat, int? Tahun, int Score,
        string SourceUnit, Guid? SourceUnitId, string? Instansi, string? PublishedByName, DateTimeOffset? PublishedAt, string Origin, string Markdown,
        string? SuggestedAnswer, string? DeckKind, int? SlideCount, string Status);

    internal static LibraryItem ToItem(StoredRow r) => new()
    {
        Id = r.Id.ToString(),
        Kind = r.Kind,
        Title = r.Title,
        QuestionIds = Split(r.QuestionIds),
        Areas = Split(r.Areas),
        Tags = Split(r.Tags),
        Predikat = r.Predikat,
        Tahun = r.Tahun,
        Score = r.Score,
        Status = r.Status,
        SourceUnit = r.SourceUnit,
        SourceUnitId = r.SourceUnitId,
        Instansi = r.Instansi,
        PublishedBy = r.PublishedByName,
        PublishedAt = r.PublishedAt,
        Origin = r.Origin,
        Markdown = r.Markdown,
        SuggestedAnswer = r.SuggestedAnswer,
        DeckKind = r.DeckKind,
        SlideCount = r.SlideCount,
    };

    private static LibraryItem WithState(LibraryItem i, LibraryEntryStateEntity? s) =>
        s is null ? i : i with { Hidden = s.Hidden, Featured = s.Featured, Uses = s.UsageCount };

    internal static IReadOnlyList<string> Split(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

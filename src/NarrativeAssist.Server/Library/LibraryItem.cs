using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Library;
using NarrativeAssist.Server.Api;

namespace NarrativeAssist.Server.Library;

/// <summary>Entry kinds and statuses as stored and served.</summary>
public static class LibraryKinds
{
    public const string Narrative = "narasi";
    public const string Deck = "presentasi";
    public const string Draft = "draf";
    public const string Published = "terbit";
    public const string Withdrawn = "ditarik";
    public const string BuiltInPrefix = "bawaan-";
}

/// <summary>One library entry as readers see it, built-in or stored; never the source unit's unpublished data.</summary>
public sealed record LibraryItem
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> QuestionIds { get; init; } = [];
    public IReadOnlyList<string> Areas { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Predikat { get; init; }
    public int? Tahun { get; init; }
    public int Score { get; init; }
    public bool BuiltIn { get; init; }
    public string Status { get; init; } = LibraryKinds.Published;
    public string SourceUnit { get; init; } = "anonim";
    public Guid? SourceUnitId { get; init; }
    public string? Instansi { get; init; }
    public string? PublishedBy { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string Origin { get; init; } = "bawaan";
    public string Markdown { get; init; } = "";
    public string? SuggestedAnswer { get; init; }
    public string? DeckKind { get; init; }
    public int? SlideCount { get; init; }
    public bool Hidden { get; init; }
    public bool Featured { get; init; }
    public int Uses { get; init; }
}

/// <summary>The starter entries shipped in templates/: the narrative templates (one per Pemenuhan question) and the
/// built-in deck templates, with their checklist scores computed once.</summary>
public sealed class LibraryBuiltIns
{
    private readonly Lazy<IReadOnlyList<LibraryItem>> _items;

    public LibraryBuiltIns(NarrativeTemplates templates, NarrativeChecker checker, LkeCatalog catalog)
    {
        _items = new(() =>
        {
            var list = new List<LibraryItem>();
            foreach (var t in templates.All)
            {
                var q = catalog.FindQuestion(t.QuestionId)!;
                list.Add(new LibraryItem
                {
                    Id = LibraryKinds.BuiltInPrefix + t.QuestionId,
                    Kind = LibraryKinds.Narrative,
                    Title = t.Title,
                    QuestionIds = [t.QuestionId],
                    Areas = [LibraryScoring.AreaOf(q)],
                    Tags = ["bawaan"],
                    Score = LibraryScoring.Score(checker, t.QuestionId, t.Markdown, t.SuggestedAnswer),
                    BuiltIn = true,
                    SourceUnit = t.Source,
                    Markdown = t.Markdown,
                    SuggestedAnswer = t.SuggestedAnswer,
                });
            }
            foreach (var id in DeckTemplate.BuiltInIds)
            {
                var name = DeckTemplate.BuiltIn(id).Name;
                list.Add(new LibraryItem
                {
                    Id = LibraryKinds.BuiltInPrefix + id,
                    Kind = LibraryKinds.Deck,
                    Title = $"Templat presentasi {name}",
                    Tags = ["bawaan", "templat"],
                    Score = 0,
                    BuiltIn = true,
                    SourceUnit = "bawaan NarrativeAssist",
                    Markdown = id == "kontras-tinggi"
                        ? "Templat 16:9 berkontras tinggi: teks putih di atas latar biru dongker dengan aksen kuning, untuk ruangan terang atau proyektor redup."
                        : "Templat 16:9 formal: judul biru tua dan teks gelap di atas latar putih, rapi saat dicetak.",
                    DeckKind = null,
                });
            }
            return list;
        });
    }

    public IReadOnlyList<LibraryItem> All => _items.Value;

    public LibraryItem? Find(string id) => All.FirstOrDefault(i => i.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>"bawaan-biru-formal" → "biru-formal".</summary>
    public static string? BuiltInDeckId(string id) =>
        id.StartsWith(LibraryKinds.BuiltInPrefix, StringComparison.OrdinalIgnoreCase)
        && DeckTemplate.BuiltInIds.FirstOrDefault(b => b.Equals(id[LibraryKinds.BuiltInPrefix.Length..], StringComparison.OrdinalIgnoreCase)) is { } b ? b : null;
}

/// <summary>How a library entry is scored: the checker's score of its text against the checklist of its (first)
/// question, with the placeholders filled with plausible facts (<see cref="PlaceholderFiller"/>), as the built-in
/// template tests do — so the score reflects the template's substance, not its blanks. Decks score 0 (no checklist).</summary>
public static class LibraryScoring
{
    public static int Score(NarrativeChecker checker, string? questionId, string markdown, string? answer)
    {
        if (questionId is null || checker.Book.Catalog.FindQuestion(questionId) is null) return 0;
        try { return checker.Check(questionId, PlaceholderFiller.Fill(markdown), answer).Score; }
        catch (Exception e) when (e is not OperationCanceledException) { return checker.Check(questionId, PlaceholderFiller.Fill(markdown)).Score; }
    }

    public static string AreaOf(Question q) => q.Part.Id == "H" ? "H" : q.Area.Code;

    public static string Html(LibraryItem item) =>
        new NarrativeTemplate(item.QuestionIds.FirstOrDefault() ?? "", item.Title, item.SuggestedAnswer, item.SourceUnit, item.Markdown).Html;
}

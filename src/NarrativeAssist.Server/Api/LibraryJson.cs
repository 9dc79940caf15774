using NarrativeAssist.Documents;
using NarrativeAssist.Domain.Library;
using NarrativeAssist.Server.Library;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

/// <summary>An entry in a search result, with how well it matched.</summary>
public sealed record LibrarySummaryJson(string Id, string Kind, string Title, IReadOnlyList<string> QuestionIds, IReadOnlyList<string> Areas,
    string? Predikat, int? Tahun, int Score, bool Featured, bool Hidden, int Uses, bool BuiltIn, string SourceUnit, IReadOnlyList<string> Tags,
    string? DeckKind, double Relevance)
{
    public static LibrarySummaryJson From(LibraryItem i, double relevance) =>
        new(i.Id, i.Kind, i.Title, i.QuestionIds, i.Areas, i.Predikat, i.Tahun, i.Score, i.Featured, i.Hidden, i.Uses, i.BuiltIn, i.SourceUnit, i.Tags,
            i.DeckKind, relevance);
}

public sealed record LibrarySearchJson(IReadOnlyList<LibrarySummaryJson> Items, int Total);

/// <summary>Where a published entry comes from.</summary>
public sealed record LibraryProvenanceJson(string SourceUnit, string? Instansi, string? Predikat, int? Tahun, string? PublishedBy,
    DateTimeOffset? PublishedAt, string Origin);

/// <summary>One entry: Markdown, the HTML Word inserts, its [placeholders], the deck download and provenance.</summary>
public sealed record LibraryEntryJson(string Id, string Kind, string Title, IReadOnlyList<string> QuestionIds, IReadOnlyList<string> Areas,
    string? Predikat, int? Tahun, int Score, bool Featured, bool Hidden, int Uses, bool BuiltIn, IReadOnlyList<string> Tags, string Markdown,
    string? Html, IReadOnlyList<string> Placeholders, string? SuggestedAnswer, string? DeckKind, int? SlideCount, string? DownloadUrl,
    LibraryProvenanceJson Provenance)
{
    public static LibraryEntryJson From(LibraryItem i) =>
        new(i.Id, i.Kind, i.Title, i.QuestionIds, i.Areas, i.Predikat, i.Tahun, i.Score, i.Featured, i.Hidden, i.Uses, i.BuiltIn, i.Tags, i.Markdown,
            i.Kind == LibraryKinds.Narrative ? LibraryScoring.Html(i) : null, NarrativeTemplate.PlaceholdersIn(i.Markdown), i.SuggestedAnswer,
            i.DeckKind, i.SlideCount, i.Kind == LibraryKinds.Deck ? $"/api/library/{i.Id}/pptx" : null,
            new LibraryProvenanceJson(i.SourceUnit, i.Instansi, i.Predikat, i.Tahun, i.PublishedBy, i.PublishedAt, i.Origin));
}

/// <summary>A draft's provenance as it will be published (before publication: no date, no origin).</summary>
public sealed record DraftProvenanceJson(string SourceUnit, string? Instansi, string? Predikat, int? Tahun, string? PublishedBy);

/// <summary>A draft under review: the anonymised text beside the unit's original, what was replaced, and the review
/// hash the confirmation must name.</summary>
public sealed record LibraryDraftJson(string Id, string Status, string Kind, string Title, IReadOnlyList<string> QuestionIds, Guid? UnitId,
    string? Original, string Text, string? Html, IReadOnlyList<string> Placeholders, IReadOnlyList<ReplacementJson> Replacements, string ReviewHash,
    int Score, string? DeckKind, int? SlideCount, DraftProvenanceJson Provenance)
{
    public static LibraryDraftJson From(LibraryEntryEntity d, string? original) =>
        new(d.Id.ToString(), d.Status, d.Kind, d.Title, LibraryService.Split(d.QuestionIds), d.SourceUnitId, original, d.Markdown,
            d.Kind == LibraryKinds.Narrative
                ? new NarrativeTemplate(LibraryService.Split(d.QuestionIds).FirstOrDefault() ?? "", d.Title, d.SuggestedAnswer, d.SourceUnit, d.Markdown).Html
                : null,
            NarrativeTemplate.PlaceholdersIn(d.Markdown), LibraryPublisher.DeserializeReplacements(d.Replacements), d.ReviewHash, d.Score,
            d.DeckKind, d.SlideCount, new DraftProvenanceJson(d.SourceUnit, d.Instansi, d.Predikat, d.Tahun, d.PublishedByName));
}

/// <summary>A unit's drafts and published entries, newest first.</summary>
public sealed record LibraryDraftSummaryJson(string Id, string Kind, string Status, string Title, IReadOnlyList<string> QuestionIds, int Score,
    DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? UnpublishedAt, int? SlideCount);

public sealed record LibraryDraftListJson(IReadOnlyList<LibraryDraftSummaryJson> Items);
public sealed record AnonymizedJson(string Text, IReadOnlyList<Replacement> Replacements);
public sealed record LibraryPublishedJson(string Id, string Status, DateTimeOffset? PublishedAt);
public sealed record LibraryStatusJson(string Id, string Status);
public sealed record LibraryUseJson(string Id, int Uses);
public sealed record LibraryCurationJson(string Id, bool Hidden, bool Featured, int Uses);

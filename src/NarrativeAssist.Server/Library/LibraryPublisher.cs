using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Library;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Library;

/// <summary>Options of a draft chosen by the publisher.</summary>
public sealed record DraftOptions(string? Title, IReadOnlyList<string>? Tags, bool Anonymous, string? Predikat, int? Tahun);

/// <summary>Publishing from a unit in two steps: a draft holds only the anonymised preview (the replacements proposed
/// are kept for the review and dropped on confirmation); confirming must echo the preview's review hash, so nothing
/// reaches the library that the publisher did not see. Unpublishing withdraws the entry for every reader.</summary>
public sealed class LibraryPublisher(AppDbContext db, ProfileLoader profiles, NarrativeChecker checker, LkeCatalog catalog, NarrativeTemplates templates, TimeProvider clock)
{
    public const int MaxTextChars = 50_000;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>What the anonymiser knows of a unit: its record's name, its profile's names and address, its members' names.</summary>
    public async Task<AnonymizationContext> ContextAsync(Guid unitId, CancellationToken cancel)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Nama }).FirstOrDefaultAsync(cancel);
        UnitProfile? profile = null;
        try { profile = await profiles.ForUnitAsync(unitId, cancel); }
        catch (Domain.Yaml.UserInputException) { }
        var members = await db.Memberships.AsNoTracking().Where(m => m.UnitId == unitId).Select(m => m.User!.DisplayName).ToListAsync(cancel);
        return AnonymizationContext.From(profile, [unit?.Nama], members);
    }

    public async Task<(LibraryEntryEntity? Draft, IResult? Problem)> NarrativeDraftAsync(UnitMember member, string questionId, DraftOptions options, CancellationToken cancel)
    {
        var question = catalog.FindQuestion(questionId);
        if (question is null) return (null, ApiProblems.BadRequest("unknown_question", $"Pertanyaan {Short(questionId)} tidak ada di katalog LKE."));
        var narrative = await db.Narratives.AsNoTracking().FirstOrDefaultAsync(n => n.UnitId == member.UnitId && n.QuestionId == question.Id, cancel);
        if (narrative is null || string.IsNullOrWhiteSpace(narrative.Text))
            return (null, ApiProblems.BadRequest("narrative_empty", $"Narasi {question.Id} unit ini masih kosong; tidak ada yang dapat diterbitkan."));
        if (narrative.Text.Length > MaxTextChars)
            return (null, ApiProblems.BadRequest("invalid_input", $"Narasi terlalu panjang untuk pustaka (lebih dari {MaxTextChars:N0} karakter)."));

        var context = await ContextAsync(member.UnitId, cancel);
        var anonymized = Anonymizer.Anonymize(narrative.Text, context);
        var draft = await NewDraftAsync(member, LibraryKinds.Narrative, options, context, cancel);
        draft.Title = Clip(Anonymizer.Anonymize(options.Title is { Length: > 0 } t ? t : templates.Find(question.Id)?.Title ?? question.Text, context).Text, 300);
        draft.QuestionIds = question.Id;
        draft.Areas = LibraryScoring.AreaOf(question);
        draft.SuggestedAnswer = narrative.Answer;
        SetText(draft, anonymized);
        db.LibraryEntries.Add(draft);
        await db.SaveChangesAsync(cancel);
        return (draft, null);
    }

    public async Task<(LibraryEntryEntity? Draft, IResult? Problem)> DeckDraftAsync(UnitMember member, string? deckKind, DeckTemplate template, DraftOptions options, CancellationToken cancel)
    {
        if (!DeckKinds.TryParse(deckKind, out var kind))
            return (null, ApiProblems.BadRequest("invalid_input", $"deckKind harus {string.Join(" atau ", DeckKinds.Keys)}."));
        var profile = await profiles.ForUnitAsync(member.UnitId, cancel);
        if (profile is null) return (null, ApiProblems.BadRequest("profile_missing", "Profil unit ini belum diisi. Isi profil unit terlebih dahulu (menu Profil)."));
        var context = await ContextAsync(member.UnitId, cancel);

        var (plan, replacements) = DeckPlanAnonymizer.Anonymize(DeckPlanner.Plan(kind, profile, catalog), context);
        var tokens = DeckTokens.From(profile).ToDictionary(kv => kv.Key, kv => Anonymizer.Anonymize(kv.Value, context).Text);
        var deck = DeckRenderer.Render(plan, template, tokens);
        PackageGuard.Inspect(deck.Pptx, PackageKind.Presentation);

        var draft = await NewDraftAsync(member, LibraryKinds.Deck, options, context, cancel);
        draft.Title = Clip(Anonymizer.Anonymize(options.Title is { Length: > 0 } t ? t : $"{kind.Label()} — {plan.Title}", context).Text, 300);
        draft.DeckKind = kind.ToKey();
        draft.Package = deck.Pptx;
        draft.SlideCount = deck.SlideCount;
        draft.Areas = string.Join(',', plan.Sections.SelectMany(s => s.Slides).Select(s => s.Key.Split('-')).Where(p => p.Length > 1 && catalog.AreaCodes.Contains(p[1], StringComparer.OrdinalIgnoreCase)).Select(p => p[1].ToUpperInvariant()).Distinct());
        var outline = string.Join("\n\n", plan.Slides.Select(s => "## " + s.Title + (s.Bullets.Count > 0 ? "\n\n" + string.Join('\n', s.Bullets.Select(b => new string(' ', 2 * b.Level) + "- " + b.Text)) : "")));
        SetText(draft, new AnonymizedText(outline, replacements));
        db.LibraryEntries.Add(draft);
        await db.SaveChangesAsync(cancel);
        return (draft, null);
    }

    /// <summary>The reviewer's own edit of a narrative draft: anonymised again, with a new review hash.</summary>
    public async Task UpdateTextAsync(LibraryEntryEntity draft, string text, CancellationToken cancel)
    {
        var context = await ContextAsync(draft.SourceUnitId ?? Guid.Empty, cancel);
        var again = Anonymizer.Anonymize(text, context);
        var previous = DeserializeReplacements(draft.Replacements);
        SetText(draft, again.Text, [.. previous, .. again.Replacements.Select(ToJson)]);
        await db.SaveChangesAsync(cancel);
    }

    public async Task PublishAsync(LibraryEntryEntity draft, CancellationToken cancel)
    {
        draft.Status = LibraryKinds.Published;
        draft.PublishedAt = clock.GetUtcNow();
        draft.Replacements = null;   // the originals are the unit's data: they never outlive the review
        await db.SaveChangesAsync(cancel);
    }

    public async Task UnpublishAsync(LibraryEntryEntity entry, CancellationToken cancel)
    {
        entry.Status = LibraryKinds.Withdrawn;
        entry.UnpublishedAt = clock.GetUtcNow();
        entry.Package = null;
        await db.SaveChangesAsync(cancel);
    }

    private void SetText(LibraryEntryEntity draft, AnonymizedText anonymized) => SetText(draft, anonymized.Text, anonymized.Replacements.Select(ToJson));

    private static ReplacementJson ToJson(Replacement r) => new(r.Original, r.Placeholder, r.Kind);

    private void SetText(LibraryEntryEntity draft, string text, IEnumerable<ReplacementJson> replacements)
    {
        draft.Markdown = text;
        draft.Replacements = JsonSerializer.Serialize(replacements.Distinct().ToList(), Web);
        draft.Score = draft.Kind == LibraryKinds.Narrative ? LibraryScoring.Score(checker, LibraryService.Split(draft.QuestionIds).FirstOrDefault(), draft.Markdown, draft.SuggestedAnswer) : 0;
        draft.ReviewHash = ReviewHash(draft);
    }

    public static string ReviewHash(LibraryEntryEntity e)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{e.Kind}\n{e.Title}\n{e.QuestionIds}\n{e.Markdown}\n"));
        if (e.Package is not null) sha.AppendData(SHA256.HashData(e.Package));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static IReadOnlyList<ReplacementJson> DeserializeReplacements(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ReplacementJson>>(json, Web) ?? [];

    private async Task<LibraryEntryEntity> NewDraftAsync(UnitMember member, string kind, DraftOptions options, AnonymizationContext context, CancellationToken cancel)
    {
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == member.UnitId, cancel);
        UnitProfile? profile = null;
        try { profile = await profiles.ForUnitAsync(member.UnitId, cancel); }
        catch (Domain.Yaml.UserInputException) { }
        var won = profile?.Unit.PredikatSebelumnya.OrderByDescending(p => p.Tahun).FirstOrDefault();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == member.UserId).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancel);
        var predikat = options.Predikat is { Length: > 0 } p ? p.ToUpperInvariant() : won?.Predikat.ToString();
        return new LibraryEntryEntity
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Status = LibraryKinds.Draft,
            Title = "",
            ReviewHash = "",
            Tags = string.Join(',', (options.Tags ?? []).Select(t => Clip(Anonymizer.Anonymize(t.Replace(",", " ").Trim(), context).Text, 40)).Where(t => t.Length > 0).Distinct().Take(10)),
            SourceUnitId = member.UnitId,
            SourceUnit = options.Anonymous ? "anonim" : unit.Nama,
            Instansi = unit.Instansi ?? profile?.Unit.Instansi,
            Predikat = predikat is "WBK" or "WBBM" ? predikat : null,
            Tahun = options.Tahun ?? won?.Tahun,
            Origin = "unit",
            CreatedBy = member.UserId,
            PublishedByName = options.Anonymous ? null : user?.DisplayName ?? "pimpinan unit",
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private static string Clip(string s, int max) => s.Length > max ? s[..max] : s;
    private static string Short(string s) => s.Length > 30 ? s[..30] + "…" : s;
}

public sealed record ReplacementJson(string Original, string Placeholder, string Kind);

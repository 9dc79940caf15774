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
using NarrativeAssist.Server.Profiles;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Library;

/// <summary>Options of a draft chosen by the publisher; <paramref name="Marks"/> are stretches the publisher marked as
/// identifying in an earlier review (replaced wherever they occur, slides and notes included).</summary>
public sealed record DraftOptions(string? Title, IReadOnlyList<string>? Tags, bool Anonymous, string? Predikat, int? Tahun, IReadOnlyList<MarkedSpan>? Marks = null);

/// <summary>Publishing from a unit in two steps: a draft holds only the anonymised preview (the replacements proposed
/// are kept for the review and dropped on confirmation); confirming must echo the preview's review hash, so nothing
/// reaches the library that the publisher did not see. Unpublishing withdraws the entry for every reader.</summary>
public sealed class LibraryPublisher(AppDbContext db, ProfileLoader profiles, NarrativeChecker checker, LkeCatalog catalog, NarrativeTemplates templates, TimeProvider clock)
{
    public const int MaxTextChars = 50_000;

    /// <summary>Most marks a publisher may add in one review, and the longest one.</summary>
    public const int MaxMarks = 100, MaxMarkChars = 200;

    /// <summary>What the anonymiser knows of a unit: its record's name, its profile's names and address, its members'
    /// names, and the names of every unit on this server (a narrative that names a sister unit points at its author).</summary>
    public async Task<AnonymizationContext> ContextAsync(Guid unitId, CancellationToken cancel, IEnumerable<MarkedSpan>? marks = null)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Nama }).FirstOrDefaultAsync(cancel);
        UnitProfile? profile = null;
        try { profile = await profiles.ForUnitAsync(unitId, cancel); }
        catch (Domain.Yaml.UserInputException) { }
        var members = await db.Memberships.AsNoTracking().Where(m => m.UnitId == unitId).Select(m => m.User!.DisplayName).ToListAsync(cancel);
        var allUnits = await db.Units.AsNoTracking().Select(u => u.Nama).ToListAsync(cancel);
        return AnonymizationContext.From(profile, [unit?.Nama], members).With(allUnits, marks);
    }

    /// <summary>Marks as sent by a client, checked: at most <see cref="MaxMarks"/>, each 2–<see cref="MaxMarkChars"/>
    /// characters and of a known kind (or none). Null when they are acceptable, else the Indonesian reason.</summary>
    public static string? CheckMarks(IReadOnlyList<MarkedSpan>? marks)
    {
        if (marks is null) return null;
        if (marks.Count > MaxMarks) return $"Paling banyak {MaxMarks} tandaan per tinjauan.";
        foreach (var m in marks)
        {
            if (m is null || string.IsNullOrWhiteSpace(m.Text) || m.Text.Trim().Length < 2 || m.Text.Length > MaxMarkChars)
                return $"Setiap tandaan berisi teks 2–{MaxMarkChars} karakter yang akan disamarkan.";
            if (m.Kind is not null && !ReplacementKinds.IsKnown(m.Kind))
                return $"Jenis tandaan \"{(m.Kind.Length > 20 ? m.Kind[..20] : m.Kind)}\" tidak dikenal; pilih salah satu: {string.Join(", ", ReplacementKinds.All)}.";
        }
        return null;
    }

    public async Task<(LibraryEntryEntity? Draft, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> NarrativeDraftAsync(UnitMember member, string questionId, DraftOptions options, CancellationToken cancel)
    {
        var question = catalog.FindQuestion(questionId);
        if (question is null) return (null, ApiProblems.BadRequest("unknown_question", $"Pertanyaan {Short(questionId)} tidak ada di katalog LKE."));
        var narrative = await db.Narratives.AsNoTracking().FirstOrDefaultAsync(n => n.UnitId == member.UnitId && n.QuestionId == question.Id, cancel);
        if (narrative is null || string.IsNullOrWhiteSpace(narrative.Text))
            return (null, ApiProblems.BadRequest("narrative_empty", $"Narasi {question.Id} unit ini masih kosong; tidak ada yang dapat diterbitkan."));
        if (narrative.Text.Length > MaxTextChars)
            return (null, ApiProblems.BadRequest("invalid_input", $"Narasi terlalu panjang untuk pustaka (lebih dari {MaxTextChars:N0} karakter)."));

        var context = await ContextAsync(member.UnitId, cancel, options.Marks);
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

    public async Task<(LibraryEntryEntity? Draft, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Problem)> DeckDraftAsync(UnitMember member, string? deckKind, DeckTemplate template, DraftOptions options, CancellationToken cancel)
    {
        if (!DeckKinds.TryParse(deckKind, out var kind))
            return (null, ApiProblems.BadRequest("invalid_input", $"deckKind harus {string.Join(" atau ", DeckKinds.Keys)}."));
        var profile = await profiles.ForUnitAsync(member.UnitId, cancel);
        if (profile is null) return (null, ApiProblems.BadRequest("profile_missing", "Profil unit ini belum diisi. Isi profil unit terlebih dahulu (menu Profil)."));
        var context = await ContextAsync(member.UnitId, cancel, options.Marks);

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

    /// <summary>The reviewer's own edit of a narrative draft, and the stretches they marked as missed: anonymised
    /// again (title included), with a new review hash.</summary>
    public async Task UpdateTextAsync(LibraryEntryEntity draft, string? text, IReadOnlyList<MarkedSpan>? marks, CancellationToken cancel)
    {
        var context = await ContextAsync(draft.SourceUnitId ?? Guid.Empty, cancel, marks);
        var again = Anonymizer.Anonymize(text ?? draft.Markdown, context);
        var previous = DeserializeReplacements(draft.Replacements);
        draft.Title = Clip(Anonymizer.Anonymize(draft.Title, context).Text, 300);
        SetText(draft, again.Text, [.. previous, .. again.Replacements.Select(ToJson)], again.Highlights());
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>The hash a confirmation that carries marks must echo: the draft's review hash and the marks, in the
    /// order sent — SHA-256 (lower-case hex) of <c>reviewHash + "\n" + (kind + "\t" + text + "\n")…</c>, kind empty when
    /// none. The publisher thus confirms exactly the preview they saw plus exactly the marks they made.</summary>
    public static string ReviewHashWithMarks(string reviewHash, IReadOnlyList<MarkedSpan> marks)
    {
        var sb = new StringBuilder(reviewHash).Append('\n');
        foreach (var m in marks) sb.Append(m.Kind ?? "").Append('\t').Append(m.Text).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Applies a confirmation's marks to a narrative draft before it is published (title and text).</summary>
    public async Task ApplyMarksAsync(LibraryEntryEntity draft, IReadOnlyList<MarkedSpan> marks, CancellationToken cancel)
    {
        var context = AnonymizationContext.Empty.With(marked: marks);
        draft.Title = Clip(Anonymizer.Anonymize(draft.Title, context).Text, 300);
        draft.Tags = string.Join(',', LibraryService.Split(draft.Tags).Select(t => Clip(Anonymizer.Anonymize(t, context).Text, 40)));
        var marked = Anonymizer.Anonymize(draft.Markdown, context);
        SetText(draft, marked);
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

    private void SetText(LibraryEntryEntity draft, AnonymizedText anonymized) => SetText(draft, anonymized.Text, anonymized.Replacements.Select(ToJson), anonymized.Highlights());

    private static ReplacementJson ToJson(Replacement r) => new(r.Original, r.Placeholder, r.Kind);

    /// <summary>Stores the preview and what was replaced: each replacement once, and where the latest ones stand in the
    /// preview (<see cref="ReplacementJson.Start"/>, <see cref="ReplacementJson.Length"/>) for the review to highlight.</summary>
    private void SetText(LibraryEntryEntity draft, string text, IEnumerable<ReplacementJson> replacements, IReadOnlyList<Highlight>? highlights = null)
    {
        draft.Markdown = text;
        var spans = (highlights ?? []).Select(h => new ReplacementJson(h.Original, h.Placeholder, h.Kind, h.Start, h.Length)).ToList();
        var rest = replacements.Distinct().Where(r => !spans.Any(x => x.Original == r.Original && x.Kind == r.Kind));
        draft.Replacements = JsonSerializer.Serialize(spans.Concat(rest).ToList(), ServerJson.Options);
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
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ReplacementJson>>(json, ServerJson.Options) ?? [];

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
            // Anonymous publishing hides everything that narrows the author down: unit, instansi, predikat and year.
            SourceUnit = options.Anonymous ? "anonim" : unit.Nama,
            Instansi = options.Anonymous ? null : unit.Instansi ?? profile?.Unit.Instansi,
            Predikat = options.Anonymous ? null : predikat is "WBK" or "WBBM" ? predikat : null,
            Tahun = options.Anonymous ? null : options.Tahun ?? won?.Tahun,
            Origin = "unit",
            CreatedBy = member.UserId,
            PublishedByName = options.Anonymous ? null : user?.DisplayName ?? "pimpinan unit",
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private static string Clip(string s, int max) => s.Length > max ? s[..max] : s;
    private static string Short(string s) => s.Length > 30 ? s[..30] + "…" : s;
}

/// <summary>A replacement kept for the review; <see cref="Start"/>/<see cref="Length"/> locate its placeholder in the preview text (null for earlier edits).</summary>
public sealed record ReplacementJson(string Original, string Placeholder, string Kind, int? Start = null, int? Length = null);

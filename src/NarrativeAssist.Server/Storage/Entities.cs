using Microsoft.AspNetCore.Identity;

namespace NarrativeAssist.Server.Storage;

/// <summary>A person with a local account. <see cref="IsAdmin"/> marks the server administrators, who create units.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string? DisplayName { get; set; }
    public bool IsAdmin { get; set; }
    /// <summary>Set by an administrator's reset (or a generated first password): sign-in is refused with
    /// "password_change_required" until the person has chosen their own.</summary>
    public bool MustChangePassword { get; set; }
}

/// <summary>The refresh tokens of one sign-in, rotated on every use: only <see cref="CurrentTokenId"/> may be redeemed.
/// Redeeming any other (a spent token, i.e. a copy) revokes the family, and with it the access tokens it issued.</summary>
public sealed class RefreshFamilyEntity
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid CurrentTokenId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>A work unit (satker) preparing its Zona Integritas evaluation: the tenant boundary.</summary>
public sealed class UnitEntity
{
    public Guid Id { get; set; }
    public required string Nama { get; set; }
    public string? Instansi { get; set; }
    /// <summary>The unit profile as the team wrote it (YAML or JSON), validated on every save.</summary>
    public string? ProfileText { get; set; }
    /// <summary>When the unit's Q&amp;A bank was copied from the starter bank (once; deletions stay deleted).</summary>
    public DateTimeOffset? QaSeededAt { get; set; }
    public DateTimeOffset? ProfileUpdatedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<MembershipEntity> Members { get; set; } = [];
}

/// <summary>A person's role in a unit; a penulis writes the narratives of <see cref="Areas"/> (lever codes).</summary>
public sealed class MembershipEntity
{
    public Guid UnitId { get; set; }
    public Guid UserId { get; set; }
    public required string Role { get; set; }
    /// <summary>Comma-separated lever codes (MP,TL,…) or H; empty for roles that are not area-bound.</summary>
    public string Areas { get; set; } = "";
    public UnitEntity? Unit { get; set; }
    public AppUser? User { get; set; }
}

/// <summary>The current narrative and answer of one question of one unit. <see cref="Version"/> is the
/// concurrency token behind the ETag; every save also writes a <see cref="NarrativeRevision"/>.</summary>
public sealed class NarrativeEntity
{
    public Guid UnitId { get; set; }
    public required string QuestionId { get; set; }
    public string Text { get; set; } = "";
    public string? Answer { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid UpdatedBy { get; set; }
    /// <summary>Last check verdict, kept so progress needs no re-check.</summary>
    public string Status { get; set; } = "kosong";
    public int Score { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public Guid? ApprovedBy { get; set; }
}

public sealed class NarrativeRevision
{
    public long Id { get; set; }
    public Guid UnitId { get; set; }
    public required string QuestionId { get; set; }
    public int Version { get; set; }
    public string Text { get; set; } = "";
    public string? Answer { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public Guid SavedBy { get; set; }
}

/// <summary>A reviewer's remark on a narrative (peninjau, pimpinan).</summary>
public sealed class CommentEntity
{
    public long Id { get; set; }
    public Guid UnitId { get; set; }
    public required string QuestionId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }
}

/// <summary>An evidence document (bukti dukung) of the unit's register, linked to the questions it supports.</summary>
public sealed class EvidenceEntity
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public required string Title { get; set; }
    public string? Number { get; set; }
    public DateOnly? Date { get; set; }
    public string? Link { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }
    /// <summary>Comma-separated question ids.</summary>
    public string QuestionIds { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }
}

/// <summary>The unit's progress in one ISO week ("2026-W48"), stored for the weekly meeting's history.</summary>
public sealed class ProgressSnapshot
{
    public Guid UnitId { get; set; }
    public required string Week { get; set; }
    public DateTimeOffset TakenAt { get; set; }
    /// <summary>Per-area counts as JSON (id, total, answered, strong, withEvidence).</summary>
    public required string Areas { get; set; }
    public int Answered { get; set; }
    public int Strong { get; set; }
    public int Total { get; set; }
    /// <summary>Requests still open, and of those past their due date, when the snapshot was taken (issue 18).</summary>
    public int OpenRequests { get; set; }
    public int OverdueRequests { get; set; }
    /// <summary>Publications dated in this ISO week.</summary>
    public int Publications { get; set; }
}

/// <summary>One timed practice run of a presentation: seconds per slide, recorded from the PowerPoint pane.</summary>
public sealed class RehearsalEntity
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public int TotalSeconds { get; set; }
    public int LimitSeconds { get; set; }
    /// <summary>[{number, title, seconds}] as JSON.</summary>
    public required string Slides { get; set; }
    public Guid By { get; set; }
}

/// <summary>A question of the unit's Q&amp;A bank; <see cref="BuiltInId"/> names the starter question it was copied from.</summary>
public sealed class QaQuestionEntity
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public string? BuiltInId { get; set; }
    public required string Area { get; set; }
    public required string Text { get; set; }
    public int Practised { get; set; }
    public DateTimeOffset? LastPractisedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One practised answer: which question, how long, by whom.</summary>
public sealed class QaPracticeEntity
{
    public long Id { get; set; }
    public Guid UnitId { get; set; }
    public Guid QuestionId { get; set; }
    public int Seconds { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid By { get; set; }
}

/// <summary>A narrative or deck a unit shared in the template library (or one imported from another server's bundle).
/// Only the anonymised, reviewed text is stored: a draft holds the preview the publisher must confirm
/// (<see cref="ReviewHash"/>), a published entry exactly what was confirmed.</summary>
public sealed class LibraryEntryEntity
{
    public Guid Id { get; set; }
    /// <summary>"narasi" or "presentasi".</summary>
    public required string Kind { get; set; }
    /// <summary>"draf", "terbit" or "ditarik".</summary>
    public required string Status { get; set; }
    public required string Title { get; set; }
    /// <summary>Comma-separated question ids.</summary>
    public string QuestionIds { get; set; } = "";
    /// <summary>Comma-separated lever codes (MP, TL, …, or H).</summary>
    public string Areas { get; set; } = "";
    /// <summary>Comma-separated tags.</summary>
    public string Tags { get; set; } = "";
    public string? SuggestedAnswer { get; set; }
    /// <summary>The anonymised narrative (Markdown), or a deck's outline (slide titles and bullets) for search.</summary>
    public string Markdown { get; set; } = "";
    public string? DeckKind { get; set; }
    /// <summary>The deck's .pptx, vetted like an upload.</summary>
    public byte[]? Package { get; set; }
    public int? SlideCount { get; set; }
    /// <summary>SHA-256 of what the publisher reviewed; confirming must echo it.</summary>
    public required string ReviewHash { get; set; }
    /// <summary>The proposed replacements as JSON (kept for the draft's review only).</summary>
    public string? Replacements { get; set; }
    public int Score { get; set; }
    public Guid? SourceUnitId { get; set; }
    /// <summary>The source unit's name as shown, or "anonim".</summary>
    public string SourceUnit { get; set; } = "anonim";
    public string? Instansi { get; set; }
    public string? Predikat { get; set; }
    public int? Tahun { get; set; }
    /// <summary>"unit" (published here) or "impor" (from a bundle).</summary>
    public string Origin { get; set; } = "unit";
    public string? ImportedFrom { get; set; }
    public Guid CreatedBy { get; set; }
    public string? PublishedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? UnpublishedAt { get; set; }
}

/// <summary>Curation and use of any library entry, built-in ("bawaan-…") or stored (its id): hidden, featured, times used.</summary>
public sealed class LibraryEntryStateEntity
{
    public required string EntryId { get; set; }
    public bool Hidden { get; set; }
    public bool Featured { get; set; }
    public int UsageCount { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}

/// <summary>One entry of the unit's publication log (issue 18): a post, an article or a broadcast. Channel and kind
/// are the domain's codes ("instagram", "pesan-integritas"); <see cref="LinkKey"/> is the normalised link, unique per
/// unit so the same post cannot be logged twice.</summary>
public sealed class PublicationEntity
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public DateOnly Date { get; set; }
    public required string Channel { get; set; }
    public required string Kind { get; set; }
    public string? Link { get; set; }
    public string? LinkKey { get; set; }
    public string Title { get; set; } = "";
    public string? Concerns { get; set; }
    /// <summary>Comma-separated LKE question ids the publication is evidence for.</summary>
    public string QuestionIds { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }
}

/// <summary>A unit's cadence targets, when changed from seed 004's defaults; no row means the defaults.</summary>
public sealed class CadenceTargetsEntity
{
    public Guid UnitId { get; set; }
    public int MediaMaxGapDays { get; set; }
    public int IntegrityMaxGapDays { get; set; }
    public int ChannelMaxGapDays { get; set; }
    /// <summary>Comma-separated channel codes the unit does not run.</summary>
    public string InactiveChannels { get; set; } = "";
}

/// <summary>A document requested by the Kanwil or the head office, with its due date and who delivers it.</summary>
public sealed class DocumentRequestEntity
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public required string Title { get; set; }
    public required string Requester { get; set; }
    public DateOnly DueDate { get; set; }
    public string PersonInCharge { get; set; } = "";
    /// <summary>The domain's status code: baru, dikerjakan, terkirim, dibatalkan.</summary>
    public required string Status { get; set; }
    /// <summary>The delivered file's name or link.</summary>
    public string? Delivered { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid CreatedBy { get; set; }
}

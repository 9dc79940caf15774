using Microsoft.AspNetCore.Identity;

namespace NarrativeAssist.Server.Storage;

/// <summary>A person with a local account. <see cref="IsAdmin"/> marks the server administrators, who create units.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string? DisplayName { get; set; }
    public bool IsAdmin { get; set; }
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

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace NarrativeAssist.Server.Storage;

/// <summary>The unit workspaces, accounts and Data Protection keys. Provider-specific subclasses
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) carry their own migrations.</summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<UnitEntity> Units => Set<UnitEntity>();
    public DbSet<MembershipEntity> Memberships => Set<MembershipEntity>();
    public DbSet<NarrativeEntity> Narratives => Set<NarrativeEntity>();
    public DbSet<NarrativeRevision> NarrativeRevisions => Set<NarrativeRevision>();
    public DbSet<CommentEntity> Comments => Set<CommentEntity>();
    public DbSet<EvidenceEntity> Evidence => Set<EvidenceEntity>();
    public DbSet<ProgressSnapshot> ProgressSnapshots => Set<ProgressSnapshot>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<RehearsalEntity> Rehearsals => Set<RehearsalEntity>();
    public DbSet<QaQuestionEntity> QaQuestions => Set<QaQuestionEntity>();
    public DbSet<QaPracticeEntity> QaPractices => Set<QaPracticeEntity>();
    public DbSet<LibraryEntryEntity> LibraryEntries => Set<LibraryEntryEntity>();
    public DbSet<LibraryEntryStateEntity> LibraryEntryStates => Set<LibraryEntryStateEntity>();
    public DbSet<RefreshFamilyEntity> RefreshFamilies => Set<RefreshFamilyEntity>();
    public DbSet<PublicationEntity> Publications => Set<PublicationEntity>();
    public DbSet<CadenceTargetsEntity> CadenceTargets => Set<CadenceTargetsEntity>();
    public DbSet<DocumentRequestEntity> DocumentRequests => Set<DocumentRequestEntity>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        ConfigureUnits(b);
        ConfigureNarratives(b);
        ConfigureEvidenceAndProgress(b);
        ConfigurePractice(b);
        ConfigureLibrary(b);
        ConfigurePublicity(b);
    }

    /// <summary>Model of the publication log, cadence targets and requests from the Kanwil and head office.</summary>
    private static void ConfigurePublicity(ModelBuilder b)
    {
        b.Entity<PublicationEntity>(e =>
        {
            e.Property(x => x.Channel).HasMaxLength(20);
            e.Property(x => x.Kind).HasMaxLength(30);
            e.Property(x => x.Link).HasMaxLength(2000);
            e.Property(x => x.LinkKey).HasMaxLength(2000);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Concerns).HasMaxLength(200);
            e.Property(x => x.QuestionIds).HasMaxLength(1000);
            e.HasIndex(x => new { x.UnitId, x.Date });
            e.HasIndex(x => new { x.UnitId, x.LinkKey }).IsUnique(); // NULL keys (clippings without a link) never collide
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CadenceTargetsEntity>(e =>
        {
            e.HasKey(x => x.UnitId);
            e.Property(x => x.InactiveChannels).HasMaxLength(200);
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<DocumentRequestEntity>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Requester).HasMaxLength(200);
            e.Property(x => x.PersonInCharge).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Delivered).HasMaxLength(2000);
            e.HasIndex(x => new { x.UnitId, x.DueDate });
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Model of units, who belongs to them, and sign-in families.</summary>
    private static void ConfigureUnits(ModelBuilder b)
    {
        b.Entity<UnitEntity>(e =>
        {
            e.Property(x => x.Nama).HasMaxLength(200);
            e.Property(x => x.Instansi).HasMaxLength(200);
        });
        b.Entity<MembershipEntity>(e =>
        {
            e.HasKey(x => new { x.UnitId, x.UserId });
            e.Property(x => x.Role).HasMaxLength(20);
            e.Property(x => x.Areas).HasMaxLength(100);
            e.HasOne(x => x.Unit).WithMany(u => u.Members).HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.UserId);
        });
        b.Entity<RefreshFamilyEntity>(e =>
        {
            e.HasIndex(x => x.UserId);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Model of narratives, their revisions and comments.</summary>
    private static void ConfigureNarratives(ModelBuilder b)
    {
        b.Entity<NarrativeEntity>(e =>
        {
            e.HasKey(x => new { x.UnitId, x.QuestionId });
            e.Property(x => x.QuestionId).HasMaxLength(20);
            e.Property(x => x.Answer).HasMaxLength(200);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NarrativeRevision>(e =>
        {
            e.Property(x => x.QuestionId).HasMaxLength(20);
            e.Property(x => x.Answer).HasMaxLength(200);
            e.HasIndex(x => new { x.UnitId, x.QuestionId, x.Version }).IsUnique();
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CommentEntity>(e =>
        {
            e.Property(x => x.QuestionId).HasMaxLength(20);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasIndex(x => new { x.UnitId, x.QuestionId });
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Model of evidence and weekly progress.</summary>
    private static void ConfigureEvidenceAndProgress(ModelBuilder b)
    {
        b.Entity<EvidenceEntity>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Number).HasMaxLength(200);
            e.Property(x => x.Link).HasMaxLength(2000);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.QuestionIds).HasMaxLength(4000);
            e.HasIndex(x => x.UnitId);
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ProgressSnapshot>(e =>
        {
            e.HasKey(x => new { x.UnitId, x.Week });
            e.Property(x => x.Week).HasMaxLength(10);
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Model of rehearsals and the Q&amp;A drill.</summary>
    private static void ConfigurePractice(ModelBuilder b)
    {
        b.Entity<RehearsalEntity>(e =>
        {
            e.Property(x => x.Kind).HasMaxLength(30);
            e.HasIndex(x => new { x.UnitId, x.Kind });
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<QaQuestionEntity>(e =>
        {
            e.Property(x => x.BuiltInId).HasMaxLength(20);
            e.Property(x => x.Area).HasMaxLength(10);
            e.Property(x => x.Text).HasMaxLength(1000);
            e.HasIndex(x => new { x.UnitId, x.BuiltInId }).IsUnique();   // a racing first read cannot copy the starter bank twice
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<QaPracticeEntity>(e =>
        {
            e.HasIndex(x => new { x.UnitId, x.QuestionId });
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<QaQuestionEntity>().WithMany().HasForeignKey(x => x.QuestionId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Model of the template library.</summary>
    private static void ConfigureLibrary(ModelBuilder b)
    {
        b.Entity<LibraryEntryEntity>(e =>
        {
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.QuestionIds).HasMaxLength(2000);
            e.Property(x => x.Areas).HasMaxLength(100);
            e.Property(x => x.Tags).HasMaxLength(1000);
            e.Property(x => x.SuggestedAnswer).HasMaxLength(200);
            e.Property(x => x.DeckKind).HasMaxLength(30);
            e.Property(x => x.ReviewHash).HasMaxLength(64);
            e.Property(x => x.SourceUnit).HasMaxLength(200);
            e.Property(x => x.Instansi).HasMaxLength(200);
            e.Property(x => x.Predikat).HasMaxLength(10);
            e.Property(x => x.Origin).HasMaxLength(20);
            e.Property(x => x.ImportedFrom).HasMaxLength(300);
            e.Property(x => x.PublishedByName).HasMaxLength(200);
            e.HasIndex(x => x.Status);
            e.HasIndex(x => x.SourceUnitId);
            e.HasOne<UnitEntity>().WithMany().HasForeignKey(x => x.SourceUnitId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<LibraryEntryStateEntity>(e =>
        {
            e.HasKey(x => x.EntryId);
            e.Property(x => x.EntryId).HasMaxLength(80);
        });
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Evidence;

/// <summary>A unit's evidence register (bukti dukung) in the database: listing, coverage, quota, adding and deleting.
/// Knows nothing of HTTP; the endpoints in Api/EvidenceEndpoints.cs turn its answers into responses.</summary>
public sealed class EvidenceRegister(AppDbContext db, TimeProvider time, IOptions<EvidenceOptions> quota)
{
    public Task<List<EvidenceEntity>> ListAsync(Guid unitId, CancellationToken cancel) =>
        db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId)
            .Select(e => new EvidenceEntity
            {
                Id = e.Id, UnitId = e.UnitId, Title = e.Title, Number = e.Number, Date = e.Date, Link = e.Link,
                FileName = e.FileName, QuestionIds = e.QuestionIds, CreatedAt = e.CreatedAt, CreatedBy = e.CreatedBy,
            }) // without the file content
            .ToListAsync(cancel);

    public Task<EvidenceEntity?> FindAsync(Guid unitId, Guid evidenceId, CancellationToken cancel) =>
        db.Evidence.AsNoTracking().FirstOrDefaultAsync(x => x.Id == evidenceId && x.UnitId == unitId, cancel);

    /// <summary>Questions with evidence: in the register, or in the publication log (a post tied to a question is
    /// named evidence for it, issue 18).</summary>
    public static async Task<HashSet<string>> CoveredQuestionsAsync(AppDbContext db, Guid unitId, CancellationToken cancel) =>
        (await db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId).Select(e => e.QuestionIds).ToListAsync(cancel))
            .Concat(await db.Publications.AsNoTracking().Where(p => p.UnitId == unitId && p.QuestionIds != "").Select(p => p.QuestionIds).ToListAsync(cancel))
            .SelectMany(Split).ToHashSet(StringComparer.Ordinal);

    public Task<HashSet<string>> CoveredQuestionsAsync(Guid unitId, CancellationToken cancel) => CoveredQuestionsAsync(db, unitId, cancel);

    /// <summary>What the unit has filed for one question, as a writer would name it: register items ("SK Tim ZI
    /// (KEP-1/2024, 02/01/2024)") and publications tied to the question ("Publikasi Instagram 17/05/2024: …"), so the
    /// narrative's check can show the evidence the unit already holds beside the evidence its text names.</summary>
    public static async Task<List<string>> FiledForAsync(AppDbContext db, Guid unitId, string questionId, CancellationToken cancel)
    {
        var register = (await db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId && e.QuestionIds.Contains(questionId))
                .Select(e => new { e.Title, e.Number, e.Date, e.QuestionIds }).ToListAsync(cancel))
            .Where(e => Split(e.QuestionIds).Contains(questionId, StringComparer.Ordinal))   // "P.MP.1.a" is not "P.MP.1.ab"
            .OrderBy(e => e.Title, StringComparer.Ordinal)
            .Select(e => e.Title + (e.Number is null && e.Date is null ? ""
                : $" ({string.Join(", ", new[] { e.Number, e.Date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) }.Where(x => !string.IsNullOrEmpty(x)))})"));
        var published = (await Publicity.PublicationLog.EvidenceByQuestionAsync(db, unitId, cancel)).GetValueOrDefault(questionId) ?? [];
        return register.Concat(published).ToList();
    }

    /// <summary>Null when the unit's quota (Evidence:MaxBytesPerUnit, Evidence:MaxItemsPerUnit) holds one more item of
    /// <paramref name="adding"/> bytes, else why not, in words for the user.</summary>
    public async Task<string?> QuotaExceededAsync(Guid unitId, long adding, CancellationToken cancel)
    {
        var limits = quota.Value;
        var items = await db.Evidence.CountAsync(e => e.UnitId == unitId, cancel);
        if (items >= limits.MaxItemsPerUnit)
            return $"Unit ini sudah menyimpan {items.ToString("N0", FieldLimits.Id)} bukti dukung, batas per unit. Hapus bukti yang tidak diperlukan lagi atau minta admin server menaikkan batasnya.";
        if (adding == 0) return null;
        var used = await db.Evidence.Where(e => e.UnitId == unitId && e.Content != null).SumAsync(e => (long)e.Content!.Length, cancel);
        return used + adding > limits.MaxBytesPerUnit
            ? $"Ruang bukti dukung unit ini hampir penuh: terpakai {Mb(used)} dari {Mb(limits.MaxBytesPerUnit)}, berkas ini {Mb(adding)}. " +
              "Hapus berkas yang tidak diperlukan lagi, simpan tautan sebagai gantinya, atau minta admin server menaikkan batasnya."
            : null;
    }

    public async Task<EvidenceEntity> AddAsync(Guid unitId, Guid by, EvidenceInput input, CancellationToken cancel)
    {
        var e = new EvidenceEntity
        {
            Id = Guid.NewGuid(), UnitId = unitId, Title = input.Title, Number = input.Number, Date = input.Date, Link = input.Link,
            FileName = input.File?.Name, ContentType = input.File?.ContentType, Content = input.File?.Content,
            QuestionIds = string.Join(",", input.QuestionIds), CreatedAt = time.GetUtcNow(), CreatedBy = by,
        };
        db.Evidence.Add(e);
        await db.SaveChangesAsync(cancel);
        return e;
    }

    /// <summary>The item to delete (tracked), or null when the unit has no such item.</summary>
    public Task<EvidenceEntity?> FindForDeleteAsync(Guid unitId, Guid evidenceId, CancellationToken cancel) =>
        db.Evidence.FirstOrDefaultAsync(x => x.Id == evidenceId && x.UnitId == unitId, cancel);

    public async Task DeleteAsync(EvidenceEntity e, CancellationToken cancel)
    {
        db.Evidence.Remove(e);
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>A penulis deletes evidence of their own areas only: every question it supports must be theirs to write;
    /// evidence linked to no question, only if they added it themselves.</summary>
    public static bool MayDelete(UnitMember member, EvidenceEntity e, LkeCatalog catalog)
    {
        if (member.Role != Roles.Penulis) return true;
        var questions = Split(e.QuestionIds).Select(catalog.FindQuestion).ToList();
        return questions.Count == 0 ? e.CreatedBy == member.UserId : questions.All(q => q is not null && member.CanWrite(q));
    }

    public static IReadOnlyList<string> Split(string ids) => ids.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("N1", FieldLimits.Id) + " MB";
}

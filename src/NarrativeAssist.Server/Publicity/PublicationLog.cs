using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Publicity;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Publicity;

/// <summary>What happened to an import: entries added, duplicates of entries already in the log (their LKE questions
/// added to the logged entry), and duplicates within the input.</summary>
public sealed record ImportOutcome(int Added, int AlreadyLogged, int MergedInInput);

/// <summary>A unit's publication log and cadence targets in the database. Knows nothing of HTTP.</summary>
public sealed class PublicationLog(AppDbContext db, TimeProvider time)
{
    public const int MaxEntriesPerUnit = 20_000;

    /// <summary>Today in the unit's day (WIB): cadence is counted in calendar days as the team lives them.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(PublicationLinks.UnitOffset).DateTime);

    public Task<List<PublicationEntity>> ListAsync(Guid unitId, DateOnly? from, DateOnly? to, CancellationToken cancel) =>
        db.Publications.AsNoTracking()
            .Where(p => p.UnitId == unitId && (from == null || p.Date >= from) && (to == null || p.Date <= to))
            .OrderByDescending(p => p.Date).ThenBy(p => p.Title)
            .ToListAsync(cancel);

    public Task<PublicationEntity?> FindAsync(Guid unitId, Guid id, CancellationToken cancel) =>
        db.Publications.FirstOrDefaultAsync(p => p.Id == id && p.UnitId == unitId, cancel);

    /// <summary>The entry already logged under the same link (other than <paramref name="except"/>), or null.</summary>
    public Task<PublicationEntity?> SameLinkAsync(Guid unitId, string? linkKey, Guid? except, CancellationToken cancel) =>
        linkKey is null
            ? Task.FromResult<PublicationEntity?>(null)
            : db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.UnitId == unitId && p.LinkKey == linkKey && p.Id != except, cancel);

    public async Task<bool> FullAsync(Guid unitId, int adding, CancellationToken cancel) =>
        await db.Publications.CountAsync(p => p.UnitId == unitId, cancel) + adding > MaxEntriesPerUnit;

    public async Task<PublicationEntity> AddAsync(Guid unitId, Guid by, Publication entry, CancellationToken cancel)
    {
        var e = new PublicationEntity { Id = Guid.NewGuid(), UnitId = unitId, Channel = "", Kind = "", CreatedAt = time.GetUtcNow(), CreatedBy = by };
        Apply(e, entry);
        db.Publications.Add(e);
        await db.SaveChangesAsync(cancel);
        return e;
    }

    public async Task UpdateAsync(PublicationEntity e, Publication entry, CancellationToken cancel)
    {
        Apply(e, entry);
        await db.SaveChangesAsync(cancel);
    }

    public async Task DeleteAsync(PublicationEntity e, CancellationToken cancel)
    {
        db.Publications.Remove(e);
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>Saves imported entries in one transaction. An entry whose link is already logged is not added twice:
    /// its LKE questions join the logged entry's.</summary>
    public async Task<ImportOutcome> ImportAsync(Guid unitId, Guid by, MergedPublications merged, CancellationToken cancel)
    {
        var keys = merged.Entries.Select(e => e.LinkKey).OfType<string>().ToList();
        var existing = await db.Publications.Where(p => p.UnitId == unitId && p.LinkKey != null && keys.Contains(p.LinkKey))
            .ToDictionaryAsync(p => p.LinkKey!, cancel);
        int added = 0, already = 0;
        foreach (var entry in merged.Entries)
        {
            if (entry.LinkKey is { } key && existing.TryGetValue(key, out var logged))
            {
                already++;
                var questions = Split(logged.QuestionIds).Concat(entry.Questions).Distinct(StringComparer.OrdinalIgnoreCase);
                logged.QuestionIds = string.Join(",", questions);
                continue;
            }
            var e = new PublicationEntity { Id = Guid.NewGuid(), UnitId = unitId, Channel = "", Kind = "", CreatedAt = time.GetUtcNow(), CreatedBy = by };
            Apply(e, entry);
            db.Publications.Add(e);
            added++;
        }
        await db.SaveChangesAsync(cancel);
        return new ImportOutcome(added, already, merged.DuplicatesMerged);
    }

    public async Task<CadenceTargets> TargetsAsync(Guid unitId, CancellationToken cancel)
    {
        var row = await db.CadenceTargets.AsNoTracking().FirstOrDefaultAsync(t => t.UnitId == unitId, cancel);
        return row is null
            ? CadenceTargets.Default
            : new CadenceTargets(row.MediaMaxGapDays, row.IntegrityMaxGapDays, row.ChannelMaxGapDays,
                Split(row.InactiveChannels).Select(Channels.Parse).OfType<PublicationChannel>().ToList());
    }

    public async Task SetTargetsAsync(Guid unitId, CadenceTargets targets, CancellationToken cancel)
    {
        var row = await db.CadenceTargets.FirstOrDefaultAsync(t => t.UnitId == unitId, cancel);
        if (row is null) db.CadenceTargets.Add(row = new CadenceTargetsEntity { UnitId = unitId });
        row.MediaMaxGapDays = targets.MediaMaxGapDays;
        row.IntegrityMaxGapDays = targets.IntegrityMaxGapDays;
        row.ChannelMaxGapDays = targets.ChannelMaxGapDays;
        row.InactiveChannels = string.Join(",", targets.Inactive.Select(c => c.Code()));
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>The cadence report from <paramref name="from"/> (default: the last 90 days) to today.</summary>
    public async Task<CadenceReport> ReportAsync(Guid unitId, DateOnly? from, CancellationToken cancel)
    {
        var today = Today();
        var start = from ?? today.AddDays(-89);
        var log = await ListAsync(unitId, start, today, cancel);
        return CadenceReport.Build(log.Select(ToDomain), await TargetsAsync(unitId, cancel), today, start);
    }

    /// <summary>Publications tied to LKE questions, by question, in the words an evaluator reads in the Eviden column
    /// ("Instagram 17/05/2024: Sosialisasi SP4N-LAPOR (https://…)"): they are named evidence for those questions.</summary>
    public static async Task<Dictionary<string, List<string>>> EvidenceByQuestionAsync(AppDbContext db, Guid unitId, CancellationToken cancel)
    {
        var rows = await db.Publications.AsNoTracking().Where(p => p.UnitId == unitId && p.QuestionIds != "")
            .OrderBy(p => p.Date).ToListAsync(cancel);
        return rows.SelectMany(p => Split(p.QuestionIds).Select(q => (q, Line: EvidenceName(p))))
            .GroupBy(x => x.q, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Line).ToList(), StringComparer.Ordinal);
    }

    public static string EvidenceName(PublicationEntity p)
    {
        var channel = Channels.Parse(p.Channel)?.Label() ?? p.Channel;
        var kind = PublicationKinds.Parse(p.Kind)?.Label() ?? p.Kind;
        var title = p.Title.Length > 0 ? p.Title : kind;
        return $"Publikasi {channel} {p.Date:dd/MM/yyyy}: {title}" + (p.Link is { Length: > 0 } l ? $" ({l})" : "");
    }

    public static Publication ToDomain(PublicationEntity e) =>
        new(e.Date, Channels.Parse(e.Channel) ?? PublicationChannel.Other, PublicationKinds.Parse(e.Kind) ?? PublicationKind.Activity,
            e.Link, e.Title, e.Concerns, Split(e.QuestionIds));

    public static IReadOnlyList<string> Split(string ids) => ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Apply(PublicationEntity e, Publication entry)
    {
        e.Date = entry.Date;
        e.Channel = entry.Channel.Code();
        e.Kind = entry.Kind.Code();
        e.Link = entry.Link;
        e.LinkKey = entry.LinkKey;
        e.Title = entry.Title.Length > 300 ? entry.Title[..299] + "…" : entry.Title;
        e.Concerns = entry.Concerns is { Length: > 200 } c ? c[..199] + "…" : entry.Concerns;
        e.QuestionIds = string.Join(",", entry.Questions);
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Server.Api;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Progress;

public sealed record AreaProgress(string Id, string Name, int Total, int Answered, int Strong, int WithEvidence);

public sealed record ProgressNow(IReadOnlyList<AreaProgress> Areas, int Answered, int Strong, int Total, IReadOnlyDictionary<string, int> Statuses);

/// <param name="OpenRequests">Requests from the Kanwil/head office still open when the week was last seen, and
/// <paramref name="OverdueRequests"/> of them past due; <paramref name="Publications"/> dated in the week.</param>
public sealed record WeekProgress(string Week, DateTimeOffset TakenAt, int Answered, int Strong, int Total, IReadOnlyList<AreaProgress> Areas,
    int OpenRequests = 0, int OverdueRequests = 0, int Publications = 0);

/// <summary>A unit's progress from its stored check verdicts and evidence register (no re-check), and the weekly
/// history: one snapshot per ISO week, overwritten during the week and left as it was once the week is over.</summary>
public sealed class ProgressService(AppDbContext db, LkeCatalog catalog, TimeProvider time)
{
    public async Task<ProgressNow> CurrentAsync(Guid unitId, CancellationToken cancel)
    {
        var rows = await db.Narratives.AsNoTracking().Where(n => n.UnitId == unitId)
            .Select(n => new { n.QuestionId, n.Status }).ToListAsync(cancel);
        var status = rows.ToDictionary(r => r.QuestionId, r => r.Status);
        var evidence = await Evidence.EvidenceRegister.CoveredQuestionsAsync(db, unitId, cancel);
        AreaProgress Of(string id, string name, IEnumerable<Question> questions)
        {
            var qs = questions.ToList();
            string S(Question q) => status.GetValueOrDefault(q.Id, "kosong");
            return new AreaProgress(id, name, qs.Count, qs.Count(q => S(q) != "kosong"), qs.Count(q => S(q) == "kuat"), qs.Count(q => evidence.Contains(q.Id)));
        }
        var areas = catalog.AreaCodes.Select(c => Of(c, catalog.AreaName(c), catalog.QuestionsOfArea(c)))
            .Concat(catalog.Parts.Where(p => p.Component == "hasil").Select(p => Of(p.Id, p.Name, p.Areas.SelectMany(a => a.AllQuestions))))
            .ToList();
        var statuses = new[] { "kuat", "perlu_perbaikan", "lemah", "kosong" }
            .ToDictionary(s => s, s => catalog.Questions.Count(q => status.GetValueOrDefault(q.Id, "kosong") == s));
        return new ProgressNow(areas, areas.Sum(a => a.Answered), areas.Sum(a => a.Strong), areas.Sum(a => a.Total), statuses);
    }

    public static string IsoWeek(DateTimeOffset at) =>
        $"{ISOWeek.GetYear(at.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(at.UtcDateTime):00}";

    /// <summary>Records this week's snapshot: one row per unit and ISO week, whoever writes it; unchanged figures are not rewritten.</summary>
    public async Task<ProgressNow> SnapshotAsync(Guid unitId, CancellationToken cancel)
    {
        var now = await CurrentAsync(unitId, cancel);
        var at = time.GetUtcNow();
        var week = IsoWeek(at);
        var areasJson = JsonSerializer.Serialize(now.Areas, ServerJson.Options);
        var rhythm = await RhythmAsync(unitId, at, cancel);
        var existing = await db.ProgressSnapshots.FirstOrDefaultAsync(s => s.UnitId == unitId && s.Week == week, cancel);
        if (existing is null)
            db.ProgressSnapshots.Add(new ProgressSnapshot
            {
                UnitId = unitId, Week = week, TakenAt = at, Areas = areasJson, Answered = now.Answered, Strong = now.Strong, Total = now.Total,
                OpenRequests = rhythm.Open, OverdueRequests = rhythm.Overdue, Publications = rhythm.Publications,
            });
        else if (existing.Areas != areasJson || existing.Answered != now.Answered || existing.Strong != now.Strong || existing.Total != now.Total
                 || existing.OpenRequests != rhythm.Open || existing.OverdueRequests != rhythm.Overdue || existing.Publications != rhythm.Publications)
        {
            // Written only when the figures moved (TakenAt: when they were last seen to change): reading the dashboard
            // is then a read, not a write competing with the team's saves for the database's write lock.
            existing.TakenAt = at; existing.Areas = areasJson; existing.Answered = now.Answered; existing.Strong = now.Strong; existing.Total = now.Total;
            existing.OpenRequests = rhythm.Open; existing.OverdueRequests = rhythm.Overdue; existing.Publications = rhythm.Publications;
        }
        else return now;
        // The (unit, week) primary key keeps it one row however many requests and instances race: the loser of an insert
        // race leaves the winner's row (taken the same moment, from the same data) as it is.
        try { await db.SaveChangesAsync(cancel); }
        catch (DbUpdateException e) when (e.IsUniqueViolation()) { db.ChangeTracker.Clear(); }
        return now;
    }

    /// <summary>Open and overdue requests today, and the publications dated in the ISO week of <paramref name="at"/>
    /// (Monday to Sunday, in the unit's day), for the weekly snapshot.</summary>
    private async Task<(int Open, int Overdue, int Publications)> RhythmAsync(Guid unitId, DateTimeOffset at, CancellationToken cancel)
    {
        var today = DateOnly.FromDateTime(at.ToOffset(Domain.Publicity.PublicationLinks.UnitOffset).DateTime);
        var requests = await Publicity.RequestBook.CountsAsync(db, unitId, today, cancel);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6);
        var publications = await db.Publications.CountAsync(p => p.UnitId == unitId && p.Date >= monday && p.Date <= sunday, cancel);
        return (requests.Open, requests.Overdue, publications);
    }

    public async Task<IReadOnlyList<WeekProgress>> HistoryAsync(Guid unitId, CancellationToken cancel)
    {
        var rows = await db.ProgressSnapshots.AsNoTracking().Where(s => s.UnitId == unitId).ToListAsync(cancel);
        return rows.OrderBy(r => r.Week, StringComparer.Ordinal)
            .Select(r => new WeekProgress(r.Week, r.TakenAt, r.Answered, r.Strong, r.Total,
                JsonSerializer.Deserialize<List<AreaProgress>>(r.Areas, ServerJson.Options) ?? [], r.OpenRequests, r.OverdueRequests, r.Publications))
            .ToList();
    }

}

namespace NarrativeAssist.Domain.Publicity;

/// <summary>A stretch without publications: from one publication day to the next (or to today when
/// <see cref="Open"/>), <see cref="Days"/> apart; <see cref="OverTarget"/> when that is more than the target allows.</summary>
public sealed record CadenceGap(DateOnly From, DateOnly To, int Days, bool Open, bool OverTarget);

/// <summary>The days with at least one publication, and how many, for a calendar.</summary>
public sealed record CadenceDay(DateOnly Date, int Count);

/// <summary>The rhythm of one line of publications (one channel, all media coverage, or integrity messages) up to
/// today. <see cref="StreakSince"/>/<see cref="StreakDays"/> is the current run of publication days in which no gap
/// broke the target, still alive today; null/0 when the latest gap is already past the target.</summary>
public sealed record CadenceTrack(
    string Name,
    int? TargetDays,
    int Count,
    DateOnly? Last,
    int? DaysSinceLast,
    IReadOnlyList<CadenceDay> Days,
    IReadOnlyList<CadenceGap> Gaps,
    int LongestGapDays,
    DateOnly? StreakSince,
    int StreakDays)
{
    public IEnumerable<CadenceGap> GapsOverTarget => Gaps.Where(g => g.OverTarget);

    /// <summary>Quiet: it had publications, and the time since the last one is already past the target.</summary>
    public bool Quiet => TargetDays is { } target && DaysSinceLast is { } since && since > target;

    public static CadenceTrack Of(string name, IEnumerable<DateOnly> dates, int? targetDays, DateOnly today)
    {
        var days = dates.Where(d => d <= today).GroupBy(d => d).OrderBy(g => g.Key).Select(g => new CadenceDay(g.Key, g.Count())).ToList();
        var gaps = new List<CadenceGap>();
        for (var i = 1; i < days.Count; i++)
        {
            var span = days[i].Date.DayNumber - days[i - 1].Date.DayNumber;
            // Consecutive days are no gap; a gap is what a calendar shows as empty between two publications.
            if (span > 1) gaps.Add(new CadenceGap(days[i - 1].Date, days[i].Date, span, false, span > targetDays));
        }
        DateOnly? last = days.Count > 0 ? days[^1].Date : null;
        int? since = last is { } l ? today.DayNumber - l.DayNumber : null;
        if (since > 1) gaps.Add(new CadenceGap(last!.Value, today, since.Value, true, since > targetDays));

        DateOnly? streakSince = null;
        var streakDays = 0;
        if (days.Count > 0 && (targetDays is null || since <= targetDays))
        {
            var start = days.Count - 1;
            while (start > 0 && (targetDays is null || days[start].Date.DayNumber - days[start - 1].Date.DayNumber <= targetDays)) start--;
            streakSince = days[start].Date;
            streakDays = days.Count - start;
        }
        return new CadenceTrack(name, targetDays, days.Sum(d => d.Count), last, since, days, gaps,
            gaps.Count == 0 ? 0 : gaps.Max(g => g.Days), streakSince, streakDays);
    }
}

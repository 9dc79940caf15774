namespace NarrativeAssist.Domain.Publicity;

/// <summary>One channel's rhythm; <see cref="Active"/> for the unit's own accounts in use (they carry the weekly
/// target), false for an account marked inactive or one without any post yet.</summary>
public sealed record ChannelCadence(PublicationChannel Channel, bool Active, CadenceTrack Track);

/// <summary>The publicity rhythm of a unit on <see cref="Today"/>: each channel, all media coverage together, and
/// the integrity messages, with the figures the weekly dashboard shows.</summary>
public sealed record CadenceReport(
    DateOnly Today,
    CadenceTargets Targets,
    IReadOnlyList<ChannelCadence> Channels,
    CadenceTrack Media,
    CadenceTrack Integrity,
    int IntegrityDaysLast7,
    int IntegrityMessagesLast7)
{
    /// <summary>"Hari sejak pemberitaan media terakhir"; null when the unit was never in the media.</summary>
    public int? DaysSinceMedia => Media.DaysSinceLast;

    /// <summary>The unit's own active accounts whose last post is older than the channel target.</summary>
    public IReadOnlyList<PublicationChannel> QuietChannels => Channels.Where(c => c.Active && c.Track.Quiet).Select(c => c.Channel).ToList();

    /// <summary>The report from the log; publications dated after <paramref name="today"/> are ignored and those
    /// before <paramref name="from"/> too (a calendar of the last three months need not walk a year's log).</summary>
    public static CadenceReport Build(IEnumerable<Publication> log, CadenceTargets targets, DateOnly today, DateOnly? from = null)
    {
        var entries = log.Where(p => p.Date <= today && (from is null || p.Date >= from)).ToList();
        var channels = Publicity.Channels.All
            .Where(c => c.IsOwned() || entries.Any(p => p.Channel == c))
            .Select(c =>
            {
                var dates = entries.Where(p => p.Channel == c).Select(p => p.Date).ToList();
                var active = c.IsOwned() && dates.Count > 0 && !targets.Inactive.Contains(c);
                return new ChannelCadence(c, active, CadenceTrack.Of(c.Label(), dates, c.IsOwned() ? targets.ChannelMaxGapDays : null, today));
            })
            .ToList();
        var media = CadenceTrack.Of("Pemberitaan media", entries.Where(p => p.Channel.IsMedia()).Select(p => p.Date), targets.MediaMaxGapDays, today);
        var integrity = entries.Where(p => p.Kind == PublicationKind.IntegrityMessage).ToList();
        var integrityTrack = CadenceTrack.Of("Pesan integritas", integrity.Select(p => p.Date), targets.IntegrityMaxGapDays, today);
        var weekStart = today.AddDays(-6);
        var lastWeek = integrity.Where(p => p.Date >= weekStart).ToList();
        return new CadenceReport(today, targets, channels, media, integrityTrack, lastWeek.Select(p => p.Date).Distinct().Count(), lastWeek.Count);
    }
}

namespace NarrativeAssist.Domain.Publicity;

/// <summary>How often a unit means to publish, in days allowed between two publications. The defaults are seed 004's:
/// in the media "setiap minggu atau dua minggu sekali" (at most 14 days apart), integrity messages "setiap hari" (1),
/// and every social account and the website active, which the team reads as at least weekly (7).
/// <see cref="InactiveChannels"/> are accounts the unit does not run (no TikTok), left out of "quiet channels".</summary>
public sealed record CadenceTargets(
    int MediaMaxGapDays = 14,
    int IntegrityMaxGapDays = 1,
    int ChannelMaxGapDays = 7,
    IReadOnlyList<PublicationChannel>? InactiveChannels = null)
{
    public const int MaxGapDays = 366;

    public static CadenceTargets Default { get; } = new();

    public IReadOnlyList<PublicationChannel> Inactive => InactiveChannels ?? [];

    /// <summary>Why these targets cannot be kept (in Indonesian), or null.</summary>
    public string? Problem()
    {
        foreach (var (days, what) in new[] { (MediaMaxGapDays, "pemberitaan media"), (IntegrityMaxGapDays, "pesan integritas"), (ChannelMaxGapDays, "kanal aktif") })
            if (days is < 1 or > MaxGapDays) return $"Target {what} harus 1 sampai {MaxGapDays} hari, bukan {days}.";
        return null;
    }
}

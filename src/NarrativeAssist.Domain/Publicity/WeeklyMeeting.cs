namespace NarrativeAssist.Domain.Publicity;

/// <summary>The figures the leader's weekly meeting compares (seed 004: "monitoring atas pemenuhan dokumen secara
/// mingguan"): narratives answered and strong, questions with evidence, publications in the week, requests open and
/// overdue.</summary>
public sealed record MeetingFigures(int Answered, int Strong, int Total, int WithEvidence, int Publications, int OpenRequests, int OverdueRequests);

/// <summary>One open request as the meeting reads it.</summary>
public sealed record MeetingRequest(string Title, string Requester, DateOnly DueDate, string PersonInCharge, string Status, string? Reminder);

/// <summary>The weekly meeting's summary: this week against last week, what slipped, the requests and the publicity
/// rhythm. <see cref="LastWeek"/> is null in a unit's first week.</summary>
public sealed record WeeklyMeeting(
    string UnitName,
    string Week,
    DateOnly Monday,
    DateOnly Today,
    MeetingFigures ThisWeek,
    MeetingFigures? LastWeek,
    IReadOnlyList<string> Slipped,
    IReadOnlyList<MeetingRequest> Requests,
    IReadOnlyList<string> Publicity)
{
    /// <summary>The summary. What slipped is said in Indonesian, one sentence per fact, worst first: requests past due,
    /// figures that went down since last week, and the publicity targets not kept.</summary>
    public static WeeklyMeeting Build(string unitName, string week, DateOnly today, MeetingFigures now, MeetingFigures? last,
        IEnumerable<MeetingRequest> openRequests, CadenceReport cadence)
    {
        var requests = openRequests.OrderBy(r => r.DueDate).ToList();
        var slipped = new List<string>();
        foreach (var r in requests.Where(r => r.DueDate < today))
            slipped.Add($"Permintaan \"{r.Title}\" dari {r.Requester} lewat tenggat {r.DueDate:dd/MM/yyyy} ({r.Reminder}).");
        if (last is not null)
        {
            void Down(int before, int after, string what)
            {
                if (after < before) slipped.Add($"{what} turun dari {before} menjadi {after}.");
            }
            Down(last.Answered, now.Answered, "Pertanyaan terjawab");
            Down(last.Strong, now.Strong, "Narasi kuat");
            Down(last.WithEvidence, now.WithEvidence, "Pertanyaan berbukti dukung");
            if (now.OverdueRequests > last.OverdueRequests)
                slipped.Add($"Permintaan terlambat bertambah dari {last.OverdueRequests} menjadi {now.OverdueRequests}.");
        }
        var publicity = new List<string>
        {
            cadence.DaysSinceMedia is { } d
                ? $"Hari sejak pemberitaan media terakhir: {d} (target paling lama {cadence.Targets.MediaMaxGapDays} hari)."
                : "Belum ada pemberitaan media yang tercatat.",
            $"Pesan integritas 7 hari terakhir: {cadence.IntegrityDaysLast7} dari 7 hari ({cadence.IntegrityMessagesLast7} pesan).",
            cadence.QuietChannels.Count == 0
                ? "Semua kanal aktif terisi sesuai target."
                : "Kanal sepi: " + string.Join(", ", cadence.QuietChannels.Select(c => c.Label())) + ".",
        };
        if (cadence.Media.Quiet) slipped.Add($"Belum muncul di media selama {cadence.DaysSinceMedia} hari (target {cadence.Targets.MediaMaxGapDays} hari).");
        else if (cadence.DaysSinceMedia is null) slipped.Add("Belum ada pemberitaan media sama sekali.");
        if (cadence.IntegrityDaysLast7 < 7 && cadence.Targets.IntegrityMaxGapDays == 1)
            slipped.Add($"Pesan integritas hanya {cadence.IntegrityDaysLast7} dari 7 hari terakhir (target setiap hari).");
        foreach (var c in cadence.QuietChannels)
            slipped.Add($"{c.Label()} tidak diperbarui selama {cadence.Channels.Single(x => x.Channel == c).Track.DaysSinceLast} hari (target {cadence.Targets.ChannelMaxGapDays} hari).");
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new WeeklyMeeting(unitName, week, monday, today, now, last, slipped, requests, publicity);
    }
}

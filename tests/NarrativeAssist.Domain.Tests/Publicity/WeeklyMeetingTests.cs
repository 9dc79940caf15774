using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Domain.Tests.Publicity;

public class WeeklyMeetingTests
{
    private static readonly DateOnly Today = new(2024, 6, 27); // Thursday of 2024-W26

    [Fact]
    public void What_slipped_names_late_requests_falling_figures_and_publicity_targets_missed()
    {
        var log = new[]
        {
            new Publication(new DateOnly(2024, 6, 5), PublicationChannel.OnlineMedia, PublicationKind.PressRelease, null, "Rilis"),
            new Publication(new DateOnly(2024, 6, 26), PublicationChannel.Instagram, PublicationKind.IntegrityMessage, null, "Tolak gratifikasi"),
            new Publication(new DateOnly(2024, 6, 10), PublicationChannel.Facebook, PublicationKind.Activity, null, "Apel"),
        };
        var cadence = CadenceReport.Build(log, CadenceTargets.Default, Today);
        var requests = new[]
        {
            new MeetingRequest("Data SDM", "Kantor Pusat", new DateOnly(2024, 6, 28), "Budi", "Dikerjakan", "Jatuh tempo besok"),
            new MeetingRequest("Matriks TL LHE", "Kanwil DJPb", new DateOnly(2024, 6, 25), "Rina", "Baru", "Terlambat 2 hari"),
        };
        var meeting = WeeklyMeeting.Build("KPPN Contoh", "2024-W26", Today,
            new MeetingFigures(50, 20, 92, 30, 4, 2, 1), new MeetingFigures(48, 22, 92, 30, 9, 1, 0), requests, cadence);

        meeting.Monday.Should().Be(new DateOnly(2024, 6, 24));
        meeting.Requests.Select(r => r.Title).Should().Equal("Matriks TL LHE", "Data SDM");
        meeting.Slipped.Should().Equal(
            "Permintaan \"Matriks TL LHE\" dari Kanwil DJPb lewat tenggat 25/06/2024 (Terlambat 2 hari).",
            "Narasi kuat turun dari 22 menjadi 20.",
            "Permintaan terlambat bertambah dari 0 menjadi 1.",
            "Belum muncul di media selama 22 hari (target 14 hari).",
            "Pesan integritas hanya 1 dari 7 hari terakhir (target setiap hari).",
            "Facebook tidak diperbarui selama 17 hari (target 7 hari).");
        meeting.Publicity[0].Should().Be("Hari sejak pemberitaan media terakhir: 22 (target paling lama 14 hari).");
    }

    [Fact]
    public void A_first_week_without_history_reports_only_what_is_late_now()
    {
        var cadence = CadenceReport.Build(
            [new Publication(Today, PublicationChannel.RadioTv, PublicationKind.PressRelease, null, "Dialog RRI")], CadenceTargets.Default with { IntegrityMaxGapDays = 7 }, Today);
        var meeting = WeeklyMeeting.Build("KPPN Contoh", "2024-W26", Today, new MeetingFigures(1, 0, 92, 0, 1, 0, 0), null, [], cadence);
        meeting.LastWeek.Should().BeNull();
        meeting.Slipped.Should().BeEmpty();
    }
}

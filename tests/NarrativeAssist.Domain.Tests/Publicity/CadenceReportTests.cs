using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Domain.Tests.Publicity;

public class CadenceReportTests
{
    private static readonly DateOnly Today = new(2024, 6, 30);

    private static Publication P(string date, PublicationChannel channel, PublicationKind kind = PublicationKind.Activity) =>
        new(DateOnly.Parse(date), channel, kind, null, "x");

    [Fact]
    public void Gaps_streaks_and_the_dashboard_figures_come_from_the_log()
    {
        var log = new[]
        {
            P("2024-06-01", PublicationChannel.OnlineMedia), P("2024-06-20", PublicationChannel.PrintMedia), // 19 days apart
            P("2024-06-02", PublicationChannel.Instagram), P("2024-06-08", PublicationChannel.Instagram), P("2024-06-14", PublicationChannel.Instagram),
            P("2024-06-29", PublicationChannel.Instagram), // with the message of the 26th: 12 days after the 14th, over the weekly target
            P("2024-06-01", PublicationChannel.Facebook), // quiet since
            P("2024-06-26", PublicationChannel.Instagram, PublicationKind.IntegrityMessage), P("2024-06-27", PublicationChannel.X, PublicationKind.IntegrityMessage),
            P("2024-06-27", PublicationChannel.Instagram, PublicationKind.IntegrityMessage), P("2024-06-29", PublicationChannel.Instagram, PublicationKind.IntegrityMessage),
            P("2024-07-02", PublicationChannel.Instagram), // after today: ignored
        };
        var report = CadenceReport.Build(log, CadenceTargets.Default, Today);

        report.DaysSinceMedia.Should().Be(10);
        report.Media.GapsOverTarget.Should().ContainSingle().Which.Should().Be(new CadenceGap(new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 20), 19, false, true));
        report.Media.StreakDays.Should().Be(1, "the run restarted on the 20th");

        var instagram = report.Channels.Single(c => c.Channel == PublicationChannel.Instagram);
        instagram.Active.Should().BeTrue();
        instagram.Track.Count.Should().Be(7);
        instagram.Track.GapsOverTarget.Select(g => (g.From, g.Days)).Should().Equal((new DateOnly(2024, 6, 14), 12));
        instagram.Track.LongestGapDays.Should().Be(12);
        instagram.Track.StreakSince.Should().Be(new DateOnly(2024, 6, 26));

        report.QuietChannels.Should().Equal(PublicationChannel.Facebook);
        report.Channels.Single(c => c.Channel == PublicationChannel.TikTok).Active.Should().BeFalse("never used");

        report.IntegrityDaysLast7.Should().Be(3);
        report.IntegrityMessagesLast7.Should().Be(4);
        report.Integrity.GapsOverTarget.Select(g => (g.From, g.To, g.Open)).Should().Equal(
            (new DateOnly(2024, 6, 27), new DateOnly(2024, 6, 29), false));
        report.Integrity.Quiet.Should().BeFalse("yesterday's message keeps the daily target");
    }

    [Fact]
    public void Changed_targets_and_inactive_channels_change_the_verdict()
    {
        var log = new[] { P("2024-06-01", PublicationChannel.OnlineMedia), P("2024-06-10", PublicationChannel.Facebook) };
        var strict = CadenceReport.Build(log, CadenceTargets.Default with { MediaMaxGapDays = 7 }, Today);
        strict.Media.Quiet.Should().BeTrue();
        strict.Media.Gaps.Should().ContainSingle().Which.Should().Be(new CadenceGap(new DateOnly(2024, 6, 1), Today, 29, true, true));
        strict.QuietChannels.Should().Equal(PublicationChannel.Facebook);

        var withoutFacebook = CadenceReport.Build(log, new CadenceTargets(InactiveChannels: [PublicationChannel.Facebook]), Today);
        withoutFacebook.QuietChannels.Should().BeEmpty();
        withoutFacebook.DaysSinceMedia.Should().Be(29);
    }

    [Fact]
    public void A_unit_never_in_the_media_has_no_days_since_and_targets_are_validated()
    {
        var report = CadenceReport.Build([], CadenceTargets.Default, Today);
        report.DaysSinceMedia.Should().BeNull();
        report.Media.StreakDays.Should().Be(0);
        report.IntegrityDaysLast7.Should().Be(0);
        new CadenceTargets(MediaMaxGapDays: 0).Problem().Should().Be("Target pemberitaan media harus 1 sampai 366 hari, bukan 0.");
        CadenceTargets.Default.Problem().Should().BeNull();
    }
}

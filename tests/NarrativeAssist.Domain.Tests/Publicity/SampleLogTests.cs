using NarrativeAssist.Domain.Publicity;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Domain.Tests.Publicity;

/// <summary>The three-month sample log the README and the web app use (templates/samples/publikasi-contoh.csv,
/// March–May 2024): the gaps it was written with are the gaps found. Cuti bersama Idulfitri (8–15 April) leaves the
/// daily integrity message and the weekly channels silent; the media went 22 days without coverage in April; Facebook
/// stopped after 29 April and YouTube posts monthly.</summary>
public class SampleLogTests
{
    private static readonly DateOnly EndOfMay = new(2024, 5, 31);

    private static PublicationImport Sample() =>
        SchedulerCsv.Read(File.ReadAllText(Path.Combine(RepoRoot.Path, "templates", "samples", "publikasi-contoh.csv")), EndOfMay);

    [Fact]
    public void Every_row_of_the_sample_is_read_without_problems()
    {
        var sample = Sample();
        sample.FileProblems.Should().BeEmpty();
        sample.Rows.Should().HaveCount(150).And.OnlyContain(r => r.Entry != null && r.Problems.Count == 0);
        sample.Merged.DuplicatesMerged.Should().Be(0);
        sample.Entries.Count(e => e.Kind == PublicationKind.IntegrityMessage).Should().Be(82, "92 days less the eight of cuti bersama and one weekend");
        sample.Entries.Where(e => e.Questions.Contains("P.PP.1.d")).Select(e => e.Date.Month).Should().Equal(3, 4, 5);
    }

    [Fact]
    public void The_sample_log_shows_the_gaps_it_was_written_with()
    {
        var report = CadenceReport.Build(Sample().Entries, CadenceTargets.Default, EndOfMay, new DateOnly(2024, 3, 1));

        report.DaysSinceMedia.Should().Be(4);
        report.Media.GapsOverTarget.Select(g => (g.From, g.To, g.Days)).Should().Equal((new DateOnly(2024, 4, 2), new DateOnly(2024, 4, 24), 22));
        report.Integrity.GapsOverTarget.Select(g => (g.From, g.Days)).Should().Equal((new DateOnly(2024, 4, 7), 9), (new DateOnly(2024, 5, 17), 3));
        report.IntegrityDaysLast7.Should().Be(7);
        report.QuietChannels.Should().Equal(PublicationChannel.Facebook, PublicationChannel.YouTube);

        CadenceGap OverTarget(PublicationChannel c) => report.Channels.Single(x => x.Channel == c).Track.GapsOverTarget.First();
        OverTarget(PublicationChannel.Instagram).Should().Be(new CadenceGap(new DateOnly(2024, 4, 7), new DateOnly(2024, 4, 16), 9, false, true));
        OverTarget(PublicationChannel.X).Days.Should().Be(14);
        OverTarget(PublicationChannel.Website).From.Should().Be(new DateOnly(2024, 4, 5));
        report.Channels.Single(x => x.Channel == PublicationChannel.Facebook).Track.Gaps.Last().Should()
            .Be(new CadenceGap(new DateOnly(2024, 4, 29), EndOfMay, 32, true, true));
        report.Channels.Single(x => x.Channel == PublicationChannel.TikTok).Active.Should().BeFalse();
    }
}

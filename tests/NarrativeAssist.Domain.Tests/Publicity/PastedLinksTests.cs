using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Domain.Tests.Publicity;

public class PastedLinksTests
{
    private static readonly DateOnly Today = new(2024, 6, 30);

    [Fact]
    public void A_pasted_list_becomes_entries_with_dates_titles_and_duplicates_merged()
    {
        var text = """
            17/05/2024 Sosialisasi SP4N-LAPOR https://www.instagram.com/p/C7AbCdEfGhI/?igsh=xyz
            https://regional.kompas.com/read/2024/05/20/101500078/kppn-tanjung-raih-wbbm
            - 21 Mei 2024 – Apel pagi https://instagram.com/reel/C7AbCdEfGhI
            https://www.facebook.com/kppntanjung/posts/pfbid02abc
            catatan tanpa tautan

            """;
        var result = PastedLinks.Read(text, Today);

        result.Entries.Should().HaveCount(2);
        var instagram = result.Entries[0];
        instagram.Should().BeEquivalentTo(new Publication(new DateOnly(2024, 5, 17), PublicationChannel.Instagram, PublicationKind.Activity,
            "https://instagram.com/p/C7AbCdEfGhI", "Sosialisasi SP4N-LAPOR", null, []), o => o.Excluding(p => p.Link));
        result.Entries[1].Channel.Should().Be(PublicationChannel.OnlineMedia);
        result.Entries[1].Kind.Should().Be(PublicationKind.PressRelease);
        result.Entries[1].Date.Should().Be(new DateOnly(2024, 5, 20));
        result.Merged.DuplicatesMerged.Should().Be(1, "the reel is the same post as /p/");

        result.Rows.Single(r => r.Line == 4).Problems.Should().ContainSingle().Which.Should().Contain("Tanggal Facebook tidak terbaca");
        result.Rows.Single(r => r.Line == 5).Problems.Should().Equal("Baris ini tidak memuat tautan.");
        result.Skipped.Should().Be(2);
    }

    [Fact]
    public void A_fallback_date_fills_links_without_one_and_says_so()
    {
        var result = PastedLinks.Read("https://www.facebook.com/kppntanjung/posts/pfbid02abc", Today, PublicationKind.IntegrityMessage, new DateOnly(2024, 6, 28));
        var row = result.Rows.Single();
        row.Entry!.Date.Should().Be(new DateOnly(2024, 6, 28));
        row.Entry.Kind.Should().Be(PublicationKind.IntegrityMessage);
        row.Problems.Should().Equal("Tanggal tidak diketahui; dipakai 28/06/2024.");
    }

    [Fact]
    public void Future_dates_and_empty_pastes_are_refused()
    {
        PastedLinks.Read("01/07/2024 https://kppntanjung.go.id/berita/a", Today).Rows.Single().Problems
            .Should().Equal("Tanggal 01/07/2024 belum terjadi.");
        PastedLinks.Read("  \n ", Today).FileProblems.Should().Equal("Tidak ada tautan yang ditempel.");
    }
}

using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Domain.Tests.Publicity;

public class PublicationLinksTests
{
    private static string XStatusAt(DateTimeOffset instant) =>
        ((instant.ToUnixTimeMilliseconds() - 1288834974657) << 22 | 12345).ToString();

    [Theory]
    [InlineData("https://www.instagram.com/p/C7AbCdEfGhI/?igsh=MTZ4dGxq", "https://instagram.com/p/C7AbCdEfGhI")]
    [InlineData("https://instagram.com/reel/C7AbCdEfGhI/", "https://instagram.com/p/C7AbCdEfGhI")]
    [InlineData("https://www.instagram.com/kppntanjung/p/C7AbCdEfGhI/", "https://instagram.com/p/C7AbCdEfGhI")]
    [InlineData("https://twitter.com/kppntanjung/status/1791234567890123456?s=20", "https://x.com/i/status/1791234567890123456")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc", "https://youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/shorts/dQw4w9WgXcQ", "https://youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("http://www.kppntanjung.go.id/berita/sosialisasi/?utm_source=wa#top", "https://kppntanjung.go.id/berita/sosialisasi")]
    [InlineData("radarbanjarmasin.jawapos.com/2024/05/17/kppn-raih-wbbm", "https://radarbanjarmasin.jawapos.com/2024/05/17/kppn-raih-wbbm")]
    public void Copies_of_one_post_normalise_to_one_link(string link, string expected) =>
        PublicationLinks.Normalize(link).Should().Be(expected);

    [Theory]
    [InlineData("bukan tautan")]
    [InlineData("ftp://server.go.id/berkas")]
    [InlineData("")]
    public void Text_that_is_no_web_address_has_no_link(string text)
    {
        PublicationLinks.Normalize(text).Should().BeNull();
        PublicationLinks.Recognise(text).Should().BeNull();
    }

    [Fact]
    public void An_x_status_id_gives_the_day_in_wib_not_utc()
    {
        // 18:30 UTC on 16 May is 01:30 WIB on 17 May: the unit posted on the 17th.
        var id = XStatusAt(new DateTimeOffset(2024, 5, 16, 18, 30, 0, TimeSpan.Zero));
        var facts = PublicationLinks.Recognise($"https://x.com/kppntanjung/status/{id}")!;
        facts.Channel.Should().Be(PublicationChannel.X);
        facts.Date.Should().Be(new DateOnly(2024, 5, 17));
    }

    [Fact]
    public void Status_ids_from_before_snowflakes_give_no_date() =>
        PublicationLinks.Recognise("https://twitter.com/jack/status/20")!.Date.Should().BeNull();

    [Fact]
    public void A_tiktok_video_id_carries_its_upload_time()
    {
        var seconds = new DateTimeOffset(2024, 3, 2, 3, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var id = ((ulong)seconds << 32 | 777UL).ToString();
        var facts = PublicationLinks.Recognise($"https://www.tiktok.com/@kppntanjung/video/{id}?lang=id")!;
        facts.Channel.Should().Be(PublicationChannel.TikTok);
        facts.Date.Should().Be(new DateOnly(2024, 3, 2));
    }

    [Theory]
    [InlineData("https://kalsel.antaranews.com/berita/412345/kppn-tanjung-raih-wbbm", PublicationChannel.OnlineMedia, null)]
    [InlineData("https://regional.kompas.com/read/2024/05/17/101500078/kppn-tanjung", PublicationChannel.OnlineMedia, "2024-05-17")]
    [InlineData("https://www.kppntanjung.go.id/2024-06-03-rapat-evaluasi", PublicationChannel.Website, "2024-06-03")]
    [InlineData("https://djpb.kemenkeu.go.id/kppn/tanjung/id/berita/20240521/pelatihan.html", PublicationChannel.Website, "2024-05-21")]
    [InlineData("https://epaper.radarbanjarmasin.id/2024/05/20/halaman-5", PublicationChannel.PrintMedia, "2024-05-20")]
    [InlineData("https://rri.co.id/banjarmasin/daerah/712345/kppn-tanjung", PublicationChannel.RadioTv, null)]
    [InlineData("https://www.facebook.com/kppntanjung/posts/pfbid02abc", PublicationChannel.Facebook, null)]
    [InlineData("https://www.instagram.com/p/C7AbCdEfGhI/", PublicationChannel.Instagram, null)]
    [InlineData("https://news.example.com/2024/02/30/tanggal-mustahil", PublicationChannel.OnlineMedia, null)]
    public void Channel_and_date_come_from_the_address(string link, PublicationChannel channel, string? date)
    {
        var facts = PublicationLinks.Recognise(link)!;
        facts.Channel.Should().Be(channel);
        facts.Date.Should().Be(date is null ? null : DateOnly.Parse(date));
    }
}

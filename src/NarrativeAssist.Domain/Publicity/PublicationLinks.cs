using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Publicity;

/// <summary>What a link alone tells: which channel it is on, and when it was posted where the address carries the
/// date (an X status id, a TikTok video id, a news path such as /2024/05/17/).</summary>
public sealed record LinkFacts(string Link, PublicationChannel Channel, DateOnly? Date);

/// <summary>Reads publication links. Pure: no request is made, so a link is recognised by its form only.</summary>
public static partial class PublicationLinks
{
    /// <summary>Posts are dated in the unit's day; most units are on WIB, and a date read a few hours off for WITA or
    /// WIT units would only shift posts made around midnight.</summary>
    public static readonly TimeSpan UnitOffset = TimeSpan.FromHours(7);

    // X (Twitter) status ids since November 2010 are "snowflakes": milliseconds since this epoch, shifted left 22 bits.
    private const long XEpochMs = 1288834974657;

    // Parameters that only say who shared a link or from where; two copies of a post differ in them alone.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "igshid", "igsh", "fbclid", "gclid", "si", "feature", "ref", "ref_src", "ref_url", "s", "t", "mibextid",
        "rdid", "share_url", "is_from_webapp", "sender_device", "_r", "_t", "amp", "page", "utm_id",
    };

    private static readonly string[] RadioTvHosts = ["rri.co.id", "tvri.go.id", "kompas.tv", "metrotvnews.com", "tvonenews.com", "inews.id", "beritasatu.com", "cnnindonesia.com/tv"];

    [GeneratedRegex(@"/(?<y>20\d\d)[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?=/|$|[-_.])|/(?<y>20\d\d)(?<m>[01]\d)(?<d>[0-3]\d)(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PathDate();

    [GeneratedRegex(@"^/(?:[^/]+/)?status(?:es)?/(?<id>\d{6,20})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex XStatus();

    [GeneratedRegex(@"/video/(?<id>\d{10,20})", RegexOptions.CultureInvariant)]
    private static partial Regex TikTokVideo();

    [GeneratedRegex(@"^/(?:[^/]+/)?(?:p|reel|reels|tv)/(?<code>[A-Za-z0-9_-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex InstagramPost();

    [GeneratedRegex(@"^/(?:shorts|live|embed)/(?<id>[A-Za-z0-9_-]{6,})", RegexOptions.CultureInvariant)]
    private static partial Regex YouTubePath();

    /// <summary>A link in the form two copies of the same post share: https, host without www./m., no tracking
    /// parameters or fragment, no trailing slash, twitter.com as x.com, youtu.be and /shorts/ as watch?v=, an
    /// Instagram reel as its /p/ address. Null for text that is not an http(s) address.</summary>
    public static string? Normalize(string? link)
    {
        var uri = Parse(link);
        if (uri is null) return null;
        var host = Host(uri);
        var path = uri.AbsolutePath.TrimEnd('/');
        var query = QueryPairs(uri.Query).Where(p => !TrackingParameters.Contains(p.Key) && !p.Key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)).ToList();

        if (host is "twitter.com" or "mobile.twitter.com") host = "x.com";
        if (host == "x.com" && XStatus().Match(path) is { Success: true } status) { path = "/i/status/" + status.Groups["id"].Value; query.Clear(); }
        if (host == "youtu.be" && path.Length > 1) { query = [new("v", path[1..])]; host = "youtube.com"; path = "/watch"; }
        if (host == "youtube.com" && YouTubePath().Match(path) is { Success: true } yt) { query = [new("v", yt.Groups["id"].Value)]; path = "/watch"; }
        if (host == "youtube.com" && path == "/watch") query = query.Where(p => p.Key == "v").ToList();
        if (host == "instagram.com" && InstagramPost().Match(path) is { Success: true } ig) { path = "/p/" + ig.Groups["code"].Value; query.Clear(); }
        if (host == "facebook.com" && path.Length == 0 && query.Count == 0) return "https://facebook.com";

        var q = query.Count == 0 ? "" : "?" + string.Join("&", query.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return "https://" + host + (uri.IsDefaultPort ? "" : ":" + uri.Port) + path + q;
    }

    /// <summary>The channel and, where the address holds it, the date of a link. Null for text that is not a link.</summary>
    public static LinkFacts? Recognise(string? link)
    {
        var uri = Parse(link);
        if (uri is null) return null;
        var normal = Normalize(link)!;
        var host = Host(uri);
        var path = uri.AbsolutePath;
        var channel = ChannelOf(host, path);
        DateOnly? date = channel switch
        {
            PublicationChannel.X => XStatus().Match(path) is { Success: true } m ? SnowflakeDate(m.Groups["id"].Value) : null,
            PublicationChannel.TikTok => TikTokVideo().Match(path) is { Success: true } m ? TikTokDate(m.Groups["id"].Value) : null,
            PublicationChannel.Instagram or PublicationChannel.Facebook or PublicationChannel.YouTube => null,
            _ => PathDateOf(path),
        };
        return new LinkFacts(normal, channel, date);
    }

    private static PublicationChannel ChannelOf(string host, string path)
    {
        bool Is(params string[] domains) => domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
        if (Is("instagram.com", "instagr.am")) return PublicationChannel.Instagram;
        if (Is("facebook.com", "fb.com", "fb.watch", "fb.me")) return PublicationChannel.Facebook;
        if (Is("x.com", "twitter.com", "t.co")) return PublicationChannel.X;
        if (Is("youtube.com", "youtu.be")) return PublicationChannel.YouTube;
        if (Is("tiktok.com")) return PublicationChannel.TikTok;
        var hostPath = host + path;
        if (RadioTvHosts.Any(h => hostPath.StartsWith(h, StringComparison.Ordinal) || host.EndsWith("." + h, StringComparison.Ordinal))) return PublicationChannel.RadioTv;
        // Newspapers put their printed pages on e-paper sites; everything else on a news domain is online coverage.
        if (host.StartsWith("epaper.", StringComparison.Ordinal) || host.StartsWith("e-paper.", StringComparison.Ordinal) || host.StartsWith("koran.", StringComparison.Ordinal))
            return PublicationChannel.PrintMedia;
        // A government address (.go.id) is the unit's own or its parent's website; media are on .com/.co.id/.id.
        if (host.EndsWith(".go.id", StringComparison.Ordinal)) return PublicationChannel.Website;
        return PublicationChannel.OnlineMedia;
    }

    private static DateOnly? SnowflakeDate(string id)
    {
        if (!long.TryParse(id, out var value) || value < (1L << 32)) return null; // before snowflakes: sequential ids
        return DayOf(DateTimeOffset.FromUnixTimeMilliseconds((value >> 22) + XEpochMs));
    }

    // TikTok video ids carry the Unix time of the upload, in seconds, in their upper 32 bits.
    private static DateOnly? TikTokDate(string id) =>
        ulong.TryParse(id, out var value) && (value >> 32) is var seconds and > 1_400_000_000 and < 4_000_000_000
            ? DayOf(DateTimeOffset.FromUnixTimeSeconds((long)seconds))
            : null;

    private static DateOnly? PathDateOf(string path)
    {
        var m = PathDate().Match(path);
        if (!m.Success) return null;
        var (y, mo, d) = (int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(UnitOffset).DateTime);

    private static Uri? Parse(string? link)
    {
        var text = link?.Trim().TrimEnd('.', ',', ';', ')', ']', '>', '"', '\'');
        if (string.IsNullOrEmpty(text)) return null;
        if (!text.Contains("://", StringComparison.Ordinal) && Regex.IsMatch(text, @"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/", RegexOptions.IgnoreCase))
            text = "https://" + text;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.') ? uri : null;
    }

    private static string Host(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant();
        foreach (var prefix in new[] { "www.", "m.", "mobile.", "web.", "mbasic." })
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') > 1) return host[prefix.Length..];
        return host;
    }

    private static List<KeyValuePair<string, string>> QueryPairs(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1] : ""))
            .ToList();
}

namespace NarrativeAssist.Domain.Publicity;

/// <summary>Where a publication appeared. Seed 004 names the unit's own accounts (Instagram, Facebook, X, YouTube,
/// the website) and coverage in online or print media; TikTok and radio/TV are what units add in practice.</summary>
public enum PublicationChannel
{
    Instagram,
    Facebook,
    X,
    YouTube,
    TikTok,
    Website,
    OnlineMedia,
    PrintMedia,
    RadioTv,
    Other,
}

/// <summary>Codes (the JSON and CSV form), Indonesian labels and the two groups the cadence targets speak of.</summary>
public static class Channels
{
    private static readonly (PublicationChannel Channel, string Code, string Label, string[] Aliases)[] Table =
    [
        (PublicationChannel.Instagram, "instagram", "Instagram", ["ig", "insta", "instagram reels", "instagram story"]),
        (PublicationChannel.Facebook, "facebook", "Facebook", ["fb", "facebook page", "halaman facebook", "meta"]),
        (PublicationChannel.X, "x", "X", ["twitter", "x (twitter)", "twitter/x", "x/twitter", "tweet"]),
        (PublicationChannel.YouTube, "youtube", "YouTube", ["yt", "youtube shorts"]),
        (PublicationChannel.TikTok, "tiktok", "TikTok", ["tik tok"]),
        (PublicationChannel.Website, "website", "Website", ["situs", "situs web", "web", "laman", "website resmi", "situs resmi"]),
        (PublicationChannel.OnlineMedia, "media-online", "Media online", ["media daring", "berita online", "portal berita", "online media", "news"]),
        (PublicationChannel.PrintMedia, "media-cetak", "Media cetak", ["koran", "surat kabar", "majalah", "print", "print media", "cetak"]),
        (PublicationChannel.RadioTv, "radio-tv", "Radio/TV", ["radio", "tv", "televisi", "radio tv", "radio dan tv"]),
        (PublicationChannel.Other, "lainnya", "Lainnya", ["other", "lain-lain", "lain"]),
    ];

    private static readonly (string Word, PublicationChannel Channel)[] NetworkWords =
    [
        ("instagram", PublicationChannel.Instagram), ("facebook", PublicationChannel.Facebook), ("twitter", PublicationChannel.X),
        ("youtube", PublicationChannel.YouTube), ("tiktok", PublicationChannel.TikTok),
    ];

    public static IReadOnlyList<PublicationChannel> All { get; } = Table.Select(t => t.Channel).ToList();

    /// <summary>The unit's own accounts: each one in use must post at least weekly (seed 004: "mengaktifkan semua
    /// media sosial … website juga harus … selalu dimutakhirkan").</summary>
    public static IReadOnlyList<PublicationChannel> Owned { get; } =
    [
        PublicationChannel.Instagram, PublicationChannel.Facebook, PublicationChannel.X, PublicationChannel.YouTube,
        PublicationChannel.TikTok, PublicationChannel.Website,
    ];

    /// <summary>Coverage by others, counted together for "muncul di media massa setiap minggu atau dua minggu".</summary>
    public static bool IsMedia(this PublicationChannel channel) =>
        channel is PublicationChannel.OnlineMedia or PublicationChannel.PrintMedia or PublicationChannel.RadioTv;

    public static bool IsOwned(this PublicationChannel channel) => Owned.Contains(channel);

    public static string Code(this PublicationChannel channel) => Table.First(t => t.Channel == channel).Code;

    public static string Label(this PublicationChannel channel) => Table.First(t => t.Channel == channel).Label;

    /// <summary>A channel as a person or a scheduler export writes it ("IG", "Twitter", "Media cetak", "radio-tv").</summary>
    public static PublicationChannel? Parse(string? text)
    {
        var key = Key(text);
        if (key.Length == 0) return null;
        foreach (var t in Table)
            if (Key(t.Code) == key || Key(t.Label) == key || t.Aliases.Any(a => Key(a) == key)) return t.Channel;
        // Schedulers name the account with its network: "KPPN Tanjung (Instagram)", "Facebook Page: KPPN Tanjung".
        foreach (var (word, channel) in NetworkWords)
            if (key.Contains(word, StringComparison.Ordinal)) return channel;
        return null;
    }

    internal static string Key(string? text) =>
        new string((text ?? "").Trim().ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}

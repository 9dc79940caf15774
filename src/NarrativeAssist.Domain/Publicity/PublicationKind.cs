namespace NarrativeAssist.Domain.Publicity;

/// <summary>What a publication is about, in the groups seed 004 asks for: every activity, the achievements, the daily
/// integrity message, press releases for the media, and information on the service.</summary>
public enum PublicationKind
{
    Activity,
    Achievement,
    IntegrityMessage,
    PressRelease,
    ServiceInformation,
}

public static class PublicationKinds
{
    private static readonly (PublicationKind Kind, string Code, string Label, string[] Aliases)[] Table =
    [
        (PublicationKind.Activity, "kegiatan", "Kegiatan", ["activity", "event", "acara", "liputan kegiatan"]),
        (PublicationKind.Achievement, "capaian", "Capaian", ["prestasi", "penghargaan", "achievement", "award"]),
        (PublicationKind.IntegrityMessage, "pesan-integritas", "Pesan integritas", ["integritas", "integrity", "integrity message", "kampanye integritas", "antikorupsi", "anti korupsi"]),
        (PublicationKind.PressRelease, "siaran-pers", "Siaran pers", ["rilis", "rilis berita", "press release", "berita", "pemberitaan"]),
        (PublicationKind.ServiceInformation, "informasi-layanan", "Informasi layanan", ["layanan", "info layanan", "standar pelayanan", "service information", "service"]),
    ];

    public static IReadOnlyList<PublicationKind> All { get; } = Table.Select(t => t.Kind).ToList();

    public static string Code(this PublicationKind kind) => Table.First(t => t.Kind == kind).Code;

    public static string Label(this PublicationKind kind) => Table.First(t => t.Kind == kind).Label;

    public static PublicationKind? Parse(string? text)
    {
        var key = Channels.Key(text);
        if (key.Length == 0) return null;
        foreach (var t in Table)
            if (Channels.Key(t.Code) == key || Channels.Key(t.Label) == key || t.Aliases.Any(a => Channels.Key(a) == key)) return t.Kind;
        return null;
    }
}

namespace NarrativeAssist.Documents.Decks;

/// <summary>What distinguishes the built-in templates: theme colors and fonts, whether the slides are dark
/// (then the master maps background to dk1 and text to lt1, so notes and charts still resolve sensibly),
/// and which scheme colors the title and the accent bar use.</summary>
internal sealed record TemplateStyle(
    string Id,
    string ThemeName,
    string Description,
    bool Dark,
    string Dk1, string Lt1, string Dk2, string Lt2,
    string[] Accents,
    string Hyperlink, string FollowedHyperlink,
    string TitleColor,
    string BarColor,
    string MajorFont = "Calibri",
    string MinorFont = "Calibri")
{
    /// <summary>Navy titles and dark text on white: formal, prints well.</summary>
    public static TemplateStyle BiruFormal { get; } = new(
        "biru-formal", "Biru Formal", "judul biru tua dan teks gelap di atas latar putih",
        Dark: false,
        Dk1: "1B2430", Lt1: "FFFFFF", Dk2: "0B3C73", Lt2: "E9EFF7",
        Accents: ["1F5FAD", "E07B00", "2E7D32", "6A3D9A", "00838F", "B71C1C"],
        Hyperlink: "0B5CAD", FollowedHyperlink: "6A3D9A",
        TitleColor: "tx2", BarColor: "accent1");

    /// <summary>White text on dark navy with a yellow accent: for bright rooms and projectors with poor contrast.</summary>
    public static TemplateStyle KontrasTinggi { get; } = new(
        "kontras-tinggi", "Kontras Tinggi", "teks putih di atas latar biru dongker dengan aksen kuning",
        Dark: true,
        Dk1: "0A1A33", Lt1: "FFFFFF", Dk2: "14305A", Lt2: "FFD54F",
        Accents: ["4FC3F7", "FFD54F", "81C784", "FF8A65", "CE93D8", "4DD0E1"],
        Hyperlink: "80D8FF", FollowedHyperlink: "CE93D8",
        TitleColor: "tx1", BarColor: "accent2");

    public static IReadOnlyList<TemplateStyle> All { get; } = [BiruFormal, KontrasTinggi];
}

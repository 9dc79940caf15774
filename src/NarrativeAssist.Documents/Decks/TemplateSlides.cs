using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The template's own slides: samples are removed, slides carrying <c>{{…}}</c> tokens are the unit's
/// designed pages (cover, closing) and are kept in template order with the tokens filled in.</summary>
internal static class TemplateSlides
{
    private const string SectionsExtension = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}";

    /// <summary>Removes the sample slides; returns the token slides (template position, part), left unchanged:
    /// their tokens are filled per render (<see cref="DeckRenderer"/>), the template analysis being shared.</summary>
    public static List<(int Number, SlidePart Part)> KeepTokenSlides(PresentationPart presentation, List<string> report)
    {
        var kept = new List<(int, SlidePart)>();
        var list = presentation.Presentation?.SlideIdList;
        if (list is null) return kept;
        var removed = new List<int>();
        var number = 0;
        foreach (var id in list.Elements<SlideId>().ToList())
        {
            number++;
            var part = id.RelationshipId?.Value is { } rid ? presentation.GetPartById(rid) as SlidePart : null;
            if (part?.Slide is { } slide && TokenReplacer.HasTokens(slide))
            {
                kept.Add((number, part));
                continue;
            }
            id.Remove();
            if (part is not null) presentation.DeletePart(part);
            removed.Add(number);
        }
        if (removed.Count > 0)
            report.Add($"Slide contoh templat dihapus (tanpa token {{{{…}}}}): nomor {string.Join(", ", removed)}.");
        if (list.ChildElements.Count == 0) list.Remove();
        DropSlideReferences(presentation.Presentation!, report);
        return kept;
    }

    /// <summary>The report line of a kept token slide once its tokens are filled.</summary>
    public static string Describe(int number, IEnumerable<(string Token, string? Value)> seen) =>
        $"Slide templat {number} dipertahankan karena bertoken: " + string.Join("; ", seen.Select(t => t.Value is null
            ? $"{t.Token} tidak dikenal, dibiarkan apa adanya"
            : $"{t.Token} → «{t.Value}»")) + ".";

    /// <summary>Sections and custom shows list slide ids; PowerPoint repairs a file whose lists miss slides, so
    /// they are dropped (the new slides would belong to none of them anyway).</summary>
    private static void DropSlideReferences(Presentation root, List<string> report)
    {
        if (root.CustomShowList is { } shows)
        {
            shows.Remove();
            report.Add("Daftar peragaan kustom templat dihapus karena merujuk slide contoh.");
        }
        if (root.PresentationExtensionList?.Elements<PresentationExtension>().FirstOrDefault(e => e.Uri == SectionsExtension) is { } sections)
        {
            sections.Remove();
            if (!root.PresentationExtensionList!.HasChildren) root.PresentationExtensionList.Remove();
            report.Add("Pembagian bagian (section) templat dihapus karena merujuk slide contoh.");
        }
    }
}

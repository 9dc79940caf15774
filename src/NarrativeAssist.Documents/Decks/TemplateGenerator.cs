using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Writes a built-in template package from its <see cref="TemplateStyle"/>: theme, one slide master with
/// Indonesian-named layouts, a notes master, no slides. The committed templates/decks/*.pptx are this output
/// (regenerate with <c>dotnet run --project bench/NarrativeAssist.Bench -- deck-templates</c>); a test keeps them equal.</summary>
public static class TemplateGenerator
{
    /// <summary>The ids of the built-in templates, in the order they are offered.</summary>
    public static IReadOnlyList<string> Ids => TemplateStyle.All.Select(s => s.Id).ToList();

    /// <summary>A fresh copy of built-in template <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">Unknown id (Indonesian message listing the valid ones).</exception>
    public static byte[] Generate(string id) => Generate(Style(id));

    internal static TemplateStyle Style(string id) =>
        TemplateStyle.All.FirstOrDefault(s => s.Id.Equals(id?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Templat bawaan \"{id}\" tidak dikenal. Pilih salah satu: {string.Join(", ", TemplateStyle.All.Select(s => s.Id))}.", nameof(id));

    internal static byte[] Generate(TemplateStyle style)
    {
        using var stream = new MemoryStream();
        using var x = new XmlOut();
        // Fixed relationship ids and no timestamps: the same style always gives the same parts, so a test can hold the
        // committed files to the generator.
        using (var doc = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentation = doc.AddNewPart<PresentationPart>("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "rId1");
            var master = presentation.AddNewPart<SlideMasterPart>("rId1");
            var theme = master.AddNewPart<ThemePart>("rId100");
            Feed(theme, ThemeXml.Build(x, style));
            presentation.AddPart(theme, "rId2");

            var layoutIds = new List<string>();
            foreach (var layout in MasterXml.Layouts)
            {
                var id = $"rId{layoutIds.Count + 1}";
                var part = master.AddNewPart<SlideLayoutPart>(id);
                part.AddPart(master, "rId1");
                Feed(part, MasterXml.LayoutPart(x, layout, style));
                layoutIds.Add(id);
            }
            Feed(master, MasterXml.MasterPart(x, style, layoutIds));

            var notes = presentation.AddNewPart<NotesMasterPart>("rId3");
            Feed(notes.AddNewPart<ThemePart>("rId1"), ThemeXml.Build(x, style));
            Feed(notes, NotesPages.MasterXml(x));

            Feed(presentation, x.Document().Root("p:presentation").Attr("saveSubsetFonts", 1)
                .Start("p:sldMasterIdLst").Start("p:sldMasterId").Attr("id", 2_147_483_648L).Attr("r:id", "rId1").End().End()
                .Start("p:notesMasterIdLst").Empty("p:notesMasterId", "r:id", "rId3").End()
                .Start("p:sldSz").Attr("cx", MasterXml.Width).Attr("cy", MasterXml.Height).End()
                .Start("p:notesSz").Attr("cx", 6_858_000).Attr("cy", 9_144_000).End()
                .Start("p:defaultTextStyle").Start("a:lvl1pPr").Start("a:defRPr").Attr("lang", Lang).Attr("sz", 2000).End().End().End()
                .End());

            Feed(doc.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2"),
                CoreProperties(x, $"Templat {style.ThemeName}", $"Templat bawaan NarrativeAssist: {style.Description}."));
        }
        return stream.ToArray();
    }

    private static XmlOut CoreProperties(XmlOut x, string title, string description) =>
        x.Document().Start("cp:coreProperties")
            .Attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties").Attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
            .Leaf("dc:title", title).Leaf("dc:description", description).Leaf("dc:language", Lang)
            .End();
}

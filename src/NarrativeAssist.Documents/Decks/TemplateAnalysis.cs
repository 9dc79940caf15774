using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A token slide of the template, kept: its XML (tokens still in it) and its notes page.</summary>
internal sealed record KeptSlide(int Number, string SlideName, string SlideXml, string NotesName, string NotesXml, bool NotesHaveTokens)
{
    /// <summary>The part name of the slide's layout, to fit its text once tokens are filled.</summary>
    public string? LayoutName { get; init; }
}

/// <summary>Everything about a template that does not depend on the plan, worked out once per <see cref="DeckTemplate"/>
/// (the template is immutable, so the analysis is shared by every render, on any thread, read-only): the layouts,
/// placeholders and masters, what the sample slides teach (<see cref="TemplateSamples"/>), and the template package
/// made ready to receive slides — samples, thumbnail and app properties removed, notes master ensured, token slides
/// kept with notes — as zip entries the renderer copies. Only the parts a render changes are kept as XML here.</summary>
internal sealed class TemplateAnalysis
{
    public const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string CoreType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    public required TemplateLayouts Layouts { get; init; }
    /// <summary>Report lines before the token slides' (template, notes master, samples) and after them (removed samples, sections).</summary>
    public required IReadOnlyList<string> Intro { get; init; }
    public required IReadOnlyList<string> Outro { get; init; }
    public required IReadOnlyList<KeptSlide> Kept { get; init; }
    /// <summary>The prepared package's entries other than those below, copied into every output unchanged.</summary>
    public required IReadOnlyList<ZipEntryData> Entries { get; init; }
    public required XElement ContentTypes { get; init; }
    public required string PresentationName { get; init; }
    public required XElement Presentation { get; init; }
    public required IReadOnlyList<PackageRelationship> PresentationRelationships { get; init; }
    public required string CoreName { get; init; }
    public required XElement Core { get; init; }
    public required string NotesMasterName { get; init; }
    /// <summary>Every entry name of the prepared package, so new parts get fresh names.</summary>
    public required IReadOnlySet<string> Names { get; init; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(NarrativeAssist.Domain.Decks.SlideKind, bool, bool, bool), (LayoutInfo, bool, string?)> _picks = new();

    /// <summary><see cref="LayoutPicker.Pick"/>, remembered per combination of what decides it (kind, words, bullets,
    /// whether it is mostly a picture): a deck has many slides of few shapes, and the layouts do not change.</summary>
    public LayoutInfo Pick(NarrativeAssist.Domain.Decks.SlidePlan slide, out bool fallback, out string? skipped)
    {
        // A picture slide's choice depends on whether its words fit the caption box: decided per slide.
        if (LayoutPicker.PictureSlide(slide))
        {
            var picked = LayoutPicker.Pick(Layouts, slide, out fallback, out skipped);
            return picked;
        }
        var key = (slide.Kind, !string.IsNullOrWhiteSpace(slide.Subtitle) || slide.Bullets.Count > 0, slide.Bullets.Count > 0, LayoutPicker.PictureSlide(slide));
        var (layout, fell, skip) = _picks.GetOrAdd(key, _ => (LayoutPicker.Pick(Layouts, slide, out var f, out var s), f, s));
        fallback = fell;
        skipped = skip;
        return layout;
    }

    /// <exception cref="DocumentRejectedException">The template is no usable presentation (Indonesian message).</exception>
    public static TemplateAnalysis Of(DeckTemplate template)
    {
        var intro = new List<string>();
        var outro = new List<string>();
        TemplateLayouts layouts;
        List<(int Number, string Slide, string Notes, string SlideXml, string NotesXml, string? Layout)> kept = [];
        string presentationName, notesMasterName;
        using var stream = new MemoryStream();
        stream.Write(template.Package);
        try
        {
            // AutoSave off: only parts this code changes are written back, the template's master, layouts and theme stay byte for byte.
            using (var doc = PresentationDocument.Open(stream, true, new OpenSettings { AutoSave = false, MaxCharactersInPart = DocumentLimits.Default.MaxCharactersInPart }))
            {
                if (doc.DocumentType != PresentationDocumentType.Presentation) doc.ChangeDocumentType(PresentationDocumentType.Presentation);
                var presentation = doc.PresentationPart?.Presentation is not null ? doc.PresentationPart : throw Rejections.Presentation.WrongKind(null);
                layouts = TemplateLayouts.Read(presentation);
                layouts.BuiltIn = template.IsBuiltIn;
                if (layouts.Layouts.Count == 0) throw Rejections.NoLayouts();
                var theme = presentation.SlideMasterParts.FirstOrDefault()?.ThemePart?.Theme?.Name?.Value ?? "tanpa nama";
                intro.Add($"Templat {(template.IsBuiltIn ? "bawaan" : "pengguna")} «{template.Name}»: tema «{theme}», {layouts.Layouts.Count} tata letak " +
                          $"({string.Join(", ", layouts.Layouts.Select(l => l.Describe))}).");

                var notesMaster = NotesPages.EnsureMaster(presentation, out var created);
                if (created) intro.Add("Templat tidak memiliki master catatan: master catatan dibuat (dengan salinan tema slide).");
                layouts.LearnMasters(presentation);
                layouts.LearnSamples(presentation, intro);
                foreach (var (number, part) in TemplateSlides.KeepTokenSlides(presentation, outro))
                {
                    // A plan's title slide may replace this page per render; otherwise this script stays.
                    if (part.NotesSlidePart is null) NotesPages.Add(part, notesMaster, "Slide dari templat unit; sampaikan isinya dengan singkat.");
                    kept.Add((number, Name(part), Name(part.NotesSlidePart!), part.Slide!.OuterXml, part.NotesSlidePart!.NotesSlide!.OuterXml,
                        part.SlideLayoutPart is { } layoutPart ? Name(layoutPart) : null));
                }
                var root = presentation.Presentation!;
                if (root.SlideIdList is null) InsertSlideIdList(root);
                root.Save();
                if (doc.ThumbnailPart is { } thumbnail) doc.DeletePart(thumbnail); // shows the template's sample slide
                if (doc.ExtendedFilePropertiesPart is { } app) doc.DeletePart(app);  // lists the template's slide titles
                doc.PackageProperties.Language = Lang; // makes sure the core properties part exists; title and subject are set per render
                presentationName = Name(presentation);
                notesMasterName = Name(notesMaster);
            }

            var entries = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            using (var zip = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read))
                foreach (var entry in zip.Entries)
                {
                    using var data = new MemoryStream();
                    using (var s = entry.Open()) s.CopyTo(data);
                    entries[entry.FullName] = data.ToArray();
                }
            XElement Take(string name) => entries.Remove(name, out var data) ? XElement.Load(new MemoryStream(data)) : throw Rejections.Presentation.WrongKind(null);
            XNamespace r = OpcXml.RelationshipsNs;
            var coreTarget = XElement.Load(new MemoryStream(entries["_rels/.rels"])).Elements(r + "Relationship")
                .First(e => (string?)e.Attribute("Type") == CoreType).Attribute("Target")!.Value.TrimStart('/');
            var names = new HashSet<string>(entries.Keys, StringComparer.OrdinalIgnoreCase);
            var keptSlides = kept.Select(k =>
            {
                entries.Remove(k.Slide);
                entries.Remove(k.Notes);
                return new KeptSlide(k.Number, k.Slide, k.SlideXml, k.Notes, k.NotesXml, TokenReplacer.HasTokens(new NotesSlide(k.NotesXml))) { LayoutName = k.Layout };
            }).ToList();
            return new TemplateAnalysis
            {
                Layouts = layouts,
                Intro = intro,
                Outro = outro,
                Kept = keptSlides,
                ContentTypes = Take(OpcXml.ContentTypesName),
                PresentationName = presentationName,
                Presentation = Take(presentationName),
                PresentationRelationships = Take(PackageWriter.RelsName(presentationName)).Elements(r + "Relationship")
                    .Select(e => new PackageRelationship((string?)e.Attribute("Id") ?? "", (string?)e.Attribute("Type") ?? "", (string?)e.Attribute("Target") ?? "")).ToList(),
                CoreName = coreTarget,
                Core = Take(coreTarget),
                NotesMasterName = notesMasterName,
                Entries = entries.Select(e => ZipWriter.Prepare(e.Key, e.Value)).ToList(),
                Names = names,
            };
        }
        catch (Exception e) when (UnreadablePackage.Is(e))
        {
            throw Rejections.Presentation.Corrupt(e);
        }
    }

    private static string Name(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    private static void InsertSlideIdList(Presentation root)
    {
        var list = new SlideIdList();
        var after = (DocumentFormat.OpenXml.OpenXmlElement?)root.HandoutMasterIdList ?? (DocumentFormat.OpenXml.OpenXmlElement?)root.NotesMasterIdList ?? root.SlideMasterIdList;
        if (after is null) root.PrependChild(list);
        else root.InsertAfter(list, after);
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Renders a <see cref="DeckPlan"/> onto a template package — built-in or the user's, one path for both:
/// the template's master, theme and layouts stay as they are; its sample slides go, its token slides stay with
/// the tokens filled; every plan slide is added on the best-matching layout with speaker notes. Before the samples go,
/// their placeholder boxes and formatting are learned (<see cref="TemplateSamples"/>): layouts with unusable boxes and
/// masters without text styles (as LibreOffice saves them) get them from the template's own slides.</summary>
public static class DeckRenderer
{
    /// <summary>Renders onto built-in template <paramref name="builtInId"/> ("biru-formal", "kontras-tinggi").</summary>
    public static RenderedDeck Render(DeckPlan plan, string builtInId = "biru-formal", IReadOnlyDictionary<string, string>? tokens = null) =>
        Render(plan, DeckTemplate.BuiltIn(builtInId), tokens);

    /// <param name="tokens">Values for <c>{{name}}</c> tokens in the template's own slides (see <see cref="DeckTokens.From"/>);
    /// <c>unit.nama</c> defaults to the plan's unit name.</param>
    /// <exception cref="DocumentRejectedException">The template is no usable presentation (Indonesian message).</exception>
    public static RenderedDeck Render(DeckPlan plan, DeckTemplate template, IReadOnlyDictionary<string, string>? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(template);
        var values = new Dictionary<string, string>(tokens ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        values.TryAdd("unit.nama", plan.UnitName);
        var report = new List<string>();
        int count;

        using var stream = new MemoryStream();
        stream.Write(template.Package);
        try
        {
            // AutoSave off: only parts this code changes are written back, the template's master, layouts and theme stay byte for byte.
            using var doc = PresentationDocument.Open(stream, true, new OpenSettings { AutoSave = false, MaxCharactersInPart = DocumentLimits.Default.MaxCharactersInPart });
            if (doc.DocumentType != PresentationDocumentType.Presentation) doc.ChangeDocumentType(PresentationDocumentType.Presentation);
            var presentation = doc.PresentationPart?.Presentation is not null ? doc.PresentationPart : throw Rejections.Presentation.WrongKind(null);
            var layouts = TemplateLayouts.Read(presentation);
            if (layouts.Layouts.Count == 0) throw Rejections.NoLayouts();
            var theme = presentation.SlideMasterParts.FirstOrDefault()?.ThemePart?.Theme?.Name?.Value ?? "tanpa nama";
            report.Add($"Templat {(template.IsBuiltIn ? "bawaan" : "pengguna")} «{template.Name}»: tema «{theme}», {layouts.Layouts.Count} tata letak " +
                       $"({string.Join(", ", layouts.Layouts.Select(l => l.Describe))}).");

            var notesMaster = NotesPages.EnsureMaster(presentation, out var created);
            if (created) report.Add("Templat tidak memiliki master catatan: master catatan dibuat (dengan salinan tema slide).");

            layouts.LearnMasters(presentation);
            layouts.LearnSamples(presentation, report);
            var kept = TemplateSlides.KeepTokenSlides(presentation, values, report);
            var slides = plan.Slides.ToList();
            var first = 0;
            if (kept.Count > 0 && slides.Count > 0 && slides[0].Kind == SlideKind.Title)
            {
                NotesPages.Replace(kept[0], notesMaster, slides[0].Notes);
                report.Add($"Slide 1: slide bertoken templat menggantikan slide judul rencana «{Clean(slides[0].Title)}»; naskahnya menjadi catatan pembicara.");
                first = 1;
            }
            foreach (var part in kept.Skip(first == 1 ? 1 : 0).Where(p => p.NotesSlidePart is null))
                NotesPages.Add(part, notesMaster, "Slide dari templat unit; sampaikan isinya dengan singkat.");

            var root = presentation.Presentation!;
            var ids = root.SlideIdList ?? InsertSlideIdList(root);
            var nextId = ids.Elements<SlideId>().Select(s => s.Id?.Value ?? 0).DefaultIfEmpty(255u).Max() + 1;
            var number = kept.Count;
            foreach (var slide in slides.Skip(first))
            {
                number++;
                var layout = LayoutPicker.Pick(layouts, slide, out var fallback);
                var part = presentation.AddNewPart<SlidePart>();
                part.AddPart(layout.Part);
                var (xml, placed) = SlideComposer.Compose(slide, part, layout, layouts);
                Feed(part, xml);
                NotesPages.Add(part, notesMaster, slide.Notes);
                ids.Append(new SlideId { Id = nextId++, RelationshipId = presentation.GetIdOfPart(part) });
                report.Add($"Slide {number} «{Clean(slide.Title)}» ({KindLabel(slide.Kind)}) → tata letak {layout.Describe}" +
                           (fallback ? " sebagai cadangan (tidak ada tata letak yang cocok)" : "") + ": " + string.Join("; ", placed) + "; catatan pembicara.");
            }
            count = ids.Elements<SlideId>().Count();
            root.Save();

            if (doc.ThumbnailPart is { } thumbnail) doc.DeletePart(thumbnail); // shows the template's sample slide
            if (doc.ExtendedFilePropertiesPart is { } app) doc.DeletePart(app);  // lists the template's slide titles
            doc.PackageProperties.Title = Clean(plan.Title);
            doc.PackageProperties.Subject = $"Presentasi {plan.Kind.Label()} — {Clean(plan.UnitName)}";
            doc.PackageProperties.Language = Lang;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException)
        {
            throw Rejections.Presentation.Corrupt(e);
        }
        return new RenderedDeck(stream.ToArray(), report, count);
    }

    private static SlideIdList InsertSlideIdList(Presentation root)
    {
        var list = new SlideIdList();
        var after = (DocumentFormat.OpenXml.OpenXmlElement?)root.HandoutMasterIdList ?? (DocumentFormat.OpenXml.OpenXmlElement?)root.NotesMasterIdList ?? root.SlideMasterIdList;
        if (after is null) root.PrependChild(list);
        else root.InsertAfter(list, after);
        return list;
    }

    private static string KindLabel(SlideKind kind) => kind switch
    {
        SlideKind.Title => "judul",
        SlideKind.Section => "bagian",
        SlideKind.Bullets => "poin",
        SlideKind.Chart => "grafik",
        SlideKind.Quote => "kutipan",
        SlideKind.Table => "tabel",
        _ => "penutup",
    };
}

using System.Xml.Linq;
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
    public static RenderedDeck Render(DeckPlan plan, string builtInId = "biru-formal", IReadOnlyDictionary<string, string>? tokens = null,
        DeckImages? images = null) =>
        Render(plan, DeckTemplate.BuiltIn(builtInId), tokens, images);

    /// <param name="tokens">Values for <c>{{name}}</c> tokens in the template's own slides (see <see cref="DeckTokens.From"/>);
    /// <c>unit.nama</c> defaults to the plan's unit name.</param>
    /// <param name="images">The pictures uploaded with the profile, and whether slots without one get placeholder frames
    /// (null: none; slots without a picture are left out of the layout).</param>
    /// <exception cref="DocumentRejectedException">The template is no usable presentation (Indonesian message).</exception>
    public static RenderedDeck Render(DeckPlan plan, DeckTemplate template, IReadOnlyDictionary<string, string>? tokens = null,
        DeckImages? images = null)
    {
        images ??= DeckImages.None;
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(template);
        var values = new Dictionary<string, string>(tokens ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        values.TryAdd("unit.nama", plan.UnitName);
        // The template is analysed and made ready once (TemplateAnalysis, cached on the template); a render only
        // writes what the plan adds, straight into the zip (PackageWriter), without System.IO.Packaging.
        var t = template.Analysis;
        var report = new List<string>(t.Intro);
        var fitReport = new List<SlideFit>();
        var slides = plan.Slides.ToList();
        var first = t.Kept.Count > 0 && slides.Count > 0 && slides[0].Kind == SlideKind.Title ? 1 : 0;
        int count;

        byte[] pptx;
        using var xml = new XmlOut(); // every part is written with it, one after the other
        using (var package = new PackageWriter())
        {
            foreach (var entry in t.Entries) package.Copy(entry);
            for (var i = 0; i < t.Kept.Count; i++)
            {
                var kept = t.Kept[i];
                var slide = new Slide(kept.SlideXml);
                var seen = TokenReplacer.Replace(slide, values);
                // Filled tokens can be far longer than the template's sample text: what no longer fits is made to.
                var keptLayout = t.Layouts.Layouts.FirstOrDefault(l => l.PartName == kept.LayoutName);
                var keptFit = seen.Count > 0 && keptLayout is not null ? TemplateSlideFitter.Fit(slide, keptLayout, t.Layouts) : [];
                fitReport.Add(new SlideFit(kept.Number, $"slide templat {kept.Number}", keptLayout?.Describe ?? "tata letak templat", !keptFit.Contains(TemplateSlideFitter.NotFitting), keptFit));
                package.Part(kept.SlideName, null, xml.Document().Raw(slide.OuterXml));
                if (i == 0 && first == 1) package.Part(kept.NotesName, null, NotesPages.Xml(xml, slides[0].Notes));
                else if (kept.NotesHaveTokens)
                {
                    var notes = new NotesSlide(kept.NotesXml);
                    seen.AddRange(TokenReplacer.Replace(notes, values));
                    package.Part(kept.NotesName, null, xml.Document().Raw(notes.OuterXml));
                }
                else package.Part(kept.NotesName, null, xml.Document().Raw(kept.NotesXml));
                report.Add(TemplateSlides.Describe(kept.Number, seen));
            }
            report.AddRange(t.Outro);
            if (first == 1)
                report.Add($"Slide 1: slide bertoken templat menggantikan slide judul rencana «{Clean(slides[0].Title)}»; naskahnya menjadi catatan pembicara.");

            var root = new XElement(t.Presentation);
            var ids = root.Element(P + "sldIdLst")!;
            var nextId = ids.Elements(P + "sldId").Select(s => (uint?)s.Attribute("id") ?? 0).DefaultIfEmpty(255u).Max() + 1;
            var presentationRels = t.PresentationRelationships.ToList();
            var relIds = new HashSet<string>(presentationRels.Select(r => r.Id));
            var folder = t.PresentationName.Contains('/') ? t.PresentationName[..(t.PresentationName.LastIndexOf('/') + 1)] : "";
            var names = new Names(t.Names);
            var number = t.Kept.Count;
            // Content that does not fit its slide at the floor size comes back as a continuation slide, composed next.
            var queue = new Queue<SlidePlan>(slides.Skip(first));
            while (queue.TryDequeue(out var slide))
            {
                number++;
                var layout = t.Pick(WithShownPictures(slide, images), out var fallback, out var skipped); // a slot left out must not pull in a picture layout
                var slideName = names.Next(folder + "slides/slide", ".xml");
                var notesName = names.Next(folder + "notesSlides/notesSlide", ".xml");
                var rels = new List<PackageRelationship>
                {
                    new("rId1", TemplateAnalysis.Rel + "slideLayout", PackageWriter.Relative(slideName, layout.PartName)),
                    new("rId2", TemplateAnalysis.Rel + "notesSlide", PackageWriter.Relative(slideName, notesName)),
                };
                var charts = new List<(string Name, ChartSpec Spec)>();
                string AddChart(ChartSpec spec) // the chart parts are written once the slide is (one XmlOut)
                {
                    var chartName = names.Next(folder + "charts/chart", ".xml");
                    charts.Add((chartName, spec));
                    var id = $"rId{rels.Count + 1}";
                    rels.Add(new(id, TemplateAnalysis.Rel + "chart", PackageWriter.Relative(slideName, chartName)));
                    return id;
                }
                string AddImage(FittedImage image)
                {
                    var mediaName = names.Next(folder + "media/narasi-image", "." + image.Extension);
                    package.Part(mediaName, image.ContentType, image.Bytes);
                    var id = $"rId{rels.Count + 1}";
                    rels.Add(new(id, TemplateAnalysis.Rel + "image", PackageWriter.Relative(slideName, mediaName)));
                    return id;
                }
                var media = new SlideMedia(images, plan.Logo, plan.UnitName, number, AddImage);
                var composed = SlideComposer.Compose(xml, slide, AddChart, layout, t.Layouts, media);
                var placed = composed.Placed;
                if (composed.Overflow is { } rest)
                {
                    // Ahead of the remaining slides: the continuation follows the slide it continues.
                    var remaining = queue.ToList();
                    queue.Clear();
                    queue.Enqueue(rest);
                    foreach (var r in remaining) queue.Enqueue(r);
                }
                var actions = new List<string>();
                if (skipped is not null) actions.Add(skipped);
                if (fallback) actions.Add("tata letak cadangan");
                actions.AddRange(composed.FitActions);
                fitReport.Add(new SlideFit(number, Clean(slide.Title), layout.Describe, composed.Fits, actions));
                package.Part(slideName, "application/vnd.openxmlformats-officedocument.presentationml.slide+xml", xml);
                package.Relationships(slideName, rels);
                foreach (var (chartName, spec) in charts)
                {
                    var workbookName = names.Next(folder + "embeddings/Microsoft_Excel_Worksheet", ".xlsx");
                    package.Part(workbookName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ChartWorkbook.Build(xml, spec));
                    package.Part(chartName, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", ChartXml.Write(xml, spec, "rId1"));
                    package.Relationships(chartName, [new("rId1", TemplateAnalysis.Rel + "package", PackageWriter.Relative(chartName, workbookName))]);
                }
                package.Part(notesName, "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml", NotesPages.Xml(xml, slide.Notes));
                package.Relationships(notesName, [
                    new("rId1", TemplateAnalysis.Rel + "notesMaster", PackageWriter.Relative(notesName, t.NotesMasterName)),
                    new("rId2", TemplateAnalysis.Rel + "slide", PackageWriter.Relative(notesName, slideName))]);

                var rid = NextRelationshipId(relIds);
                presentationRels.Add(new(rid, TemplateAnalysis.Rel + "slide", PackageWriter.Relative(t.PresentationName, slideName)));
                ids.Add(new XElement(P + "sldId", new XAttribute("id", nextId++), new XAttribute(R + "id", rid)));
                report.Add($"Slide {number} «{Clean(slide.Title)}» ({slide.Kind.Label()}) → tata letak {layout.Describe}" +
                           (fallback ? " sebagai cadangan (tidak ada tata letak yang cocok)" : "") + ": " + string.Join("; ", placed) + "; catatan pembicara.");
            }
            count = ids.Elements(P + "sldId").Count();
            if (count == 0) ids.Remove();
            package.Part(t.PresentationName, null, xml.Document().Element(root));
            package.Relationships(t.PresentationName, presentationRels);
            package.Part(t.CoreName, null, xml.Document().Element(Core(t.Core, plan)));
            package.ContentTypes(t.ContentTypes);
            pptx = package.ToArray();
        }
        return new RenderedDeck(pptx, report, count) { Fit = fitReport };
    }

    /// <summary>The slide with only the picture slots that will show (those with an uploaded picture, or all of them when
    /// placeholders are asked for), for choosing its layout; the composer reports the slots left out.</summary>
    private static SlidePlan WithShownPictures(SlidePlan slide, DeckImages images) =>
        images.Placeholders || slide.Images.All(s => images.Find(s.Source) is not null) ? slide
            : slide with { Images = slide.Images.Where(s => images.Find(s.Source) is not null).ToList() };

    /// <summary>Fresh part names ("ppt/slides/slide7.xml") that the template package does not use.</summary>
    private sealed class Names(IReadOnlySet<string> taken)
    {
        private readonly Dictionary<string, int> _next = [];

        public string Next(string prefix, string extension)
        {
            var n = _next.GetValueOrDefault(prefix, 1);
            while (taken.Contains($"{prefix}{n}{extension}")) n++;
            _next[prefix] = n + 1;
            return $"{prefix}{n}{extension}";
        }
    }

    private static string NextRelationshipId(HashSet<string> taken)
    {
        for (var n = taken.Count + 1; ; n++)
            if (taken.Add($"rId{n}")) return $"rId{n}";
    }

    /// <summary>The template's core properties with the deck's title, subject and language.</summary>
    private static XElement Core(XElement template, DeckPlan plan)
    {
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var core = new XElement(template);
        void Set(string name, string value)
        {
            if (core.Element(dc + name) is { } e) e.Value = value;
            else core.Add(new XElement(dc + name, value));
        }
        Set("title", Clean(plan.Title));
        Set("subject", $"Presentasi {plan.Kind.Label()} — {Clean(plan.UnitName)}");
        Set("language", Lang);
        return core;
    }
}

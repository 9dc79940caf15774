using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using static NarrativeAssist.Documents.Decks.Dml;

namespace NarrativeAssist.Documents.Decks;

/// <summary>Speaker notes: the notes master (built-in templates carry one; a user template without one gets it
/// here, with a copy of the slide theme so fonts match) and one notes page per slide holding the script.</summary>
internal static class NotesPages
{
    private static readonly Rect SlideImage = new(685_800, 685_800, 5_486_400, 3_086_100);
    private static readonly Rect NotesBody = new(685_800, 4_000_500, 5_486_400, 4_343_400);

    /// <summary>The presentation's notes master, created when missing; true in <paramref name="created"/> then.</summary>
    public static NotesMasterPart EnsureMaster(PresentationPart presentation, out bool created)
    {
        created = false;
        if (presentation.NotesMasterPart is { } existing) return existing;
        created = true;
        var part = presentation.AddNewPart<NotesMasterPart>();
        var theme = part.AddNewPart<ThemePart>();
        var slideTheme = presentation.SlideMasterParts.First().ThemePart ?? presentation.ThemePart;
        if (slideTheme is not null)
        {
            using var source = slideTheme.GetStream(FileMode.Open, FileAccess.Read);
            theme.FeedData(source);
        }
        else Feed(theme, ThemeXml.Build(TemplateStyle.BiruFormal));
        Feed(part, MasterXml());

        var root = presentation.Presentation!;
        var list = root.NotesMasterIdList ?? root.InsertAfter(new NotesMasterIdList(), root.SlideMasterIdList)!;
        list.RemoveAllChildren();
        list.Append(new NotesMasterId { Id = presentation.GetIdOfPart(part) });
        root.NotesSize ??= new NotesSize { Cx = 6_858_000, Cy = 9_144_000 };
        return part;
    }

    public static XElement MasterXml() =>
        Root(P + "notesMaster",
            new XElement(P + "cSld",
                new XElement(P + "bg", new XElement(P + "bgRef", new XAttribute("idx", 1001), Scheme("bg1"))),
                new XElement(P + "spTree", TreeStart(),
                    Shape(2, "Gambar Slide 1", "sldImg", null, SlideImage, null, noText: true),
                    Shape(3, "Catatan 2", "body", 1, NotesBody, [Paragraph("Klik untuk mengedit catatan pembicara")]))),
            MasterXmlColorMap(),
            new XElement(P + "notesStyle",
                new XElement(A + "lvl1pPr", new XAttribute("marL", 0), new XAttribute("algn", "l"),
                    new XElement(A + "defRPr", new XAttribute("sz", 1400), SolidFill(Scheme("tx1")),
                        new XElement(A + "latin", new XAttribute("typeface", "+mn-lt")),
                        new XElement(A + "ea", new XAttribute("typeface", "+mn-ea")),
                        new XElement(A + "cs", new XAttribute("typeface", "+mn-cs"))))));

    /// <summary>Notes pages are printed on paper: always dark text on white, whatever the slides use.</summary>
    private static XElement MasterXmlColorMap() => NarrativeAssist.Documents.Decks.MasterXml.ColorMap(dark: false);

    /// <summary>Adds the notes page of <paramref name="slide"/>; the script's blank-line-separated paragraphs
    /// become paragraphs, single line breaks become line breaks.</summary>
    public static void Add(SlidePart slide, NotesMasterPart master, string notes)
    {
        var part = slide.AddNewPart<NotesSlidePart>();
        part.AddPart(master);
        part.AddPart(slide);
        Feed(part, Xml(notes));
    }

    /// <summary>The notes page XML; it refers to no relationship ids (master and slide relate by type only).</summary>
    public static XElement Xml(string notes) =>
        Root(P + "notes",
            new XElement(P + "cSld", new XElement(P + "spTree", TreeStart(),
                Shape(2, "Gambar Slide 1", "sldImg", null, null, null, noText: true),
                Shape(3, "Catatan 2", "body", 1, null, Paragraphs(notes).Select(t => Paragraph(t))))),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));

    /// <summary>How a script splits into paragraphs; readers join them back with a blank line.</summary>
    public static IEnumerable<string> Paragraphs(string notes) =>
        Clean(notes).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim('\n')).Where(p => p.Trim().Length > 0);

    private static XElement Shape(int id, string name, string type, int? idx, Rect? box, IEnumerable<XElement>? paragraphs, bool noText = false) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1),
                    noText ? new XAttribute("noRot", 1) : null, noText ? new XAttribute("noChangeAspect", 1) : null)),
                new XElement(P + "nvPr", new XElement(P + "ph", new XAttribute("type", type), idx is null ? null : new XAttribute("idx", idx)))),
            new XElement(P + "spPr", box is { } r ? Xfrm(r) : null),
            noText ? null : TxBody(new XElement(A + "bodyPr"), paragraphs ?? []));
}

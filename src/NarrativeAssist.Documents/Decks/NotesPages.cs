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
        else
        {
            using var themeXml = new XmlOut();
            Feed(theme, ThemeXml.Build(themeXml, TemplateStyle.BiruFormal));
        }
        using (var x = new XmlOut()) Feed(part, MasterXml(x));

        var root = presentation.Presentation!;
        var list = root.NotesMasterIdList ?? root.InsertAfter(new NotesMasterIdList(), root.SlideMasterIdList)!;
        list.RemoveAllChildren();
        list.Append(new NotesMasterId { Id = presentation.GetIdOfPart(part) });
        root.NotesSize ??= new NotesSize { Cx = 6_858_000, Cy = 9_144_000 };
        return part;
    }

    /// <summary>Writes the notes master into <paramref name="x"/>.</summary>
    public static XmlOut MasterXml(XmlOut x)
    {
        x.Document().Root("p:notesMaster")
            .Start("p:cSld")
                .Start("p:bg").Start("p:bgRef").Attr("idx", 1001).Empty("a:schemeClr", "val", "bg1").End().End()
                .Start("p:spTree").TreeStart();
        Shape(x, 2, "Gambar Slide 1", "sldImg", null, SlideImage, null);
        Shape(x, 3, "Catatan 2", "body", 1, NotesBody, [new Para("Klik untuk mengedit catatan pembicara")]);
        x.End().End()
            // Notes pages are printed on paper: always dark text on white, whatever the slides use.
            .ColorMap(dark: false)
            .Start("p:notesStyle")
                .Start("a:lvl1pPr").Attr("marL", 0).Attr("algn", "l")
                    .Start("a:defRPr").Attr("sz", 1400).SchemeFill("tx1")
                        .Empty("a:latin", "typeface", "+mn-lt").Empty("a:ea", "typeface", "+mn-ea").Empty("a:cs", "typeface", "+mn-cs")
                    .End()
                .End()
            .End();
        return x.End();
    }

    /// <summary>Adds the notes page of <paramref name="slide"/>; the script's blank-line-separated paragraphs
    /// become paragraphs, single line breaks become line breaks.</summary>
    public static void Add(SlidePart slide, NotesMasterPart master, string notes)
    {
        var part = slide.AddNewPart<NotesSlidePart>();
        part.AddPart(master);
        part.AddPart(slide);
        using var x = new XmlOut();
        Feed(part, Xml(x, notes));
    }

    /// <summary>Writes the notes page into <paramref name="x"/>; it refers to no relationship ids (master and slide relate by type only).</summary>
    public static XmlOut Xml(XmlOut x, string notes)
    {
        x.Document().Root("p:notes").Start("p:cSld").Start("p:spTree").TreeStart();
        Shape(x, 2, "Gambar Slide 1", "sldImg", null, null, null);
        Shape(x, 3, "Catatan 2", "body", 1, null, Paragraphs(notes).Select(t => new Para(t)));
        return x.End().End().MasterColorMapping().End();
    }

    /// <summary>How a script splits into paragraphs; readers join them back with a blank line.</summary>
    public static IEnumerable<string> Paragraphs(string notes) =>
        Clean(notes).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim('\n')).Where(p => p.Trim().Length > 0);

    /// <summary>A notes placeholder: the slide image (<paramref name="paragraphs"/> null: no text) or the notes body.</summary>
    private static void Shape(XmlOut x, int id, string name, string type, int? idx, Rect? box, IEnumerable<Para>? paragraphs)
    {
        var image = paragraphs is null;
        x.Start("p:sp")
            .Start("p:nvSpPr")
                .Start("p:cNvPr").Attr("id", id).Attr("name", name).End()
                .Start("p:cNvSpPr").Start("a:spLocks").Attr("noGrp", 1).Attr("noRot", image ? 1 : null).Attr("noChangeAspect", image ? 1 : null).End().End()
                .Start("p:nvPr").Start("p:ph").Attr("type", type).Attr("idx", idx).End().End()
            .End()
            .Start("p:spPr");
        if (box is { } r) x.Xfrm(r);
        x.End();
        if (paragraphs is not null) x.TxBody(b => b.Empty("a:bodyPr"), paragraphs);
        x.End();
    }
}

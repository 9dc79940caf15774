using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Documents.Reports;

/// <summary>The weekly meeting's summary as a Word document for the minutes (notulen): the figures of this week
/// against last week, what slipped, the open requests of the Kanwil and head office, the publicity rhythm, and empty
/// places for the attendees and the follow-up, to be filled in during the meeting. The minutes are themselves evidence
/// of the leader's weekly monitoring.</summary>
public static class MeetingMinutesWriter
{
    private const int TextWidth = 9_638; // A4 portrait, 2 cm margins, in twentieths of a point
    private const string HeaderFill = "D9E2F3";

    public static byte[] Write(WeeklyMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            var sunday = meeting.Monday.AddDays(6);
            body.Append(
                Para($"Rapat Mingguan Zona Integritas — {Dml.Clean(meeting.UnitName)}", "Title"),
                Para($"Minggu {meeting.Week} ({meeting.Monday:dd/MM/yyyy} – {sunday:dd/MM/yyyy}) · disusun {meeting.Today:dd/MM/yyyy}", "Subtitle"),
                Para("Kemajuan minggu ini", "Heading1"),
                FiguresTable(meeting),
                Para("Yang tertinggal sejak minggu lalu", "Heading1"));
            if (meeting.Slipped.Count == 0) body.Append(Para("Tidak ada yang tertinggal: semua angka naik atau tetap, dan target publikasi terpenuhi."));
            body.Append(meeting.Slipped.Select(s => Para("• " + s)));
            body.Append(Para("Permintaan Kanwil dan Kantor Pusat yang masih terbuka", "Heading1"));
            if (meeting.Requests.Count == 0) body.Append(Para("Tidak ada permintaan yang terbuka."));
            else body.Append(RequestsTable(meeting.Requests));
            body.Append(Para("Ritme publikasi", "Heading1"));
            body.Append(meeting.Publicity.Select(p => Para("• " + p)));
            body.Append(
                Para("Peserta rapat", "Heading1"), Para("……………………………………………………"),
                Para("Catatan dan tindak lanjut", "Heading1"),
                Para("Tindak lanjut, penanggung jawab dan tenggat yang disepakati:"),
                Para("1. ……………………………………………………"), Para("2. ……………………………………………………"), Para("3. ……………………………………………………"),
                new SectionProperties(
                    new PageSize { Width = 11_906, Height = 16_838 },
                    new PageMargin { Top = 1_134, Right = 1_134, Bottom = 1_134, Left = 1_134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
            doc.PackageProperties.Title = $"Rapat Mingguan Zona Integritas — {Dml.Clean(meeting.UnitName)} — {meeting.Week}";
            doc.PackageProperties.Language = "id-ID";
        }
        return buffer.ToArray();
    }

    private static Table FiguresTable(WeeklyMeeting m)
    {
        var now = m.ThisWeek;
        var last = m.LastWeek;
        var rows = new (string Label, int Now, int? Last)[]
        {
            ($"Pertanyaan terjawab (dari {now.Total})", now.Answered, last?.Answered),
            ("Narasi kuat", now.Strong, last?.Strong),
            ("Pertanyaan berbukti dukung", now.WithEvidence, last?.WithEvidence),
            ("Publikasi dalam minggu", now.Publications, last?.Publications),
            ("Permintaan terbuka", now.OpenRequests, last?.OpenRequests),
            ("Permintaan terlambat", now.OverdueRequests, last?.OverdueRequests),
        };
        int[] widths = [4_438, 1_700, 1_700, 1_800];
        var table = NewTable(widths);
        table.Append(Row(widths, true, "Ukuran", "Minggu lalu", "Minggu ini", "Perubahan"));
        foreach (var (label, value, before) in rows)
            table.Append(Row(widths, false, label, before?.ToString(CultureInfo.InvariantCulture) ?? "–", value.ToString(CultureInfo.InvariantCulture),
                before is { } b ? (value - b) switch { > 0 and var d => "+" + d, 0 => "tetap", var d => d.ToString(CultureInfo.InvariantCulture) } : "–"));
        return table;
    }

    private static Table RequestsTable(IReadOnlyList<MeetingRequest> requests)
    {
        int[] widths = [3_038, 1_900, 1_300, 1_700, 1_700];
        var table = NewTable(widths);
        table.Append(Row(widths, true, "Dokumen", "Peminta", "Tenggat", "Penanggung jawab", "Status"));
        foreach (var r in requests)
            table.Append(Row(widths, false, r.Title, r.Requester, r.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                r.PersonInCharge.Length > 0 ? r.PersonInCharge : "–", r.Reminder is { } rem ? $"{r.Status} · {rem}" : r.Status));
        return table;
    }

    private static Table NewTable(int[] widths) => new(
        new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6, Color = "808080" },
                new LeftBorder { Val = BorderValues.Single, Size = 6, Color = "808080" },
                new BottomBorder { Val = BorderValues.Single, Size = 6, Color = "808080" },
                new RightBorder { Val = BorderValues.Single, Size = 6, Color = "808080" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

    private static TableRow Row(int[] widths, bool header, params string[] cells)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Length; i++)
        {
            var props = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header) props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill });
            row.Append(new TableCell(props, Para(cells[i], bold: header)));
        }
        return row;
    }

    private static Paragraph Para(string text, string? style = null, bool bold = false)
    {
        var p = new Paragraph();
        if (style is not null) p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var clean = Dml.Clean(text).Replace('\n', ' ');
        if (clean.Length == 0) return p;
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new Text(clean) { Space = SpaceProcessingModeValues.Preserve });
        p.Append(run);
        return p;
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }, new Languages { Val = "id-ID" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "120" }),
            new StyleRunProperties(new Bold(), new Color { Val = "0B3C73" }, new FontSize { Val = "34" }))
        { Type = StyleValues.Paragraph, StyleId = "Title" },
        new Style(new StyleName { Val = "Subtitle" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Color { Val = "404040" }, new FontSize { Val = "24" }))
        { Type = StyleValues.Paragraph, StyleId = "Subtitle" },
        new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new Color { Val = "0B3C73" }, new FontSize { Val = "26" }))
        { Type = StyleValues.Paragraph, StyleId = "Heading1" });
}

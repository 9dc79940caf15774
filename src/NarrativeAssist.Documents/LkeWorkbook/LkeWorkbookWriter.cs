using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Documents.LkeWorkbook;

/// <summary>Writes the LKE as the unit's own workbook looks: Pengungkit → parts → areas → sub-areas → questions, then
/// Hasil and the total, with the columns No, Penilaian, Bobot, Pilihan Jawaban, Jawaban, Nilai, %, Catatan/Keterangan/
/// Penjelasan, Eviden and Temuan pemeriksa. Nilai and % are real formulas (the regulation's arithmetic, blank answer =
/// 0) with their results cached, so the workbook recalculates when the unit edits an answer in Excel or LibreOffice
/// and shows the right values even where nothing recalculates.</summary>
public static class LkeWorkbookWriter
{
    public const string SheetName = "LKE";
    public static readonly string[] Headers =
        ["No", "Penilaian", "Bobot", "Pilihan Jawaban", "Jawaban", "Nilai", "%", "Catatan/Keterangan/Penjelasan", "Eviden", "Temuan pemeriksa"];
    private const int HeaderRow = 4;
    private static readonly double[] Widths = [6, 55, 8, 40, 10, 8, 9, 70, 45, 60];

    public static void Write(Stream output, LkeCatalog catalog, LkeWorkbookContent content)
    {
        using var buffer = new MemoryStream(); // packaging needs a seekable stream; the output may be a response body
        using (var doc = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Build();
            var sheetPart = book.AddNewPart<WorksheetPart>();
            var rows = new SheetBuilder(catalog, content).Build();
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })),
                new SheetData(rows));
            book.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = book.GetIdOfPart(sheetPart) }),
                new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Builds the rows top to bottom, remembering where each node's Nilai sits for the formulas above it.</summary>
    private sealed class SheetBuilder(LkeCatalog catalog, LkeWorkbookContent content)
    {
        private readonly List<Row> _rows = [];
        private readonly ScoreReport _score = new ScoreCalculator(catalog).Score(new AnswerSheet(content.Answers));
        private readonly Dictionary<string, QuestionResult> _results =
            (content.Check?.Questions ?? []).ToDictionary(r => r.Id, StringComparer.Ordinal);
        private int Next => HeaderRow + 1 + _rows.Count;

        public List<Row> Build()
        {
            var title = new Row { RowIndex = 1 };
            title.Append(Text(1, "A", "Lembar Kerja Evaluasi Zona Integritas menuju WBK/WBBM", WorkbookStyles.Title));
            var subtitle = new Row { RowIndex = 2 };
            subtitle.Append(Text(2, "A", $"{content.UnitName ?? "Unit kerja"} · {catalog.Regulation.Split(" tentang ")[0]} · diekspor oleh NarrativeAssist", WorkbookStyles.Text));
            var header = new Row { RowIndex = HeaderRow };
            for (var c = 0; c < Headers.Length; c++) header.Append(Text(HeaderRow, Col(c), Headers[c], WorkbookStyles.Header));

            var pengungkit = catalog.Components.First(c => c.Id == "pengungkit");
            var pengungkitRow = Summary("A", pengungkit.Name.ToUpperInvariant(), pengungkit.Weight, _score.Pengungkit.Score);
            var partCells = new List<string>();
            foreach (var part in catalog.Parts.Where(p => p.Component == "pengungkit")) partCells.Add(Part(part));
            SetSum(pengungkitRow, partCells);
            var hasilCells = catalog.Parts.Where(p => p.Component != "pengungkit").Select(p => Part(p, "B")).ToList();
            var total = Summary("", "NILAI TOTAL", catalog.Components.Sum(c => c.Weight), _score.Total);
            SetSum(total, [$"F{pengungkitRow.RowIndex}", .. hasilCells]);
            return [title, subtitle, header, .. _rows];
        }

        private string Part(Part part, string? numeral = null)
        {
            var row = Summary(numeral ?? part.Numeral, part.Name.ToUpperInvariant(), part.Weight, Node(part.Id));
            var areas = part.Areas.Select(Area).ToList();
            SetSum(row, areas);
            return $"F{row.RowIndex}";
        }

        private string Area(Area area)
        {
            var row = Summary(area.Number.ToString(CultureInfo.InvariantCulture), area.Name, area.Weight, Node(area.Id));
            var cells = new List<string>();
            foreach (var sub in area.SubAreas)
            {
                var subRow = Summary(sub.Numeral, sub.Name, sub.Weight, Node(sub.Id));
                var first = Next;
                foreach (var q in sub.Questions) Question(q);
                SetFormula(subRow, $"C{subRow.RowIndex}*AVERAGE(F{first}:F{Next - 1})");
                cells.Add($"F{subRow.RowIndex}");
            }
            // Hasil items carry their own weight: the group is Σ weight × value.
            foreach (var q in area.DirectQuestions)
            {
                var r = Question(q);
                cells.Add($"C{r}*F{r}");
            }
            SetSum(row, cells);
            return $"F{row.RowIndex}";
        }

        /// <summary>Writes the question's row; returns its row number.</summary>
        private int Question(Question q)
        {
            var r = Next;
            var row = new Row { RowIndex = (uint)r };
            content.Answers.TryGetValue(q.Id, out var answer);
            var value = answer?.ValueFor(q) is { } v && !double.IsNaN(v) ? v : 0;
            row.Append(Text(r, "A", q.Letter, WorkbookStyles.Text), Text(r, "B", q.Text, WorkbookStyles.Text));
            if (q.Weight is { } w) row.Append(Number(r, "C", w, WorkbookStyles.Number));
            row.Append(Text(r, "D", Options(q), WorkbookStyles.Text));
            if (answer is not null)
                row.Append(answer.Code is { } code ? Text(r, "E", code, WorkbookStyles.Text) : Number(r, "E", Typed(answer, q), WorkbookStyles.Text));
            row.Append(Formula(r, "F", ValueFormula(q, $"E{r}"), value, WorkbookStyles.Number));
            if (content.Narratives.TryGetValue(q.Id, out var narrative) && narrative.Length > 0) row.Append(Text(r, "H", narrative, WorkbookStyles.Text));
            if (content.Evidence.TryGetValue(q.Id, out var evidence) && evidence.Length > 0) row.Append(Text(r, "I", evidence, WorkbookStyles.Text));
            if (_results.TryGetValue(q.Id, out var result)) row.Append(Text(r, "J", Findings(result), WorkbookStyles.Text));
            _rows.Add(row);
            return r;
        }

        private Row Summary(string numbering, string name, double weight, double score)
        {
            var r = Next;
            var row = new Row { RowIndex = (uint)r };
            row.Append(Text(r, "A", numbering, WorkbookStyles.BoldText), Text(r, "B", name, WorkbookStyles.BoldText),
                Number(r, "C", weight, WorkbookStyles.BoldNumber),
                Formula(r, "F", "0", score, WorkbookStyles.BoldNumber),
                Formula(r, "G", $"IF(C{r}=0,0,F{r}/C{r})", weight == 0 ? 0 : score / weight, WorkbookStyles.BoldPercent));
            _rows.Add(row);
            return row;
        }

        private static void SetSum(Row row, IReadOnlyList<string> terms) => SetFormula(row, terms.Count == 0 ? "0" : string.Join("+", terms));

        private static void SetFormula(Row row, string formula) =>
            row.Elements<Cell>().First(c => c.CellReference!.Value!.StartsWith('F')).CellFormula = new CellFormula(formula);

        private double Node(string id) =>
            _score.SubAreas.Concat(_score.Areas).Concat(_score.Components).First(n => n.Id == id).Score;
    }

    /// <summary>The question value 0..1 from the answer cell, as the regulation scores it; a blank or unknown answer is 0.
    /// Nested IFs rather than lookups over array constants: every spreadsheet program evaluates them the same.</summary>
    internal static string ValueFormula(Question q, string cell)
    {
        if (q.AnswerType.Numeric is { } scale)
            return $"IF(ISNUMBER({cell}),MIN(1,MAX(0,{cell}/{(scale.Unit == "indeks" ? 4 : 100)})),0)";
        var answer = $"UPPER(TRIM({cell}))";
        var formula = "0";
        foreach (var o in q.Options.Reverse())
            formula = $"IF({answer}=\"{o.Code.ToUpperInvariant()}\",{o.Value.ToString(CultureInfo.InvariantCulture)},{formula})";
        return formula;
    }

    /// <summary>A percentage item given by its counts is written as its percentage (the counts have no column).</summary>
    private static double Typed(AnswerValue a, Question q) =>
        a.Number ?? Math.Round(100 * (double.IsNaN(a.ValueFor(q)) ? 0 : a.ValueFor(q)), 2);

    private static string Options(Question q) =>
        q.AnswerType.Numeric is { } scale ? (scale.Unit == "indeks" ? "Indeks 1–4" : "Persen 0–100") + (q.Penjelasan is { } p ? $"\n{p}" : "")
            : string.Join("\n", q.Options.Select(o => o.Penjelasan.Trim().Length == 0 || o.Penjelasan.Trim().TrimEnd('.') == o.Code ? o.Code : $"{o.Code}: {o.Penjelasan.Trim()}"));

    /// <summary>The verdict and every error and warning, one per line.</summary>
    private static string Findings(QuestionResult r)
    {
        var lines = new List<string> { $"{r.Status.Label()} ({r.Score}/100)" };
        if (r.InferredAnswer is { } inferred && r.Answer is not null && !inferred.Code.Equals(r.Answer, StringComparison.OrdinalIgnoreCase))
            lines.Add($"Didukung narasi: {inferred.Code}");
        foreach (var f in r.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning && !f.Rule.StartsWith("unsur.", StringComparison.Ordinal)))
            lines.Add($"- {(DefectLabels.Label(f.Defect) is { } d ? d + ": " : "")}{f.Message}");
        if (r.Missing.Count > 0) lines.Add("Belum ada: " + string.Join("; ", r.Missing.Select(e => e.Label)));
        return string.Join("\n", lines);
    }

    private static string Col(int index) => Domain.Workbook.WorkbookSheet.ColumnName(index);

    private static Cell Text(int row, string column, string text, uint style) => new(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        { CellReference = $"{column}{row}", DataType = CellValues.InlineString, StyleIndex = style };

    private static Cell Number(int row, string column, double value, uint style) => new(new CellValue(value))
        { CellReference = $"{column}{row}", StyleIndex = style };

    private static Cell Formula(int row, string column, string formula, double cached, uint style) =>
        new(new CellFormula(formula), new CellValue(Math.Round(cached, 10))) { CellReference = $"{column}{row}", StyleIndex = style };

    /// <summary>XML 1.0 forbids most control characters; a narrative pasted from elsewhere may carry them.</summary>
    private static string Clean(string s) => new(s.Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray());
}

using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Workbook;

/// <summary>Reads an LKE workbook's grid into answers, narratives and evidence by question id. Liberal in what it
/// takes: the header anywhere near the top of any sheet, columns in any order, rows matched to questions by their
/// text with the numbering as a hint (units' copies put questions one slot off), answers in any case. Strict in what
/// it reports: every row it could not place, every numbering that disagrees with the text, every answer that fits no
/// option, each with its sheet and row.</summary>
public sealed class WorkbookImporter(LkeCatalog catalog)
{
    /// <summary>Below this similarity a numbered row's text is reported as different from its question.</summary>
    private const double NumberedTextAgrees = 0.5;
    /// <summary>Below this a row's text is not its numbered question at all (a row the unit added): not recognised.</summary>
    private const double NumberedTextUnrelated = 0.25;
    /// <summary>Text beats numbering only when it fits clearly better.</summary>
    private const double TextMargin = 0.15;
    private const double InputLabelThreshold = 0.6;

    private readonly CatalogMatcher _matcher = new(catalog);

    public LkeCatalog Catalog { get; } = catalog;

    public WorkbookImport Import(WorkbookGrid grid)
    {
        var state = new State();
        foreach (var sheet in grid.Sheets)
        {
            if (HeaderFinder.Find(sheet) is not { } layout)
            {
                if (sheet.Rows.Any(r => !r.IsEmpty))
                    state.Issues.Add(new RowIssue(sheet.Name, null, RowIssueKind.LembarDilewati,
                        "Lembar ini dilewati: tidak ada baris judul dengan kolom Jawaban dan salah satu dari Nilai, " +
                        "Catatan/Keterangan/Penjelasan atau Eviden."));
                continue;
            }
            var questionColumn = QuestionColumn(sheet, layout);
            state.Sheets.Add(new SheetLayout(sheet.Name, layout, questionColumn));
            ReadSheet(sheet, layout, questionColumn, state);
        }
        foreach (var (q, inputs) in state.Inputs)
        {
            if (q.Formula!.Variables.All(inputs.ContainsKey) && !state.AnswersFromCell.Contains(q.Id))
                state.Answers[q.Id] = AnswerParser.FromInputs(q, inputs.Where(i => q.Formula.Variables.Contains(i.Key)).ToDictionary());
        }
        var summaries = ResolveAreas(state);
        var missing = Catalog.Questions.Where(q => state.Rows.All(r => r.QuestionId != q.Id)).Select(q => q.Id).ToList();
        return new WorkbookImport(state.Rows, summaries, state.Issues, state.Answers, missing, state.Sheets);
    }

    private sealed class State
    {
        public List<ImportedRow> Rows { get; } = [];
        public List<(SummaryRow Row, IReadOnlyList<SummaryNode> Candidates)> Summaries { get; } = [];
        public List<RowIssue> Issues { get; } = [];
        public Dictionary<string, AnswerValue> Answers { get; } = new(StringComparer.Ordinal);
        public HashSet<string> AnswersFromCell { get; } = new(StringComparer.Ordinal);
        public Dictionary<Question, Dictionary<string, double>> Inputs { get; } = [];
        public List<SheetLayout> Sheets { get; } = [];
        // The place being read: set by summary rows and by each recognised question.
        public string? Part;
        public int? Area;
        public string? Sub;
        public Question? PercentItem;
    }

    private void ReadSheet(WorkbookSheet sheet, HeaderLayout layout, int? questionColumn, State state)
    {
        foreach (var row in sheet.Rows.Where(r => r.Number >= layout.FirstDataRow && !r.IsEmpty))
        {
            var text = questionColumn is { } qc ? row.Text(qc) : "";
            var (numbering, rest) = Numbering(row, layout, questionColumn, text);
            var answerCell = Cell(row, layout, ColumnRole.Jawaban);
            var answer = answerCell?.Text.Trim() ?? "";
            var narrative = Text(row, layout, ColumnRole.Penjelasan);
            var evidence = Text(row, layout, ColumnRole.Eviden);

            // Questions are lettered; sub-areas, areas and parts are not.
            if (answer.Length == 0 && numbering.Letter is null && Summary(sheet, row, layout, rest, state)) continue;
            if (numbering is { Letter: null, Area: { } area }) { state.Area = area; state.Sub = null; }
            if (numbering is { Letter: null, Sub: { } sub }) state.Sub = sub;

            var words = CatalogMatcher.Words(rest);
            var (question, basis, similarity) = Match(words, numbering.Within(state.Area, state.Sub), state);
            if (question is null)
            {
                if (answer.Length > 0 && InputRow(words, answerCell!, state)) continue;
                if (answer.Length > 0 || narrative is not null || evidence is not null)
                    state.Issues.Add(new RowIssue(sheet.Name, row.Number, RowIssueKind.TidakDikenali,
                        $"Baris tidak dikenali sebagai pertanyaan LKE{Quote(text)}; jawaban, narasi dan evidennya tidak dibaca."));
                continue;
            }
            if (state.Rows.FirstOrDefault(r => r.QuestionId == question.Id) is { } first)
            {
                state.Issues.Add(new RowIssue(sheet.Name, row.Number, RowIssueKind.Ganda,
                    $"Pertanyaan {question.Id} sudah dibaca di lembar {first.Sheet} baris {first.Row}; baris ini diabaikan.", question.Id));
                continue;
            }
            ReportNumbering(sheet, row, question, basis, similarity, numbering.Within(state.Area, state.Sub), text, state);
            state.Part = question.Part.Id; state.Area = question.Area.Number; state.Sub = question.SubArea?.Numeral;
            state.PercentItem = question.Inputs.Count > 0 ? question : null;

            if (answer.Length > 0 && ParseAnswer(question, answerCell!) is var (value, error))
            {
                if (value is not null) { state.Answers[question.Id] = value; state.AnswersFromCell.Add(question.Id); }
                else state.Issues.Add(new RowIssue(sheet.Name, row.Number, RowIssueKind.JawabanTidakValid, $"Jawaban tidak dikenali: {error}.", question.Id));
            }
            state.Rows.Add(new ImportedRow(sheet.Name, row.Number, question.Id, basis, Math.Round(similarity, 2), numbering.ToString(),
                answer.Length > 0 ? answer : null, narrative, evidence,
                Cell(row, layout, ColumnRole.Nilai), Cell(row, layout, ColumnRole.Persen), row.Hidden,
                Text(row, layout, ColumnRole.JawabanTpi), Text(row, layout, ColumnRole.CatatanTpi)));
        }
    }

    /// <summary>Text first, numbering as the hint: when both name a question and they differ, the text wins if it fits
    /// clearly better (a question sitting in another question's slot), otherwise the numbering does.</summary>
    private (Question? Question, MatchBasis Basis, double Similarity) Match(HashSet<string> words, RowNumbering numbering, State state)
    {
        var hinted = Hinted(numbering, state.Part);
        var best = words.Count == 0 ? null : _matcher.Questions(words).FirstOrDefault() is { Question: not null } b ? b : ((Question, double)?)null;
        var hintScore = hinted is null || words.Count == 0 ? 0 : _matcher.Similarity(hinted, words);
        if (best is { } top && top.Item2 >= CatalogMatcher.QuestionThreshold)
        {
            if (hinted is null) return (top.Item1, MatchBasis.Teks, top.Item2);
            if (hinted == top.Item1 || hintScore >= top.Item2 - TextMargin) return (hinted, MatchBasis.TeksDanNomor, hintScore);
            return (top.Item1, MatchBasis.Teks, top.Item2);
        }
        if (hinted is null || (words.Count > 0 && hintScore < NumberedTextUnrelated)) return (null, MatchBasis.Nomor, 0);
        return (hinted, MatchBasis.Nomor, hintScore);
    }

    private void ReportNumbering(WorkbookSheet sheet, SheetRow row, Question q, MatchBasis basis, double similarity,
        RowNumbering numbering, string text, State state)
    {
        if (basis == MatchBasis.Teks && Hinted(numbering, state.Part) is { } hinted && hinted != q)
            state.Issues.Add(new RowIssue(sheet.Name, row.Number, RowIssueKind.NomorTidakSesuai,
                $"Nomor baris menunjuk {hinted.Id} ({Short(hinted.Text)}), tetapi teksnya pertanyaan {q.Id} ({Short(q.Text)}); dibaca sebagai {q.Id}.", q.Id));
        else if (basis == MatchBasis.Nomor && text.Length > 0 && similarity < NumberedTextAgrees)
            state.Issues.Add(new RowIssue(sheet.Name, row.Number, RowIssueKind.TeksBerbeda,
                $"Dikenali dari nomornya sebagai {q.Id}, tetapi teksnya berbeda dari pertanyaan LKE ({Short(q.Text)}); periksa baris ini.", q.Id));
    }

    /// <summary>The question a numbering names within the part being read ("a." under area 1, sub-area i).</summary>
    private Question? Hinted(RowNumbering n, string? partId)
    {
        if (n.Letter is null || n.Area is null || partId is null) return null;
        var part = Catalog.FindPart(partId);
        var area = part?.Areas.FirstOrDefault(a => a.Number == n.Area);
        if (area is null) return null;
        if (n.Sub is null) return area.DirectQuestions.FirstOrDefault(q => q.Letter == n.Letter);
        return area.SubAreas.FirstOrDefault(s => s.Numeral == n.Sub)?.Questions.FirstOrDefault(q => q.Letter == n.Letter);
    }

    private bool Summary(WorkbookSheet sheet, SheetRow row, HeaderLayout layout, string rest, State state)
    {
        var nodes = _matcher.Summary(rest, state.Part);
        if (nodes.Count == 0) return false;
        var node = nodes[0];
        if (Catalog.FindPart(node.Id) is { } part) { state.Part = part.Id; state.Area = null; state.Sub = null; }
        else if (Catalog.FindArea(node.Id) is { } area) { state.Part = area.Part.Id; state.Area = area.Number; state.Sub = null; }
        else if (Catalog.Parts.SelectMany(p => p.Areas).SelectMany(a => a.SubAreas).FirstOrDefault(s => s.Id == node.Id) is { } sub)
        {
            state.Part = sub.Area.Part.Id; state.Area = sub.Area.Number; state.Sub = sub.Numeral;
        }
        state.Summaries.Add((new SummaryRow(sheet.Name, row.Number, node, Cell(row, layout, ColumnRole.Nilai), Cell(row, layout, ColumnRole.Persen)), nodes));
        return true;
    }

    /// <summary>An area row names "Manajemen Perubahan" for Pemenuhan and Reform alike: the questions below it decide.</summary>
    private List<SummaryRow> ResolveAreas(State state)
    {
        var result = new List<SummaryRow>();
        foreach (var (row, candidates) in state.Summaries)
        {
            if (candidates.Count < 2 || Catalog.FindArea(candidates[0].Id) is null) { result.Add(row); continue; }
            var next = state.Rows.FirstOrDefault(r => r.Sheet == row.Sheet && r.Row > row.Row);
            var area = next is null ? null : Catalog.FindQuestion(next.QuestionId)!.Area;
            var chosen = candidates.FirstOrDefault(c => c.Id == area?.Id) ?? candidates[0];
            result.Add(row with { Node = chosen });
        }
        return result;
    }

    /// <summary>A count under a percentage item ("Jumlah Agen Perubahan | 10"): one input of its formula.</summary>
    private static bool InputRow(HashSet<string> words, SheetCell cell, State state)
    {
        if (state.PercentItem is not { } q || cell.Number is not { } n) return false;
        var input = q.Inputs.Select(i => (Input: i, Words: CatalogMatcher.Words(i.Label)))
            .Select(x => (x.Input, Score: x.Words.Count == 0 ? 0 : x.Words.Count(words.Contains) / (double)x.Words.Count))
            .Where(x => x.Score >= InputLabelThreshold).OrderByDescending(x => x.Score).FirstOrDefault();
        if (input.Input is null) return false;
        if (!state.Inputs.TryGetValue(q, out var inputs)) state.Inputs[q] = inputs = new(StringComparer.Ordinal);
        inputs[input.Input.Key] = n;
        return true;
    }

    /// <summary>"ya", "a", "A. Jika …", "80%", 0.8 formatted as a percentage, 3.61.</summary>
    private static (AnswerValue? Value, string Error) ParseAnswer(Question q, SheetCell cell)
    {
        if (q.AnswerType.Numeric is { } scale && cell.Number is { } n)
        {
            var v = cell.Percent ? n * 100 : n;
            return v < scale.Min || v > scale.Max
                ? (null, $"jawaban {q.Id} harus {(scale.Unit == "indeks" ? "indeks 1–4" : "persen 0–100")}, ditemukan {SheetCell.Format(v)}")
                : (new AnswerValue(null, Math.Round(v, 4), null), "");
        }
        return AnswerParser.TryParse(q, cell.Text, out var value, out var error) ? (value, "") : (null, error);
    }

    /// <summary>The numbering from the Nomor column, else from short cells left of the question, else from the text itself.</summary>
    private static (RowNumbering, string Remainder) Numbering(SheetRow row, HeaderLayout layout, int? questionColumn, string text)
    {
        var (fromText, rest) = RowNumbering.Parse(text);
        var cells = layout[ColumnRole.Nomor] is { } nc ? [row.Text(nc)]
            : row.Cells.Where(c => c.Key < (questionColumn ?? 0) && c.Value.Text.Trim().Length is > 0 and <= 8).OrderBy(c => c.Key).Select(c => c.Value.Text.Trim()).ToList();
        var joined = string.Join(".", cells.Where(c => c.Length > 0).Select(c => c.TrimEnd('.', ')')));
        if (joined.Length == 0) return (fromText, rest);
        var (fromColumn, left) = RowNumbering.Parse(joined + ".");
        if (fromColumn.IsEmpty || left.Length > 0) return (fromText, rest);
        return (new RowNumbering(fromColumn.PartNumeral ?? fromText.PartNumeral, fromColumn.Area ?? fromText.Area,
            fromColumn.Sub ?? fromText.Sub, fromColumn.Letter ?? fromText.Letter), rest);
    }

    /// <summary>The Penilaian column; under a header merged over several columns (numbering and text), the one of them
    /// holding the most text.</summary>
    private static int? QuestionColumn(WorkbookSheet sheet, HeaderLayout layout)
    {
        if (layout[ColumnRole.Penilaian] is not { } column) return GuessQuestionColumn(sheet, layout);
        var merge = sheet.Merges.FirstOrDefault(m => layout.HeaderRows.Contains(m.FirstRow) && m.FirstColumn == column && m.LastColumn > column);
        if (merge is null) return column;
        return sheet.Rows.Where(r => r.Number >= layout.FirstDataRow)
            .SelectMany(r => r.Cells.Where(c => c.Key >= merge.FirstColumn && c.Key <= merge.LastColumn))
            .GroupBy(c => c.Key).OrderByDescending(g => g.Sum(c => c.Value.Text.Length)).Select(g => (int?)g.Key).FirstOrDefault() ?? column;
    }

    /// <summary>Without a Penilaian header: the column left of Jawaban, not claimed by another role, holding the most text.</summary>
    private static int? GuessQuestionColumn(WorkbookSheet sheet, HeaderLayout layout)
    {
        var answer = layout[ColumnRole.Jawaban]!.Value;
        var taken = layout.Columns.Values.ToHashSet();
        return sheet.Rows.Where(r => r.Number >= layout.FirstDataRow)
            .SelectMany(r => r.Cells.Where(c => c.Key < answer && !taken.Contains(c.Key) && c.Value.Number is null))
            .GroupBy(c => c.Key).OrderByDescending(g => g.Sum(c => c.Value.Text.Length)).Select(g => (int?)g.Key).FirstOrDefault();
    }

    private static SheetCell? Cell(SheetRow row, HeaderLayout layout, ColumnRole role) =>
        layout[role] is { } c && row.Cell(c) is { } cell && cell.Text.Trim().Length > 0 ? cell : null;

    /// <summary>A cell's text with its line breaks kept (wrapped text is one cell; Alt+Enter breaks are real).</summary>
    private static string? Text(SheetRow row, HeaderLayout layout, ColumnRole role) =>
        Cell(row, layout, role) is { } cell ? cell.Text.Replace("\r\n", "\n").Replace('\r', '\n').Trim() : null;

    private static string Quote(string text) => text.Length == 0 ? "" : $" (\"{Short(text)}\")";

    private static string Short(string s) => s.Length > 60 ? s[..60].TrimEnd() + "…" : s;
}

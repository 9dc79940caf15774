using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Workbook;

/// <summary>How a row was tied to its question.</summary>
public enum MatchBasis
{
    /// <summary>Text and numbering agree.</summary>
    TeksDanNomor,
    /// <summary>By the text; the row has no numbering, or numbering that points elsewhere (reported).</summary>
    Teks,
    /// <summary>By the numbering alone: the row's text is missing or too different (reported when present).</summary>
    Nomor,
}

/// <summary>A row recognised as a question, with what the unit wrote in it. <see cref="Answer"/> is the answer as
/// written ("ya", "a", "80%"); the parsed value is in <see cref="WorkbookImport.Answers"/>.</summary>
public sealed record ImportedRow(
    string Sheet, int Row, string QuestionId, MatchBasis Basis, double Similarity, string Numbering,
    string? Answer, string? Narrative, string? Evidence, SheetCell? Nilai, SheetCell? Persen, bool Hidden,
    string? TpiAnswer = null, string? TpiNote = null);

/// <summary>A sub-area, area, part, Pengungkit or total row and the values the workbook computed for it.</summary>
public sealed record SummaryRow(string Sheet, int Row, SummaryNode Node, SheetCell? Nilai, SheetCell? Persen);

public enum RowIssueKind
{
    /// <summary>A row with an answer, narrative or evidence that matches no question.</summary>
    TidakDikenali,
    /// <summary>The numbering names one question and the text another.</summary>
    NomorTidakSesuai,
    /// <summary>Recognised by its numbering, but its text resembles the question little.</summary>
    TeksBerbeda,
    JawabanTidakValid,
    /// <summary>A question found in a second row; the first one counts.</summary>
    Ganda,
    /// <summary>A sheet without an LKE header.</summary>
    LembarDilewati,
}

public sealed record RowIssue(string Sheet, int? Row, RowIssueKind Kind, string Message, string? QuestionId = null)
{
    /// <summary>"Lembar LKE, baris 12" — where to look.</summary>
    public string Where => Row is null ? $"Lembar {Sheet}" : $"Lembar {Sheet}, baris {Row}";
}

/// <summary>A sheet read as an LKE table, with the columns its header names.</summary>
public sealed record SheetLayout(string Sheet, HeaderLayout Layout, int? QuestionColumn);

/// <summary>Everything read from a workbook: recognised rows, summary rows, issues, the answers parsed, and the
/// questions of the catalog the workbook does not hold.</summary>
public sealed record WorkbookImport(
    IReadOnlyList<ImportedRow> Rows,
    IReadOnlyList<SummaryRow> Summaries,
    IReadOnlyList<RowIssue> Issues,
    IReadOnlyDictionary<string, AnswerValue> Answers,
    IReadOnlyList<string> Missing,
    IReadOnlyList<SheetLayout> Sheets)
{
    /// <summary>The narratives to check, with the answers that parsed (an unparsable answer is reported already);
    /// a percentage item given by its counts is checked with its percentage, as a user would type it.</summary>
    public IEnumerable<NarrativeInput> Narratives(LkeCatalog catalog) =>
        Rows.Select(r => new NarrativeInput(r.QuestionId, r.Narrative,
            Answers.TryGetValue(r.QuestionId, out var a) ? Typed(a, catalog.FindQuestion(r.QuestionId)!) : null));

    private static string Typed(AnswerValue a, Question q) =>
        a.Inputs is null ? a.ToString() : AnswerParser.FormatNumber(Math.Round(100 * a.ValueFor(q), 2));
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Documents.LkeWorkbook;

/// <summary>What goes into an exported LKE workbook: the unit's answers, narratives and evidence by question id,
/// and the checker's findings for the "Temuan pemeriksa" column.</summary>
public sealed record LkeWorkbookContent(
    IReadOnlyDictionary<string, AnswerValue> Answers,
    IReadOnlyDictionary<string, string> Narratives,
    IReadOnlyDictionary<string, string> Evidence,
    CheckReport? Check = null,
    string? UnitName = null);

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Workbook;

/// <summary>A workbook read, its narratives checked, its answers scored, and its own arithmetic compared with the
/// regulation's.</summary>
public sealed record WorkbookReview(
    WorkbookImport Import,
    CheckReport Check,
    ScoreReport Score,
    IReadOnlyList<ArithmeticDifference> Differences)
{
    /// <summary>Imports <paramref name="grid"/> and runs the existing checker and scorer on what it holds.</summary>
    public static WorkbookReview Run(WorkbookGrid grid, NarrativeChecker checker, string target = "wbk")
    {
        var catalog = checker.Book.Catalog;
        var import = new WorkbookImporter(catalog).Import(grid);
        var check = DocumentCheck.Run(checker, import.Narratives(catalog));
        var score = new ScoreCalculator(catalog).Score(new AnswerSheet(import.Answers)
            { Supported = SupportedAnswers.From(catalog, import.Answers, check.Questions) }, target);
        return new WorkbookReview(import, check, score, WorkbookArithmetic.Compare(catalog, import, score));
    }
}

namespace NarrativeAssist.Domain.Checking;

/// <summary>The evaluator's categories of what is wrong with a narrative (shared/EVALUATOR.md §8). Every finding of
/// severity error or warning names one, so the checker can be measured against narratives an evaluator labelled
/// (tests/corpora/checker) and so a report can group findings the way an evaluator speaks.</summary>
public static class Defects
{
    public const string OverClaim = "over_claim";
    public const string UnderClaim = "under_claim";
    public const string InvalidAnswer = "invalid_answer";
    public const string NotRealised = "not_realised";
    public const string NoDate = "no_date";
    public const string NoLegalBasis = "no_legal_basis";
    public const string NoResult = "no_result";
    public const string NoComparison = "no_comparison";
    public const string VagueClaim = "vague_claim";
    public const string NoEvidence = "no_evidence";
    public const string IrrelevantEvidence = "irrelevant_evidence";
    public const string WrongQuestion = "wrong_question";
    public const string Inconsistent = "inconsistent";
    public const string DraftingLeftover = "drafting_leftover";

    public static readonly IReadOnlyList<string> All =
    [
        OverClaim, UnderClaim, InvalidAnswer, NotRealised, NoDate, NoLegalBasis, NoResult, NoComparison,
        VagueClaim, NoEvidence, IrrelevantEvidence, WrongQuestion, Inconsistent, DraftingLeftover,
    ];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name);
}

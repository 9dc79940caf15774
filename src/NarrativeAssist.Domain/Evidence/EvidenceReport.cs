using System.Text.Json.Serialization;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>A problem with a file's content, reported wherever the file sits.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FileProblem>))]
public enum FileProblem
{
    [JsonStringEnumMemberName("empty")] Empty,
    [JsonStringEnumMemberName("unreadable")] Unreadable,
    [JsonStringEnumMemberName("oversized")] Oversized,
    /// <summary>.docm/.xlsm/.pptm …: kept, but flagged — evaluators will not open macro files.</summary>
    [JsonStringEnumMemberName("macro_enabled")] MacroEnabled,
}

public sealed record FileNote(string Path, FileProblem Problem);

/// <summary>A file named for one question (<see cref="NamedFor"/>) that sits in another question's folder or sub-area
/// (<see cref="SitsIn"/>: a question or sub-area id), where that question's evaluator will not look for it.</summary>
public sealed record MisplacedFile(string Path, string NamedFor, string SitsIn);

/// <summary>A file the check could not place under any question, with the sub-area when its folder gave one.</summary>
public sealed record UnplacedFile(string Path, string? SubAreaId);

/// <summary>The evidence of one question.</summary>
/// <param name="Files">Files in its folder (or named for it in its sub-area's folder), in path order.</param>
/// <param name="Answered">The narrative says something and the answer is above the lowest option: evidence is expected.</param>
/// <param name="NoEvidence">Answered, yet no usable file.</param>
/// <param name="NamedMissing">Evidence the narrative names that no file's name matches.</param>
/// <param name="NotNamed">Usable files the narrative never names.</param>
/// <param name="Misplaced">Files named for this question found in another question's folder.</param>
/// <param name="Problems">Empty, unreadable, oversized and macro files among <paramref name="Files"/> and <paramref name="Misplaced"/>.</param>
/// <remarks><see cref="Registered"/>: evidence kept outside the folder and tied to this question by the unit (its
/// publication log: posts and articles are online, not files).</remarks>
public sealed record QuestionEvidence(
    string QuestionId,
    string Label,
    IReadOnlyList<string> Files,
    bool Answered,
    bool NoEvidence,
    IReadOnlyList<string> NamedMissing,
    IReadOnlyList<string> NotNamed,
    IReadOnlyList<MisplacedFile> Misplaced,
    IReadOnlyList<FileNote> Problems)
{
    public IReadOnlyList<string> Registered { get; init; } = [];

    public bool HasFindings => NoEvidence || NamedMissing.Count > 0 || NotNamed.Count > 0 || Misplaced.Count > 0 || Problems.Count > 0;
}

/// <summary>The whole check: every catalog question in LKE order, then what could not be placed.</summary>
/// <param name="NarrativesGiven">False when no narratives were given: nothing about named or answered evidence is said.</param>
/// <param name="ContentInspected">False for a listing of paths: empty, unreadable and oversized files cannot be known.</param>
public sealed record EvidenceCheckReport(
    IReadOnlyList<QuestionEvidence> Questions,
    IReadOnlyList<UnplacedFile> Unplaced,
    IReadOnlyList<FileNote> UnplacedProblems,
    int FileCount,
    bool NarrativesGiven,
    bool ContentInspected)
{
    public QuestionEvidence? Find(string questionId) => Questions.FirstOrDefault(q => q.QuestionId == questionId);
}

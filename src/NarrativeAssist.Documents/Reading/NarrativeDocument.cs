namespace NarrativeAssist.Documents;

/// <summary>How the narratives were located in the document.</summary>
public enum ReadMode
{
    /// <summary>Content controls tagged <c>lke:&lt;id&gt;</c> / <c>lke-jawaban:&lt;id&gt;</c>.</summary>
    ContentControls,
    /// <summary>No tagged controls: question ids, LKE numbering and question text in the flow of paragraphs.</summary>
    Numbering,
}

/// <summary>One question's narrative as found in the document.</summary>
/// <param name="QuestionId">Catalog id, e.g. "P.MP.1.a".</param>
/// <param name="Text">Plain text, paragraphs joined with "\n", table rows as cells joined with " | "; empty when unwritten.</param>
/// <param name="Answer">Normalised answer ("Ya", "A", "85"), or the text as written when it fits no option; null when none.</param>
/// <param name="Source">Where it was found: one of <see cref="EntrySources"/>.</param>
public sealed record NarrativeEntry(string QuestionId, string Text, string? Answer, string Source);

/// <summary>The narratives of a document in document order, with Indonesian warnings about what was skipped or merged.</summary>
public sealed record NarrativeDocument(IReadOnlyList<NarrativeEntry> Entries, ReadMode Mode, IReadOnlyList<string> Warnings)
{
    public NarrativeEntry? Find(string questionId) =>
        Entries.FirstOrDefault(e => e.QuestionId.Equals(questionId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Values of <see cref="NarrativeEntry.Source"/>.</summary>
public static class EntrySources
{
    public const string ContentControl = "content-control";
    /// <summary>A paragraph starting with the question id ("P.MP.1.a …").</summary>
    public const string QuestionId = "question-id";
    /// <summary>LKE numbering: "1.i.a", or "a." under a sub-area heading.</summary>
    public const string Numbering = "numbering";
    /// <summary>A heading or paragraph resembling the question text.</summary>
    public const string QuestionText = "question-text";
}

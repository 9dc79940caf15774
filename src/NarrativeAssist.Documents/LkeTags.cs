namespace NarrativeAssist.Documents;

/// <summary>Content-control tags that tie Word content to LKE question ids; shared by the skeleton writer,
/// the reader and the Word task pane.</summary>
public static class LkeTags
{
    public const string NarrativePrefix = "lke:";
    public const string AnswerPrefix = "lke-jawaban:";

    public static string Narrative(string questionId) => NarrativePrefix + questionId;
    public static string Answer(string questionId) => AnswerPrefix + questionId;

    /// <summary>Splits a tag into its kind and question id; null for tags that are not LKE tags.</summary>
    public static LkeTag? Parse(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var t = tag.Trim();
        if (t.StartsWith(AnswerPrefix, StringComparison.OrdinalIgnoreCase))
            return new LkeTag(LkeTagKind.Answer, t[AnswerPrefix.Length..].Trim());
        if (t.StartsWith(NarrativePrefix, StringComparison.OrdinalIgnoreCase))
            return new LkeTag(LkeTagKind.Narrative, t[NarrativePrefix.Length..].Trim());
        return null;
    }
}

public enum LkeTagKind { Narrative, Answer }

public sealed record LkeTag(LkeTagKind Kind, string QuestionId);

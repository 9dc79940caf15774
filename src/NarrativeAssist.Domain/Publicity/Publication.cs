namespace NarrativeAssist.Domain.Publicity;

/// <summary>One entry of a unit's publication log. <see cref="Link"/> may be empty for print or broadcast coverage
/// kept as a clipping; <see cref="Concerns"/> is the lever (area) or innovation the post is about, as the team
/// writes it; <see cref="QuestionIds"/> are the LKE questions it is evidence for.</summary>
public sealed record Publication(
    DateOnly Date,
    PublicationChannel Channel,
    PublicationKind Kind,
    string? Link,
    string Title,
    string? Concerns = null,
    IReadOnlyList<string>? QuestionIds = null)
{
    public IReadOnlyList<string> Questions => QuestionIds ?? [];

    /// <summary>The link as compared for duplicates (<see cref="PublicationLinks.Normalize"/>), or null.</summary>
    public string? LinkKey => PublicationLinks.Normalize(Link);
}

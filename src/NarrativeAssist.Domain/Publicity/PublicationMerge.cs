namespace NarrativeAssist.Domain.Publicity;

public sealed record MergedPublications(IReadOnlyList<Publication> Entries, int DuplicatesMerged);

/// <summary>Duplicate links are one publication: a post pasted twice, or found both in a scheduler export and by
/// hand, with tracking parameters or www. being the only difference (<see cref="PublicationLinks.Normalize"/>).</summary>
public static class PublicationMerge
{
    /// <summary>Entries in their first order; a duplicate adds its LKE questions, and fills a missing title or
    /// concern, to the entry it repeats. The earlier date is kept: a post is published once, later copies are shares.
    /// Entries without a link (a clipping) are never merged.</summary>
    public static MergedPublications Merge(IEnumerable<Publication> entries)
    {
        var result = new List<Publication>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var merged = 0;
        foreach (var entry in entries)
        {
            var key = entry.LinkKey;
            if (key is null || !byKey.TryGetValue(key, out var at))
            {
                if (key is not null) byKey[key] = result.Count;
                result.Add(entry);
                continue;
            }
            result[at] = Combine(result[at], entry);
            merged++;
        }
        return new MergedPublications(result, merged);
    }

    public static Publication Combine(Publication kept, Publication duplicate) => kept with
    {
        Date = kept.Date <= duplicate.Date ? kept.Date : duplicate.Date,
        Title = string.IsNullOrWhiteSpace(kept.Title) ? duplicate.Title : kept.Title,
        Concerns = string.IsNullOrWhiteSpace(kept.Concerns) ? duplicate.Concerns : kept.Concerns,
        QuestionIds = kept.Questions.Concat(duplicate.Questions).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
    };
}

namespace NarrativeAssist.Documents;

/// <summary>Lower-cased words of a text, punctuation ignored, for comparing lines with LKE names and question texts.</summary>
internal static class Words
{
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    /// <summary>Share of the distinct words of <paramref name="target"/> that occur in <paramref name="line"/>.</summary>
    public static double Coverage(IReadOnlySet<string> target, IReadOnlySet<string> line) =>
        target.Count == 0 ? 0 : target.Count(line.Contains) / (double)target.Count;
}

namespace NarrativeAssist.Domain.Text;

/// <summary>A phrase as data (a rule's pattern, a marker of the reading layer) split the same way everywhere: runs of
/// letters and digits, lower-cased; everything else separates.</summary>
internal static class LowerWords
{
    public static string[] Of(string s)
    {
        var words = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i])) { i++; continue; }
            var start = i;
            while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
            words.Add(s[start..i].ToLowerInvariant());
        }
        return [.. words];
    }
}

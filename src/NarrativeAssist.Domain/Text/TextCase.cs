namespace NarrativeAssist.Domain.Text;

/// <summary>Sentence case for messages assembled from parts ("profil unit …" at the start of a sentence).</summary>
public static class TextCase
{
    public static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

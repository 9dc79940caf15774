namespace NarrativeAssist.Domain.Library;

/// <summary>One stretch [Start, End) of a text that a recogniser took for identifying data of <paramref name="Kind"/>.</summary>
internal readonly record struct Found(int Start, int End, string Kind)
{
    public int Length => End - Start;

    public static Found Of(System.Text.RegularExpressions.Group g, string kind) => new(g.Index, g.Index + g.Length, kind);
}

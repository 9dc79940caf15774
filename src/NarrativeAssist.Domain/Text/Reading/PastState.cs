namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>Words that put a "belum" before the work the narrative reports ("24 indikator yang semula belum terukur",
/// "sebelumnya belum ada"): the state the work changed, not a remainder still undone.</summary>
internal static class PastState
{
    private static readonly HashSet<string> Words = ["semula", "sebelumnya", "awalnya", "mulanya", "tadinya", "dahulu", "dulu", "dulunya"];

    /// <summary>The negation at <paramref name="negation"/> is preceded, in its sentence, by a past-state word.</summary>
    public static bool Before(IReadOnlyList<Token> tokens, int negation) =>
        negation > 0 && negation < tokens.Count && tokens[negation - 1].Sentence == tokens[negation].Sentence && Words.Contains(tokens[negation - 1].Lower);
}

namespace NarrativeAssist.Documents.Decks;

/// <summary>A rendered presentation and the mapping report: one Indonesian line per decision (which slide went on
/// which layout and placeholder, which tokens were replaced, what could not be mapped and the fallback used).</summary>
public sealed record RenderedDeck(byte[] Pptx, IReadOnlyList<string> Mapping, int SlideCount)
{
    public void WriteTo(Stream output) => output.Write(Pptx);
}

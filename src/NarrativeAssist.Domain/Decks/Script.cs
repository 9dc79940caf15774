namespace NarrativeAssist.Domain.Decks;

/// <summary>A presenter's script under construction: essential sentences are always read, details only when time
/// allows (the first thing the planner drops to fit the limit).</summary>
internal sealed class Script
{
    private readonly List<(string Text, bool Essential)> _lines = [];

    public Script Say(string sentence) { _lines.Add((Wording.Sentence(sentence), true)); return this; }

    public Script Detail(string sentence) { _lines.Add((Wording.Sentence(sentence), false)); return this; }

    /// <summary>One paragraph per sentence group, blank line between them.</summary>
    public string Render(bool essentialOnly) =>
        string.Join("\n\n", _lines.Where(l => l.Essential || !essentialOnly).Select(l => l.Text));
}

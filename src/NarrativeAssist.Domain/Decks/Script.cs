namespace NarrativeAssist.Domain.Decks;

/// <summary>A presenter's script under construction: essential sentences are always read, details only when time
/// allows (the first thing the planner drops to fit the limit). Every sentence is put in its spoken form
/// (<see cref="SpokenForm"/>) and starts with a capital letter.</summary>
internal sealed class Script
{
    private readonly List<(string Text, bool Essential)> _lines = [];

    public Script Say(string sentence) { _lines.Add((Spoken(sentence), true)); return this; }

    public Script Detail(string sentence) { _lines.Add((Spoken(sentence), false)); return this; }

    private static string Spoken(string sentence) => Wording.Sentence(Text.TextCase.Capitalize(SpokenForm.Of(sentence).Trim()));

    /// <summary>One paragraph per sentence group, blank line between them.</summary>
    public string Render(bool essentialOnly) =>
        string.Join("\n\n", _lines.Where(l => l.Essential || !essentialOnly).Select(l => l.Text));
}

using System.Runtime.CompilerServices;

namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>The quantities and times of one narrative, read once and shared by every rule that asks
/// (profile consistency, frequency and date order, answer judgement).</summary>
public sealed class TextQuantities
{
    private static readonly ConditionalWeakTable<AnalyzedText, TextQuantities> Cache = new();

    private TextQuantities(AnalyzedText text)
    {
        Text = text;
        _atoms = Quantities.Atoms.Of(text);
        Ratios = RatioReader.Read(text, _atoms);
        Changes = ChangeReader.Read(text.Text, _atoms);
        Money = MoneyReader.Read(text.Text);
        Dates = DateReader.Read(text.Text, _atoms);
        Frequencies = FrequencyReader.Read(_atoms);
    }

    private readonly Atom[] _atoms;

    public AnalyzedText Text { get; }
    public IReadOnlyList<Atom> Atoms => _atoms;
    public IReadOnlyList<Ratio> Ratios { get; }
    public IReadOnlyList<Change> Changes { get; }
    public IReadOnlyList<Money> Money { get; }
    public IReadOnlyList<DateMention> Dates { get; }
    public IReadOnlyList<FrequencyStatement> Frequencies { get; }

    /// <summary>Read once per analysed text (rules run on the same instance), then cached while the text lives.</summary>
    public static TextQuantities Of(AnalyzedText text) => Cache.GetValue(text, t => new TextQuantities(t));

    /// <summary>The year a number at <paramref name="start"/> belongs to when the text says so: its side of a
    /// before→after pair, or a year attached to it ("58 menit pada tahun 2022", "3,45 (2023)", "tahun 2023 sebesar 3,45").
    /// <paramref name="inPair"/> is true when the number is one side of a pair (its year may then be unknown).</summary>
    public int? YearOf(int start, out bool inPair)
    {
        foreach (var c in Changes)
        {
            if (c.From is not null && c.FromStart == start) { inPair = true; return c.FromYear; }
            if (c.To is not null && c.ToStart == start) { inPair = true; return c.ToYear; }
        }
        inPair = false;
        var i = Array.FindIndex(_atoms, a => a.Start == start);
        return i < 0 ? null : YearAttachment.Of(_atoms, Text.Text, i);
    }
}

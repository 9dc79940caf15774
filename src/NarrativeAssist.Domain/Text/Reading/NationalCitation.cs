namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>A number that belongs to a national regulation ("Peraturan Menteri PANRB Nomor 62 Tahun 2018"): the
/// framework every unit cites, not a document the unit made, so it is neither a fact about the unit nor its evidence.</summary>
public static class NationalCitation
{
    private static readonly HashSet<string> RegulationWords = new(StringComparer.Ordinal)
        { "peraturan", "permen", "permenpan", "permenpanrb", "perpres", "undang", "uu", "pp", "inpres", "keppres", "instruksi", "perkap", "perkaba", "perma", "perban" };

    /// <summary>The number follows a national regulation's name within the same few words.</summary>
    public static bool Is(AnalyzedText text, Entity e)
    {
        var i = text.TokenIndexAt(e.Start);
        for (var k = i - 1; k >= 0 && k >= i - 6 && text.Tokens[k].Sentence == text.Tokens[Math.Min(i, text.Tokens.Count - 1)].Sentence; k--)
            if (RegulationWords.Contains(text.Tokens[k].Lower)) return true;
        return false;
    }
}

namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>One unit of a narrative for reading quantities: a word, or a number (digits with their Indonesian
/// separators, a percentage, or a number in words) at a character span. Patterns over atoms stay simple:
/// "19 dari 34 pegawai" is number, word, number, word.</summary>
public readonly record struct Atom(int Start, int End, string Lower, double? Number, bool Percent, int Decimals, int Sentence)
{
    public bool IsNumber => Number is not null;
    public bool IsYear => Number is { } n && !Percent && Decimals == 0 && n is >= 1980 and <= 2099 && End - Start == 4;
    public bool Is(string word) => Number is null && Lower == word;
}

public static class Atoms
{
    /// <summary>Atoms of an analysed text: recognised numbers and percentages keep their value; runs of digits inside
    /// dates ("12 Maret 2024") become numbers too; number words are read as numbers.</summary>
    public static Atom[] Of(AnalyzedText text)
    {
        var tokens = text.Tokens;
        var atoms = new List<Atom>(tokens.Count);
        var entities = text.Entities;
        var e = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            while (e < entities.Count && entities[e].Start < t.Start) e++;
            if (e < entities.Count && entities[e].Start == t.Start && entities[e].Kind is EntityKind.Angka or EntityKind.Persen or EntityKind.Tahun
                && entities[e].Value is { } v)
            {
                var ent = entities[e];
                atoms.Add(new Atom(ent.Start, ent.End, t.Lower, v, ent.Kind == EntityKind.Persen, ent.Decimals, t.Sentence));
                while (i + 1 < tokens.Count && tokens[i + 1].Start < ent.End) i++;
                continue;
            }
            if (char.IsAsciiDigit(t.Lower[0]) && t.Lower.All(char.IsAsciiDigit) && t.Lower.Length <= 9)
            {
                atoms.Add(new Atom(t.Start, t.End, t.Lower, double.Parse(t.Lower, System.Globalization.CultureInfo.InvariantCulture), false, 0, t.Sentence));
                continue;
            }
            var used = NumberWords.TryRead(tokens, i, text.Sentences[t.Sentence].EndToken, out var value);
            if (used > 0)
            {
                var last = tokens[i + used - 1];
                var percent = i + used < tokens.Count && tokens[i + used].Lower is "persen" or "prosen";
                var end = percent ? tokens[i + used].End : last.End;
                atoms.Add(new Atom(t.Start, end, t.Lower, value, percent, 0, t.Sentence));
                i += used - 1 + (percent ? 1 : 0);
                continue;
            }
            atoms.Add(new Atom(t.Start, t.End, t.Lower, null, false, 0, t.Sentence));
        }
        return atoms.ToArray();
    }
}

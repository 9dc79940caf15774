namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>Which year a number is written against: "58 menit pada tahun 2022", "3,45 (2023)", "tahun 2023 sebesar 3,45",
/// "2023: 3,45". Only these attachments count; a year merely nearby is not the number's year.</summary>
internal static class YearAttachment
{
    private static readonly HashSet<string> Linkers = ["sebesar", "sebanyak", "mencapai", "adalah", "yaitu", "yakni", "senilai", "dengan", "nilai", "capaian", "hanya"];

    public static int? Of(Atom[] atoms, string text, int i)
    {
        var sentence = atoms[i].Sentence;
        // After: up to two unit words, then "pada tahun Y" / "tahun Y" / "di tahun Y" / "pada Y" / "(Y)".
        var j = i + 1;
        for (var units = 0; units < 2 && j < atoms.Length && atoms[j].Sentence == sentence && !atoms[j].IsNumber && IsUnitWord(atoms[j].Lower); units++) j++;
        if (j < atoms.Length && atoms[j].Sentence == sentence)
        {
            if (atoms[j].IsYear && Between(text, atoms[j - 1].End, atoms[j].Start).Contains('(')) return (int)atoms[j].Number!;
            var k = j;
            if (atoms[k].Lower is "pada" or "di" or "untuk" or "per" && !atoms[k].IsNumber) k++;
            if (k < atoms.Length && atoms[k].Is("tahun")) k++;
            if (k > j && k < atoms.Length && atoms[k].Sentence == sentence && atoms[k].IsYear) return (int)atoms[k].Number!;
        }
        // Before: "tahun 2023 sebesar 3,45", "2023 sebesar 3,45", "2023: 3,45", "pada 2023 mencapai 3,45".
        var b = i - 1;
        if (b >= 0 && atoms[b].Sentence == sentence && !atoms[b].IsNumber && Linkers.Contains(atoms[b].Lower)) b--;
        if (b >= 0 && atoms[b].Sentence == sentence && atoms[b].IsYear && (b < i - 1 || Between(text, atoms[b].End, atoms[i].Start).Contains(':')))
            return (int)atoms[b].Number!;
        return null;
    }

    internal static bool IsUnitWord(string w) => w.Length <= 12 && w is not ("pada" or "di" or "tahun" or "dan" or "menjadi" or "dari" or "ke" or "hingga" or "sampai" or "atau" or "dengan" or "sebesar" or "yang" or "untuk" or "per");

    internal static ReadOnlySpan<char> Between(string text, int from, int to) => from < to ? text.AsSpan(from, to - from) : [];
}

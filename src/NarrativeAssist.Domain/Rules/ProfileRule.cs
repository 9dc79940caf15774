using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Rules;

/// <summary>profile: a figure of the unit profile (a performance indicator, IPAK, IPKP) quoted in the narrative
/// with a value the profile contradicts. In a sentence naming the figure, each number after the name and in the
/// figure's plausible range (within a few words, not after "skala") is paired with the nearest year in the sentence
/// that no other number stands between; with a year it must equal that year's value, without one it must equal
/// some year's value or the target. Equality is at the precision the writer used ("3,5" agrees with 3,45 rounded).</summary>
public sealed class ProfileRule : NarrativeRule
{
    /// <summary>"IKM 2023 sebesar 3,45, meningkat dari … menjadi 3,58" keeps its figures within about a dozen words.</summary>
    private const int MaxWordsAfterName = 12;

    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        if (ctx.Profile is null) return;
        var text = ctx.Text;
        var quantities = TextQuantities.Of(text);
        // Each figure's names are searched once; its numbers run from its name to the next figure's name
        // ("IPKP 3,79 dan IPAK 3,81").
        var figures = ProfileFigures.Of(ctx.Profile).Where(f => f.Values.Count > 0)
            .Select(f => (Figure: f, Mentions: f.Mentions(text.Text).ToList())).ToList();
        var mentionStarts = figures.SelectMany(f => f.Mentions).Select(m => m.Start).Order().ToList();
        foreach (var (figure, mentions) in figures)
        {
            var lo = figure.Values.Values.Min() / 2; var hi = figure.Values.Values.Max() * 2;
            foreach (var (_, mention) in mentions)
            {
                var sentence = text.Sentences[text.SentenceAt(mention)];
                var end = Math.Min(sentence.End, mentionStarts.FirstOrDefault(s => s >= mention, int.MaxValue));
                var inSentence = text.Entities.Where(e => e.Start >= sentence.Start && e.Start < sentence.End).ToList();
                var allNumbers = inSentence.Where(e => e.Kind is EntityKind.Angka or EntityKind.Persen).ToList();
                var numbers = allNumbers
                    .Where(e => e.Start > mention && e.Start < end && e.Value is { } v && v >= lo && v <= hi)
                    .Where(e => WordsBetween(text, mention, e.Start) <= MaxWordsAfterName && !AfterScale(text, e))
                    .ToList();
                var years = inSentence.Where(e => e.Kind is EntityKind.Tahun or EntityKind.Tanggal && e.Year is not null).ToList();
                foreach (var n in numbers)
                {
                    // A year the text attaches to the number (its side of a before→after pair, "pada tahun 2022",
                    // "(2023)") wins over the nearest year: in "dari 58 menit pada tahun 2022 menjadi 17 menit pada
                    // tahun 2024" the nearest year to 17 is 2022.
                    var attached = quantities.YearOf(n.Start, out var inPair);
                    var year = attached ?? (inPair ? null : years
                        .Where(y => !allNumbers.Any(o => o.Start != n.Start && Between(o, n, y)))
                        .OrderBy(y => Distance(y, n)).FirstOrDefault() is { Year: { } yy } ? yy : (int?)null);
                    var written = n.Value!.Value;
                    bool Agrees(double expected) => Math.Abs(Math.Round(expected, n.Decimals, MidpointRounding.AwayFromZero) - written) < 1e-9;
                    string? expectedText = null;
                    if (figure.Target is { } target && Agrees(target)) { }
                    else if (year is { } y && figure.Values.TryGetValue(y, out var expectedForYear))
                    {
                        if (!Agrees(expectedForYear)) expectedText = $"{figure.Name} {y} di profil = {IndonesianNumber.Format(expectedForYear)}";
                    }
                    else if (year is null && !figure.Values.Values.Any(Agrees))
                        expectedText = $"{figure.Name} di profil: " + string.Join(", ", figure.Values.Select(kv => $"{kv.Key} = {IndonesianNumber.Format(kv.Value)}"));
                    if (expectedText is null || findings.Count(f => f.Rule == Id) >= MaxFindingsPerRule) continue;
                    var quoted = text.Text.Substring(n.Start, n.Length);
                    findings.Add(new Finding(Id, Severity,
                        Message.Replace("{match}", $"{figure.Name} {quoted}" + (year is null ? "" : $" ({year})")) + $" ({expectedText}.)",
                        Suggestion.Replace("{match}", quoted), n.Start, n.Length) { Defect = Defects.Inconsistent, Expected = expectedText });
                }
            }
        }
    }

    private static bool Between(Entity other, Entity a, Entity b) =>
        other.Start > Math.Min(a.Start, b.Start) && other.Start < Math.Max(a.Start, b.Start);

    private static int WordsBetween(AnalyzedText text, int from, int to) => text.TokenIndexAt(to) - text.TokenIndexAt(from);

    /// <summary>"(skala 4)" names the scale, not a value.</summary>
    private static bool AfterScale(AnalyzedText text, Entity e) =>
        text.TokenIndexAt(e.Start) is > 0 and var i && text.Tokens[i - 1].Lower == "skala";

    private static int Distance(Entity year, Entity number) =>
        year.Start >= number.End ? year.Start - number.End : number.Start - year.End + 1; // prefer the year after "3,45 pada 2023"
}

/// <summary>A quotable figure of a profile: name, the words that name it in text, values by year, target.</summary>
internal sealed record ProfileFigure(string Name, IReadOnlyList<Regex> Names, IReadOnlyDictionary<int, double> Values, double? Target)
{
    /// <summary>Spans (start, end) where the figure is named.</summary>
    public IEnumerable<(int Start, int End)> Mentions(string text) =>
        Names.SelectMany(r => r.Matches(text).Select(m => (m.Index, m.Index + m.Length))).DistinctBy(m => m.Item2).OrderBy(m => m.Item1);
}

internal static class ProfileFigures
{
    // Built once per parsed profile (the server reuses a unit's parsed profile while its text is unchanged), so the
    // name patterns are not recompiled for every narrative checked.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<UnitProfile, IReadOnlyList<ProfileFigure>> Built = new();

    public static IReadOnlyList<ProfileFigure> Of(UnitProfile p) => Built.GetValue(p, x => Build(x).ToList());

    private static IEnumerable<ProfileFigure> Build(UnitProfile p)
    {
        foreach (var k in p.IndikatorKinerja)
            yield return Figure(k.Nama, k.Alias.Append(Acronym(k.Nama)), k.Nilai, k.Target);
        if (p.Survei is { } s)
        {
            yield return Figure("IPAK", ["IPAK", "Indeks Persepsi Anti Korupsi", "Indeks Persepsi Antikorupsi"], s.Ipak, null);
            yield return Figure("IPKP", ["IPKP", "Indeks Persepsi Kualitas Pelayanan"], s.Ipkp, null);
            foreach (var (key, values) in s.Lainnya) yield return Figure(key.ToUpperInvariant(), [], values, null);
        }
    }

    private static ProfileFigure Figure(string name, IEnumerable<string?> aliases, IReadOnlyDictionary<int, double>? values, double? target)
    {
        var names = aliases.Prepend(name).Where(a => !string.IsNullOrWhiteSpace(a) && a!.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase)
            // Escaped literal names between one-character lookarounds cannot backtrack badly, so no timeout: a wall-clock one would fire on an
            // ordinary text when a loaded server pauses the thread (seen under load as a 500).
            .Select(a => new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(a!).Replace(@"\ ", @"\s+") + @"(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout))
            .ToList();
        return new ProfileFigure(name, names, values ?? new Dictionary<int, double>(), target);
    }

    /// <summary>"Indeks Kepuasan Masyarakat" → "IKM"; single words give no acronym.</summary>
    private static string? Acronym(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count >= 2 ? string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))) : null;
    }
}

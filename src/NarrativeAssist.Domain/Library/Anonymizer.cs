using System.Text;
using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Library;

/// <summary>One proposed replacement: the original text at [Start, Start+Length) of the input and its placeholder.</summary>
public sealed record Replacement(string Original, string Placeholder, string Kind, int Start, int Length);

/// <summary>The anonymised text and every replacement made, in the order they occur.</summary>
public sealed record AnonymizedText(string Text, IReadOnlyList<Replacement> Replacements)
{
    /// <summary>Where each placeholder stands in <see cref="Text"/>, for the review to highlight.</summary>
    public IReadOnlyList<Highlight> Highlights()
    {
        var result = new List<Highlight>(Replacements.Count);
        var shift = 0;
        foreach (var r in Replacements.OrderBy(r => r.Start))
        {
            result.Add(new Highlight(r.Start + shift, r.Placeholder.Length, r.Original, r.Placeholder, r.Kind));
            shift += r.Placeholder.Length - r.Length;
        }
        return result;
    }
}

/// <summary>One replacement as it appears in the anonymised text: the placeholder at [Start, Start+Length) replaced <paramref name="Original"/>.</summary>
public sealed record Highlight(int Start, int Length, string Original, string Placeholder, string Kind);

/// <summary>What the anonymiser knows of the unit: its names (unit record, profile) and the people it names
/// (pimpinan, tim, testimoni, ruangan PIC, members), plus its address.</summary>
public sealed record AnonymizationContext
{
    public static AnonymizationContext Empty { get; } = new();

    public IReadOnlyList<string> UnitNames { get; init; } = [];
    public IReadOnlyList<string> PersonNames { get; init; } = [];
    public IReadOnlyList<string> Addresses { get; init; } = [];

    /// <summary>Text the publisher marked as identifying although no recogniser found it ("Pak Kades", a nickname).</summary>
    public IReadOnlyList<MarkedSpan> Marked { get; init; } = [];

    /// <summary>This context with more unit names (every unit on the server) and the publisher's marks.</summary>
    public AnonymizationContext With(IEnumerable<string?>? moreUnits = null, IEnumerable<MarkedSpan>? marked = null) => this with
    {
        UnitNames = Clean(UnitNames.Concat(moreUnits ?? [])),
        Marked = [.. Marked, .. (marked ?? []).Where(m => !string.IsNullOrWhiteSpace(m.Text))],
    };

    /// <summary>Names and addresses from a unit profile, merged with <paramref name="unitNames"/> and <paramref name="people"/>.</summary>
    public static AnonymizationContext From(UnitProfile? profile, IEnumerable<string?>? unitNames = null, IEnumerable<string?>? people = null)
    {
        var units = new List<string?>(unitNames ?? []);
        var persons = new List<string?>(people ?? []);
        var addresses = new List<string?>();
        if (profile is not null)
        {
            units.Add(profile.Unit.Nama);
            addresses.Add(profile.Unit.Alamat);
            persons.Add(profile.Unit.Pimpinan?.Nama);
            persons.AddRange(profile.Tim.Select(t => t.Nama));
            persons.AddRange(profile.Testimoni.Select(t => t.Nama));
            persons.AddRange(profile.Ruangan.Select(r => r.Pic));
        }
        return new AnonymizationContext
        {
            UnitNames = Clean(units),
            PersonNames = Clean(persons.Select(Anonymizer.StripHonorific)),
            Addresses = Clean(addresses),
        };
    }

    internal static List<string> Clean(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Where(v => v.Length >= 3)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>A stretch the publisher marked in the review as identifying: every occurrence of <paramref name="Text"/>
/// (case and spacing aside) is replaced as <paramref name="Kind"/> (a <see cref="ReplacementKinds"/> value; person when unknown).</summary>
public sealed record MarkedSpan(string Text, string? Kind = null);

/// <summary>Finds Indonesian personal and identifying data in a narrative or a deck's text and proposes typed
/// placeholders for it: people's names (with or without honorific, titles, degrees, in capitals), NIP, NIK and other
/// identity numbers, decree/letter/case/certificate numbers (not public regulations), addresses, place names, phone
/// numbers, e-mails (also obfuscated), links, domains and social handles, vehicle plates, rupiah amounts, and the
/// names of units and government offices. Pure: a text in, a text and its replacements out. Overlapping findings are
/// merged so nothing is half replaced; the longest finding names the kind.</summary>
public static partial class Anonymizer
{
    /// <summary>Longer texts are not anonymised past this point (they are refused by the callers anyway).</summary>
    public const int MaxChars = 200_000;

    [GeneratedRegex(@"\[[a-z][A-Za-z0-9 /\-]{1,40}\]", RegexOptions.CultureInvariant)]
    private static partial Regex ExistingPlaceholder();

    [GeneratedRegex(@"^(?:(?:Bapak|Bpk\.|Ibu|Sdr\.|Sdri\.|Saudara|Saudari|Pak|Bu)\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingHonorific();

    public static string StripHonorific(string? name) => name is null ? "" : LeadingHonorific().Replace(name.Trim(), "").Trim();

    public static AnonymizedText Anonymize(string text, AnonymizationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Recognise(text, context);
        return Apply(text, found);
    }

    /// <summary>Every stretch of <paramref name="text"/> a recogniser takes for identifying data, merged and ordered.</summary>
    public static IReadOnlyList<Replacement> Recognise(string text, AnonymizationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= AnonymizationContext.Empty;
        var scope = text.Length > MaxChars ? text[..MaxChars] : text;
        var places = Gazetteer.Indonesia;
        var candidates = new List<Found>();
        foreach (var m in context.Marked)
            foreach (var (s, e) in FindLiteral(scope, m.Text)) candidates.Add(new Found(s, e, ReplacementKinds.IsKnown(m.Kind) ? m.Kind! : ReplacementKinds.Person));
        foreach (var a in context.Addresses)
            foreach (var (s, e) in FindLiteral(scope, a)) candidates.Add(new Found(s, e, ReplacementKinds.Address));
        candidates.AddRange(ContactPatterns.Find(scope));
        candidates.AddRange(NumberPatterns.Find(scope));
        candidates.AddRange(DecreePatterns.Find(scope));
        candidates.AddRange(AddressPatterns.Find(scope, places));
        candidates.AddRange(OfficePatterns.Find(scope, context.UnitNames, places));
        candidates.AddRange(PersonNamePatterns.Find(scope, context.PersonNames, places));
        return Merge(scope, candidates);
    }

    /// <summary>Overlapping or touching findings become one replacement; existing placeholders are left alone.</summary>
    private static List<Replacement> Merge(string text, List<Found> candidates)
    {
        // "[at]" and "[dot]" hide an e-mail address; they are not template placeholders.
        var placeholders = ExistingPlaceholder().Matches(text).Where(m => m.Value is not ("[at]" or "[dot]" or "[et]" or "[titik]"))
            .Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var spans = candidates
            .Select(c => Trim(text, c))
            .Where(c => c.Length > 0 && !placeholders.Any(p => c.Start >= p.Index && c.End <= p.End))
            .OrderBy(c => c.Start).ThenByDescending(c => c.Length).ToList();
        var merged = new List<Replacement>();
        var i = 0;
        while (i < spans.Count)
        {
            var start = spans[i].Start;
            var end = spans[i].End;
            var longest = spans[i];
            var j = i + 1;
            while (j < spans.Count && spans[j].Start < end)
            {
                if (spans[j].End > end) end = spans[j].End;
                if (spans[j].Length > longest.Length) longest = spans[j];
                j++;
            }
            // A placeholder inside the merged stretch ("[nama unit] Tarakan") is kept: the stretch stops before it.
            foreach (var p in placeholders)
            {
                if (p.Index >= start && p.Index < end) end = p.Index;
                if (p.End > start && p.End <= end && p.Index < start) start = p.End;
            }
            var original = text[start..end].TrimEnd(' ', ',', ';', ':');
            if (original.Length > 0)
                merged.Add(new Replacement(original, ReplacementKinds.PlaceholderFor(longest.Kind), longest.Kind, start, original.Length));
            i = j;
        }
        return merged;
    }

    private static Found Trim(string text, Found f)
    {
        var start = f.Start;
        var end = Math.Min(f.End, text.Length);
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or ')' or '(')) end--;
        // A trailing full stop ends the sentence unless it closes an abbreviation or degree ("S.E.", "No.").
        if (end > start && text[end - 1] == '.' && (end - start < 3 || !IsAbbreviationEnd(text, start, end))) end--;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return new Found(start, end, f.Kind);
    }

    private static bool IsAbbreviationEnd(string text, int start, int end)
    {
        var lastSpace = text.LastIndexOfAny([' ', ','], end - 1, end - start);
        var word = text[(lastSpace + 1)..end];
        return word.Count(c => c == '.') >= 2 || word.Length <= 4;
    }

    /// <summary>The text with every replacement put in (replacements ordered, not overlapping).</summary>
    public static AnonymizedText Apply(string text, IReadOnlyList<Replacement> replacements)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var r in replacements.OrderBy(r => r.Start))
        {
            if (r.Start < at) continue;
            sb.Append(text, at, r.Start - at).Append(r.Placeholder);
            at = r.Start + r.Length;
        }
        sb.Append(text, at, text.Length - at);
        return new AnonymizedText(sb.ToString(), replacements.OrderBy(r => r.Start).ToList());
    }

    /// <summary>Case-insensitive whole-word occurrences of <paramref name="literal"/> (whitespace runs match any whitespace).</summary>
    private static IEnumerable<(int Start, int End)> FindLiteral(string text, string literal)
    {
        var words = literal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) yield break;
        var pattern = string.Join(@"\s+", words.Select(Regex.Escape));
        var rx = new Regex(@"(?<![\p{L}\p{N}])" + pattern + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        foreach (Match m in rx.Matches(text)) yield return (m.Index, m.Index + m.Length);
    }
}

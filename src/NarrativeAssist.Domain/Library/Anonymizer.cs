using System.Text;
using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Library;

/// <summary>What was taken out of a text before it goes into the shared library.</summary>
public static class ReplacementKinds
{
    public const string Unit = "unit";
    public const string Person = "person";
    public const string Decree = "decree";
    public const string Address = "address";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Amount = "amount";

    public static string PlaceholderFor(string kind) => kind switch
    {
        Unit => "[nama unit]",
        Person => "[nama orang]",
        Decree => "[nomor SK]",
        Address => "[alamat]",
        Phone => "[nomor telepon]",
        Email => "[surel]",
        Amount => "[jumlah rupiah]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>One proposed replacement: the original text at [Start, Start+Length) of the input and its placeholder.</summary>
public sealed record Replacement(string Original, string Placeholder, string Kind, int Start, int Length);

/// <summary>The anonymised text and every replacement made, in the order they occur.</summary>
public sealed record AnonymizedText(string Text, IReadOnlyList<Replacement> Replacements);

/// <summary>What the anonymiser knows of the unit: its names (unit record, profile) and the people it names
/// (pimpinan, tim, testimoni, ruangan PIC, members), plus its address.</summary>
public sealed record AnonymizationContext
{
    public static AnonymizationContext Empty { get; } = new();

    public IReadOnlyList<string> UnitNames { get; init; } = [];
    public IReadOnlyList<string> PersonNames { get; init; } = [];
    public IReadOnlyList<string> Addresses { get; init; } = [];

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

    private static List<string> Clean(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Where(v => v.Length >= 3)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>Proposes placeholders for what identifies a unit or a person in a narrative: the unit's names, people's
/// names (known from the profile, or after Bapak/Ibu/Sdr.), decree numbers (not public regulations), addresses, phone
/// numbers, e-mail addresses and exact rupiah amounts. Pure: a text in, a text and its replacements out.</summary>
public static partial class Anonymizer
{
    /// <summary>Longer texts are not anonymised past this point (they are refused by the callers anyway).</summary>
    public const int MaxChars = 200_000;

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex Email();

    // +62 21 345 6789, 0812-3456-7890, (021) 3456789, 021-3456789
    [GeneratedRegex(@"(?<![\w/.\-])(?:\+62|62|0)[\s\-]?(?:\(?\d{1,4}\)?)(?:[\s.\-]?\d{2,5}){1,4}(?![\w/])|\(0\d{2,3}\)\s?\d{3,4}[\s\-]?\d{3,5}(?![\w/])", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex Phone();

    // A decree number after "Nomor"/"No.": it carries a slash or a letter code with a dash and digits (KEP-12/…, 800/123/2024).
    [GeneratedRegex(@"\b(?<lead>[Nn]omor|[Nn]o\.|NOMOR)\s*:?\s*(?<num>(?:[A-Z]{1,10}[\-.]?\s?)?\d+[A-Za-z0-9.\-]*(?:\s?/\s?[A-Za-z0-9.\-]+)+|[A-Z]{1,10}-\d+[A-Za-z0-9.\-]*|\d+\s+[Tt]ahun\s+\d{4})", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex NumberedDecree();

    // Letter-coded numbers anywhere: KEP-12/KPN.1201/2024, ND-45/WPB.12/2024, SK-3/…
    [GeneratedRegex(@"\b(?:KEP|KEPMEN|SK|ND|SE|ST|SPT|UND|PRIN|SPRIN|INS|S|PENG|SP)-\s?\d+[A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex CodedDecree();

    [GeneratedRegex(@"(?:\b[Rr][Pp]\.?\s?\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?(?:,-)?(?:\s?(?:ribu|juta|miliar|milyar|triliun)\b)?|\b[Rr][Pp]\.?\s?\d+(?:[.,]\d+)?(?:,-)?(?:\s?(?:ribu|juta|miliar|milyar|triliun)\b)?|\b\d+(?:[.,]\d+)*\s?(?:ribu|juta|miliar|milyar|triliun)?\s?rupiah\b)", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex Rupiah();

    [GeneratedRegex(@"\b(?:Jl\.|Jln\.?|Jalan)\s+[A-Z0-9][^,\n;()]{1,80}?(?=,|;|\n|\(|(?<!\b(?:No|Kel|Kec|Kab|Prov|Blk))\.(?:\s|$)|$)(?:,\s*(?:No\.?|Nomor|RT|RW|Kel\.|Kelurahan|Desa|Kec\.|Kecamatan|Kota|Kab\.|Kabupaten|Prov\.|Provinsi|Blok|Kode\s?[Pp]os)\b[^,\n;()]{0,60}?(?=,|;|\n|\(|(?<!\b(?:No|Kel|Kec|Kab|Prov|Blk))\.(?:\s|$)|$))*", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex Address();

    [GeneratedRegex(@"\b(?<hon>Bapak|Bpk\.|Ibu|Sdr\.|Sdri\.|Saudara|Saudari|Pak|Bu)\s+(?<name>(?:(?:Dr|Drs|Dra|Ir|H|Hj|Prof)\.\s?)*[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){0,3}(?:,\s?(?:S|M|Dr|Ir|A)\.[A-Za-z.]{1,8})*)", RegexOptions.CultureInvariant, 5000)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^(?:(?:Bapak|Bpk\.|Ibu|Sdr\.|Sdri\.|Saudara|Saudari|Pak|Bu)\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingHonorific();

    [GeneratedRegex(@"\[[^\[\]\n]{1,60}\]", RegexOptions.CultureInvariant)]
    private static partial Regex ExistingPlaceholder();

    /// <summary>Words that follow "Ibu"/"Bapak" without being a person ("Ibu Kota", "Bapak Pembangunan").</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Kota", "Negara", "Pertiwi", "Kepala", "Pimpinan", "Pembangunan", "Rumah", "Tangga", "Hamil", "Menyusui", "Dan", "Atau", "Yang", "Dalam", "Sebagai",
    };

    /// <summary>Regulations are public: their numbers stay ("PermenPAN-RB Nomor 90 Tahun 2021", "PMK Nomor 210/PMK.05/2022").</summary>
    private static readonly string[] RegulationWords =
    [
        "peraturan", "permen", "permenpan", "pmk", "perpres", "perda", "undang", "uu", "pp", "inpres", "instruksi presiden", "keppres", "perka", "perdirjen", "perkaban", "surat edaran menteri", "lembaran negara",
    ];

    public static string StripHonorific(string? name) => name is null ? "" : LeadingHonorific().Replace(name.Trim(), "").Trim();

    public static AnonymizedText Anonymize(string text, AnonymizationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= AnonymizationContext.Empty;
        var scope = text.Length > MaxChars ? text[..MaxChars] : text;
        var candidates = new List<Replacement>();

        void Add(int start, int length, string kind)
        {
            if (length <= 0) return;
            var original = scope.Substring(start, length);
            var trimmed = original.TrimEnd('.', ',', ' ');
            if (trimmed.Length == 0) return;
            candidates.Add(new Replacement(trimmed, ReplacementKinds.PlaceholderFor(kind), kind, start, trimmed.Length));
        }

        foreach (Match m in Email().Matches(scope)) Add(m.Index, m.Length, ReplacementKinds.Email);
        foreach (var a in context.Addresses) foreach (var (s, l) in FindLiteral(scope, a)) Add(s, l, ReplacementKinds.Address);
        foreach (var u in context.UnitNames.OrderByDescending(n => n.Length)) foreach (var (s, l) in FindLiteral(scope, u)) Add(s, l, ReplacementKinds.Unit);
        foreach (var p in context.PersonNames.OrderByDescending(n => n.Length)) foreach (var (s, l) in FindLiteral(scope, p)) Add(s, l, ReplacementKinds.Person);
        foreach (Match m in NumberedDecree().Matches(scope))
        {
            if (IsRegulation(scope, m.Index)) continue;
            var num = m.Groups["num"];
            Add(num.Index, num.Length, ReplacementKinds.Decree);
        }
        foreach (Match m in CodedDecree().Matches(scope))
            if (!IsRegulation(scope, m.Index)) Add(m.Index, m.Length, ReplacementKinds.Decree);
        foreach (Match m in Address().Matches(scope)) Add(m.Index, m.Length, ReplacementKinds.Address);
        foreach (Match m in Rupiah().Matches(scope)) Add(m.Index, m.Length, ReplacementKinds.Amount);
        foreach (Match m in Phone().Matches(scope))
            if (m.Value.Count(char.IsDigit) is >= 9 and <= 15) Add(m.Index, m.Length, ReplacementKinds.Phone);
        foreach (Match m in Honorific().Matches(scope))
        {
            var name = m.Groups["name"];
            var first = name.Value.Split(' ', ',')[0].TrimEnd('.');
            if (NotNames.Contains(first)) continue;
            Add(name.Index, name.Length, ReplacementKinds.Person);
        }

        // Existing placeholders ("[nomor SK]") are left alone; earlier detectors win overlaps, then longer spans.
        var protectedSpans = ExistingPlaceholder().Matches(scope).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var order = candidates.Select((c, i) => (c, i)).OrderBy(x => x.c.Start).ThenByDescending(x => x.c.Length).ThenBy(x => x.i).Select(x => x.c);
        var chosen = new List<Replacement>();
        var end = 0;
        foreach (var c in order)
        {
            if (c.Start < end) continue;
            if (protectedSpans.Any(p => c.Start < p.End && p.Index < c.Start + c.Length)) continue;
            chosen.Add(c);
            end = c.Start + c.Length;
        }

        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var r in chosen)
        {
            sb.Append(text, at, r.Start - at).Append(r.Placeholder);
            at = r.Start + r.Length;
        }
        sb.Append(text, at, text.Length - at);
        return new AnonymizedText(sb.ToString(), chosen);
    }

    private static bool IsRegulation(string text, int at)
    {
        var from = Math.Max(0, at - 60);
        var before = text[from..at].ToLowerInvariant();
        var cut = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf('\n'));
        if (cut >= 0) before = before[(cut + 1)..];
        var words = Regex.Split(before, @"[^a-z0-9\-]+").Where(w => w.Length > 0).TakeLast(6).ToList();
        var joined = " " + string.Join(' ', words) + " ";
        if (words.Any(w => w is "keputusan" or "sk" or "kep" or "surat" or "tugas" or "nota" or "dinas" or "undangan"))
        {
            // "Keputusan Kepala KPPN Nomor …" is the unit's decree; "Peraturan Menteri … Nomor" is public.
            var lastRegulation = words.FindLastIndex(w => RegulationWords.Any(r => w == r || w.StartsWith(r + "-", StringComparison.Ordinal)) || w.StartsWith("permen", StringComparison.Ordinal));
            var lastDecree = words.FindLastIndex(w => w is "keputusan" or "sk" or "kep" or "surat" or "tugas" or "nota" or "dinas" or "undangan");
            return lastRegulation > lastDecree;
        }
        return RegulationWords.Any(r => joined.Contains(" " + r + " ", StringComparison.Ordinal) || joined.Contains(" " + r + "-", StringComparison.Ordinal))
               || words.Any(w => w.StartsWith("permen", StringComparison.Ordinal) || w.StartsWith("perpres", StringComparison.Ordinal));
    }

    /// <summary>Case-insensitive whole-word occurrences of <paramref name="literal"/> (whitespace runs match any whitespace).</summary>
    private static IEnumerable<(int Start, int Length)> FindLiteral(string text, string literal)
    {
        var pattern = string.Join(@"\s+", literal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var rx = new Regex(@"(?<![\p{L}\p{N}])" + pattern + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        foreach (Match m in rx.Matches(text)) yield return (m.Index, m.Length);
    }
}

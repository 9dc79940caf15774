using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Library;

/// <summary>Street addresses as people write them, capitalised or not: "Jl. Yos Sudarso No. 3, Tanjung Selor",
/// "jalan yos sudarso nomor 3", "Komplek Perkantoran Blok C-12", "RT 03/RW 05", "Kel. X, Kec. Y, Kab. Z 77212". An
/// address is an anchor (street, complex, block, RT/RW) followed by any chain of address parts.</summary>
internal static partial class AddressPatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant;
    private const string StreetTitle = @"(?:(?:dr|Dr|DR|Ir|IR|H|Hj|Prof|KH|Drs|R|RE|I)\.?\s?(?=[A-Z]))*";
    private const string TitleWords = StreetTitle + @"(?:[A-Z0-9][\w'’.\-]*)(?:\s+" + StreetTitle + @"(?:[A-Z0-9][\w'’.\-]*|di|dan|van|bin|de))*";
    private const string Areas = @"(?:kel\.|kelurahan|kalurahan|desa|ds\.|dusun|dsn\.|dukuh|padukuhan|kampung|kp\.|gampong|nagari|jorong|pekon|lembang|distrik|lingkungan|kec\.|kecamatan|kab\.|kabupaten|kota|prov\.|provinsi|kode\s?pos|kodepos)";
    private const string AnyWords = @"[\w'’.\-]+(?:\s+[\w'’.\-]+){0,4}";
    private const string HouseNumber = @"(?:,?\s*(?:[Nn]o\.?|[Nn]omor|NO\.?|NOMOR|[Nn]mr\.?|#)\s*\d+[A-Za-z]?(?:\s?[\-/]\s?\d+[A-Za-z]?)?|,?\s*[Kk][Mm]\.?\s*\d+(?:[.,]\d+)?)";

    // Capitalised street or complex names (Jl. is an address however written; Jalan with a capital and a capitalised name).
    [GeneratedRegex(@"\b(?:(?i:jl|jln|gg)\.?\s*|(?:(?i:jalan)|Gang|GANG|Lorong|Komplek|Kompleks|KOMPLEK|Komp\.|Perumahan|PERUMAHAN|Perum\.?|Ruko|Rukan|Apartemen|Asrama|Griya|Graha|Wisma|Villa|Puri|Taman|Kawasan)\s+)" + TitleWords + "(?:" + HouseNumber + ")?", Opts, 2000)]
    private static partial Regex CapitalisedStreet();

    // Lower-case streets: "jalan yos sudarso no 3", "komplek bumi asri blok c" — only with a house number or block.
    [GeneratedRegex(@"\b(?i:jalan|jl\.?|jln\.?|gang|gg\.?|komplek|kompleks|perumahan|perum\.?)\s+(?!(?:keluar|tengah|pintas|hidup|yang|itu|ini|lain|raya\s+pelayanan)\b)[A-Za-z][\w'’.\-]*(?:\s+[A-Za-z][\w'’.\-]*){0,4}?(?:" + HouseNumber + @"|\s+(?i:blok)\s+[\w\-]+)", Opts, 2000)]
    private static partial Regex LowercaseStreet();

    [GeneratedRegex(@"\b(?i:blok)\s+[A-Z0-9][\w\-/.]*(?:" + HouseNumber + ")?", Opts, 2000)]
    private static partial Regex Block();

    [GeneratedRegex(@"\b(?i:rt)\.?\s*:?\s*\d{1,3}\s*(?:/|,)?\s*(?i:rw)\.?\s*:?\s*\d{1,3}\b|\b(?i:rt)\s?\d{1,3}\s?/\s?\d{1,3}\b", Opts, 2000)]
    private static partial Regex RtRw();

    // One part of an address after a comma or space: area with its name, RT/RW, a number, a postcode, or a capitalised place.
    [GeneratedRegex(@"\G(?:\s*,\s*|\s+|\s*[\-–]\s*)(?:(?i:" + Areas + @")\s*:?\s*(?:" + TitleWords + "|" + AnyWords + @"|\d{5})|(?i:rt)\.?\s*\d{1,3}\s*(?:/|,)?\s*(?i:rw)\.?\s*\d{1,3}|(?i:rt)\s?\d{1,3}\s?/\s?\d{1,3}|(?i:blok)\s+[\w\-/]+|(?:[Nn]o\.?|[Nn]omor)\s*\d+[A-Za-z]?|\d{5}(?!\d)|" + TitleWords + ")", Opts, 2000)]
    private static partial Regex Continuation();

    // Areas on their own: "Kelurahan Tanjung Selor Hilir", "Kec. Tanjung Palas", "Desa Sukamaju" (capitalised name only).
    [GeneratedRegex(@"\b(?:Kel\.|Kelurahan|KELURAHAN|Kalurahan|Desa|DESA|Ds\.|Dusun|Dsn\.|Dukuh|Padukuhan|Kampung|Kp\.|Gampong|Nagari|Jorong|Pekon|Lembang|Distrik|Lingkungan|Negeri|Banjar|Kec\.|Kecamatan|KECAMATAN|Kab\.|Kabupaten|KABUPATEN|Kota|KOTA|Prov\.|Provinsi|PROVINSI|Kode\s?[Pp]os|Kodepos)\s+(?:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}|\d{5})", Opts, 2000)]
    private static partial Regex Area();

    // A locality right before a known region ("Darussalam, Banda Aceh", "Amban, Manokwari") or after "warga" ("warga Balige").
    [GeneratedRegex(@"(?<![\w.])(?<place>[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){0,2}),\s(?=(?<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))|\b(?:[Ww]arga|[Pp]enduduk)\s(?<place>[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){0,2})", Opts, 2000)]
    private static partial Regex Locality();

    // After a house number in a lower-case address: "no 21 mamuju" up to the punctuation.
    [GeneratedRegex(@"\G\s+[a-z][a-z'’\-]+(?:\s[a-z][a-z'’\-]+){0,2}(?=\s*[.,;:)]|\s*$)", Opts, 2000)]
    private static partial Regex LowercaseTail();

    /// <summary>Words that end a lower-case address chain ("di", "yang") or are not places after a comma.</summary>
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "yang", "dan", "untuk", "di", "ke", "dari", "pada", "dengan", "sejak", "oleh", "serta", "agar", "ini", "itu", "tersebut", "telah", "sudah", "akan",
        "sebagai", "melalui", "dalam", "karena", "sehingga", "namun", "tetapi", "atau", "kami", "kantor", "setiap", "mulai", "hingga", "sampai",
    };

    public static IEnumerable<Found> Find(string text, Gazetteer places)
    {
        foreach (Match m in Locality().Matches(text))
        {
            var place = m.Groups["place"];
            var region = m.Groups["region"];
            if (region.Success && !StartsWithPlace(region.Value, places)) continue;
            if (Stop.Contains(place.Value) || NameVocabulary.Indonesia.NotNames.Contains(place.Value.Split(' ')[0]) || places.IsPlace(place.Value)) continue;
            yield return new Found(place.Index, place.Index + place.Length, ReplacementKinds.Address);
        }
        var anchors = new List<(int Start, int End)>();
        foreach (Match m in CapitalisedStreet().Matches(text)) anchors.Add((m.Index, m.Index + TrimStops(m.Value)));
        foreach (Match m in LowercaseStreet().Matches(text))
        {
            var tail = LowercaseTail().Match(text, m.Index + m.Length);
            var end = tail.Success && !tail.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Stop.Contains) ? tail.Index + tail.Length : m.Index + m.Length;
            anchors.Add((m.Index, end));
        }
        foreach (Match m in Block().Matches(text)) anchors.Add((m.Index, m.Index + m.Length));
        foreach (Match m in RtRw().Matches(text)) anchors.Add((m.Index, m.Index + m.Length));
        foreach (var (start, end) in anchors)
            yield return new Found(start, Extend(text, end), ReplacementKinds.Address);
        foreach (Match m in Area().Matches(text))
        {
            var end = m.Index + TrimStops(m.Value);
            if (end > m.Index) yield return new Found(m.Index, end, ReplacementKinds.Address);
        }
    }

    private static bool StartsWithPlace(string words, Gazetteer places)
    {
        var parts = words.Split(' ');
        return Enumerable.Range(1, parts.Length).Any(n => places.IsPlace(string.Join(' ', parts.Take(n))));
    }

    /// <summary>Follows the chain of address parts from <paramref name="end"/>; a capitalised place counts only after a comma.</summary>
    private static int Extend(string text, int end)
    {
        for (var guard = 0; guard < 12 && end < text.Length; guard++)
        {
            var m = Continuation().Match(text, end);
            if (!m.Success || m.Length == 0) break;
            var body = m.Value.TrimStart(' ', ',', '-', '–', '\t');
            var afterComma = m.Value.TrimStart().StartsWith(',');
            var isPlace = body.Length > 0 && char.IsUpper(body[0]) && !Regex.IsMatch(body, @"^(?i:kel\.|kelurahan|desa|ds\.|dusun|dsn\.|kampung|kp\.|kec\.|kecamatan|kab\.|kabupaten|kota|prov\.|provinsi|kode|rt|blok|no\.?|nomor)\b");
            if (isPlace && (!afterComma || body.Split(' ').Length > 4 || Stop.Contains(body.Split(' ')[0]))) break;
            var len = TrimStops(m.Value);
            if (len <= 0) break;
            end += len;
        }
        return end;
    }

    /// <summary>Length of <paramref name="value"/> once trailing stop words and punctuation are cut.</summary>
    private static int TrimStops(string value)
    {
        var v = value.TrimEnd('.', ',', ' ', ';', ':');
        while (true)
        {
            var space = v.LastIndexOf(' ');
            if (space < 0) break;
            var last = v[(space + 1)..];
            if (!Stop.Contains(last.TrimEnd('.', ','))) break;
            v = v[..space].TrimEnd('.', ',', ' ');
        }
        return v.Length;
    }
}

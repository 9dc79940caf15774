using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Library;

/// <summary>A unit's own decree, letter, case and certificate numbers: KEP-3/KPN.1706/2024, 12/SK-KPPN.1234/2023,
/// "Nomor 45 Tahun 2023", "No 45 Tahun 2023", 123/Pdt.G/2024/PN Tjs, LP/B/123/IV/2024/SPKT, SHM No. 01234/Kel. X.
/// Public regulations keep their numbers ("PermenPAN-RB Nomor 90 Tahun 2021", "PMK Nomor 210/PMK.05/2022", "UU No. 25
/// Tahun 2009"): they are law anyone can read and say nothing about who wrote the narrative.</summary>
internal static partial class DecreePatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant;

    // Slashed numbers: at least two slashes, or a letter code with a dash ("KEP-3/2024"); a court's seat may follow.
    [GeneratedRegex(@"(?<![\w/.\-])(?:[A-Za-z]{1,12}[\-.])?\d[\w.\-]*(?:\s?/\s?[A-Za-z0-9][\w.\-]*){1,8}(?:/\s?(?:PN|PA|PT|PTA|PTUN|Pn|Pa)\.?\s?[A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?|\s(?:PN|PA|PTUN)\s[A-Z][A-Za-z.]+)?|(?<![\w/.\-])[A-Z][A-Z0-9\-.]{0,12}(?:/[A-Z0-9][\w.\-]*){2,8}", Opts, 2000)]
    private static partial Regex Slashed();

    // Letter-coded numbers: KEP-12/…, ND-45/WPB.12/2024, S-3/…, PRIN-…; also without slashes: "KEP-12.1".
    [GeneratedRegex(@"\b(?:KEP|KEPMEN|SK|ND|SE|ST|SPT|UND|PRIN|SPRIN|INS|S|B|PENG|SP|PER|LP|STTLP|SP2HP|SPDP|W\d+|R|UM|PL)-\s?\d+[\w.\-]*(?:\s?/\s?[\w.\-]+)*", Opts, 2000)]
    private static partial Regex Coded();

    // "Nomor 45 Tahun 2023", "No 45 Tahun 2023", "No. 7 Th. 2024", "nomor: 12 tahun 2022".
    [GeneratedRegex(@"\b(?:[Nn]omor|NOMOR|[Nn]o\.?|NO\.?|[Nn]mr\.?)\s*:?\s*(?<num>\d+[A-Za-z]?\s+(?:[Tt]ahun|TAHUN|[Tt]h\.?|[Tt]hn\.?)\s+\d{4})", Opts, 2000)]
    private static partial Regex NumberOfYear();

    // "SK Nomor 12", "Surat Tugas Nomor ST-5", "Nota Dinas No. 88": the cue says it is the unit's own paper.
    [GeneratedRegex(@"\b(?:SK|Surat\s+Keputusan|Keputusan|Nota\s+Dinas|ND|Surat\s+Tugas|Surat\s+Perintah|Sprin|Surat\s+Edaran\s+Kepala|Surat|Undangan|Berita\s+Acara|Laporan\s+Polisi|[Pp]erkara|[Rr]egister)\s+(?:[Nn]omor|No\.?|NOMOR|[Nn]o\.?)\s*:?\s*(?<num>[A-Z0-9][\w.\-]*\d[\w.\-]*)", Opts, 2000)]
    private static partial Regex CuedDecree();

    // Land: SHM No. 01234, Sertipikat Hak Milik Nomor 1234/Desa Sukamaju, NIB 12.03.04.05.00123, Surat Ukur 45/2019.
    [GeneratedRegex(@"\b(?:SHM|SHGB|SHGU|SHP|HGB|HGU|HM|SHMSRS|Sertipikat|Sertifikat|sertipikat|sertifikat|Hak\s+Milik|Hak\s+Guna\s+Bangunan|Hak\s+Guna\s+Usaha|Hak\s+Pakai|Surat\s+Ukur|SU|NIB|Nomor\s+Induk\s+Bidang|NOP|Buku\s+Tanah|Girik|Letter\s+C|Persil|persil|AJB|Akta(?:\s+Jual\s+Beli)?|akta|Nomor\s+[Bb]erkas|[Bb]erkas(?:\s+[Pp]ermohonan)?|[Pp]eta\s+[Bb]idang(?:\s+[Tt]anah)?|PBT)(?:\s+(?:Hak\s+Milik|Hak\s+Guna\s+Bangunan|Hak\s+Pakai|HM|HGB|elektronik))?\s*(?:[Nn]omor|No\.?|NO\.?|[Nn]o\.?|Nr\.?)?\s*[:.]?\s*(?<num>\d[\d.\-]*(?:\s?/\s?(?:[A-Za-z.]+\s?)?[A-Za-z0-9.\-]+(?:\s[A-Z][a-z]+){0,2})*)", Opts, 2000)]
    private static partial Regex Certificate();

    /// <summary>Words that name public regulations; a number right after them stays.</summary>
    private static readonly string[] RegulationWords =
    [
        "peraturan", "permen", "permenpan", "permenpanrb", "pmk", "perpres", "perda", "perbup", "perwali", "pergub", "undang", "undang-undang", "uu", "pp", "inpres",
        "instruksi", "keppres", "kepres", "perka", "perdirjen", "perkaban", "perma", "sema", "perkap", "perpol", "permendagri", "permenkes", "permendikbud", "permendikbudristek",
        "permenkeu", "permenatr", "lembaran", "tambahan", "stbl", "staatsblad", "kuhp", "kuhap", "perban", "perlem", "perkom", "perki", "per",
        "menteri", "menpan", "menpanrb", "presiden", "kmk", "kepmen", "kepmenpan", "kepmenpanrb", "kepmenkes", "dirjen", "gubernur", "bupati", "walikota", "kma", "kepdirjen", "kepkapolri", "kapolri",
    ];

    public static IEnumerable<Found> Find(string text)
    {
        foreach (Match m in Certificate().Matches(text))
        {
            var num = m.Groups["num"];
            var weakCue = m.Value.StartsWith("berkas", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("akta", StringComparison.OrdinalIgnoreCase)
                          || m.Value.StartsWith("persil", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("SU", StringComparison.Ordinal)
                          || m.Value.StartsWith("sertifikat", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("sertipikat", StringComparison.OrdinalIgnoreCase);
            if (weakCue && num.Value.Count(char.IsDigit) < 3) continue;
            if (num.Value.Count(char.IsDigit) < 2 || IsYearOrCount(num.Value)) continue;
            yield return Found.Of(num, ReplacementKinds.Certificate);
        }
        foreach (Match m in NumberOfYear().Matches(text))
            if (!IsRegulation(text, m.Index)) yield return Found.Of(m.Groups["num"], ReplacementKinds.Decree);
        foreach (Match m in CuedDecree().Matches(text))
            if (!IsRegulation(text, m.Index) && m.Groups["num"].Value.Count(char.IsDigit) >= 1 && !IsYearOrCount(m.Groups["num"].Value))
                yield return Found.Of(m.Groups["num"], ReplacementKinds.Decree);
        foreach (Match m in Coded().Matches(text))
            if (!IsRegulation(text, m.Index) && !m.Value.StartsWith("PER-", StringComparison.Ordinal))
                yield return new Found(m.Index, m.Index + m.Value.TrimEnd('.', ',', '-').Length, ReplacementKinds.Decree);
        foreach (Match m in Slashed().Matches(text))
        {
            var v = m.Value.TrimEnd('.', ',', '-', '/');
            if (!LooksLikeDocumentNumber(v) || IsRegulation(text, m.Index)) continue;
            yield return new Found(m.Index, m.Index + v.Length, ReplacementKinds.Decree);
        }
    }

    /// <summary>"12/03/2024" is a date, "24/7" a schedule, "2023/2024" a period, "S1/S2" levels: none is a document number.
    /// A document number has two slashes or more and a number of 3+ digits (or a year), or a letter code.</summary>
    private static bool LooksLikeDocumentNumber(string v)
    {
        var parts = v.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length < 2) return false;
        if (parts.All(p => p.All(char.IsDigit)))
        {
            if (parts.Length == 3 && parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length is 2 or 4) return false;   // a date
            if (parts.Length == 2) return false;
            return parts.Any(p => p.Length >= 3);
        }
        if (parts.Length == 2) return parts.Any(p => p.Any(char.IsLetter) && p.Any(char.IsDigit) && p.Contains('-')) || (parts.Any(p => p.Count(char.IsDigit) >= 3) && parts.Any(p => p.Count(char.IsLetter) >= 2));
        if (v.Contains("/PMK", StringComparison.OrdinalIgnoreCase) || v.Contains("/MENPAN", StringComparison.OrdinalIgnoreCase) || v.Contains("/KMK", StringComparison.OrdinalIgnoreCase)) return false;
        return Regex.IsMatch(v, @"\d{3}");
    }

    private static bool IsYearOrCount(string v) => Regex.IsMatch(v, @"^(?:19|20)\d{2}$");

    /// <summary>Whether the number at <paramref name="at"/> belongs to a public regulation: the nearest document word before
    /// it (same sentence, six words back) names a regulation rather than the unit's decree or letter.</summary>
    internal static bool IsRegulation(string text, int at)
    {
        var from = Math.Max(0, at - 70);
        var before = text[from..at];
        var cut = Math.Max(before.LastIndexOf(". ", StringComparison.Ordinal), before.LastIndexOf('\n'));
        if (cut >= 0) before = before[(cut + 1)..];
        var words = Regex.Split(before.ToLowerInvariant(), @"[^a-z0-9\-]+").Where(w => w.Length > 0).TakeLast(7).ToList();
        static bool IsReg(string w) => RegulationWords.Any(r => w == r || w.StartsWith(r + "-", StringComparison.Ordinal)) || w.StartsWith("permen", StringComparison.Ordinal)
                                       || w.StartsWith("perpres", StringComparison.Ordinal) || w.StartsWith("peraturan", StringComparison.Ordinal);
        static bool IsOwn(string w) => w is "keputusan" or "sk" or "kep" or "surat" or "tugas" or "nota" or "dinas" or "undangan" or "perkara" or "register" or "sertipikat" or "sertifikat" or "shm" or "akta" or "berkas";
        var lastRegulation = words.FindLastIndex(IsReg);
        var lastOwn = words.FindLastIndex(IsOwn);
        return lastRegulation >= 0 && lastRegulation > lastOwn;
    }
}

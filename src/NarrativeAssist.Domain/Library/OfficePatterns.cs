using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Library;

/// <summary>Who and where a unit is: the names of units on this server (and their short forms), Indonesian government
/// offices named by pattern ("KPPN Tarakan", "Kantor Pertanahan Kota X", "Pengadilan Negeri X", "RSUD X", "Polres X",
/// "Universitas X", "Kanwil DJPb Provinsi X") and place names from the gazetteer of provinces, regencies and cities.</summary>
internal static partial class OfficePatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant;

    private const string Office = @"(?:KPPN|Kantor\s+Pelayanan\s+Perbendaharaan\s+Negara(?:\s+Tipe\s+[A-C]\d?)?|KPP\s+Pratama|KPP\s+Madya|KPP|Kantor\s+Pelayanan\s+Pajak(?:\s+Pratama|\s+Madya)?|KP2KP|KPKNL|Kantor\s+Pelayanan\s+Kekayaan\s+Negara\s+dan\s+Lelang|KPPBC(?:\s+TMP\s+[A-C])?|Kanwil(?:\s+(?:DJPb|DJP|DJKN|DJBC|BPN|Kemenkumham|Kemenag|Kementerian\s+Agama|Ditjen\s+\w+))?(?:\s+Provinsi)?|Kantor\s+Wilayah(?:\s+(?:DJPb|DJP|DJKN|BPN|Direktorat\s+Jenderal\s+(?:Perbendaharaan|Pajak|Kekayaan\s+Negara)|Badan\s+Pertanahan\s+Nasional|Kementerian\s+\w+))?(?:\s+Provinsi)?|Kantor\s+Pertanahan(?:\s+(?:Kota|Kabupaten|Kab\.))?|Kantah(?:\s+(?:Kota|Kabupaten|Kab\.))?|Kantor\s+Imigrasi(?:\s+Kelas\s+I{1,3}(?:\s?(?:TPI|Non\s+TPI))?)?|Kantor\s+Kementerian\s+Agama(?:\s+(?:Kota|Kabupaten))?|Kemenag(?:\s+(?:Kota|Kab\.|Kabupaten))?|Pengadilan\s+(?:Negeri|Agama|Tinggi(?:\s+Agama)?|Tata\s+Usaha\s+Negara|Militer|Niaga)|PN|PA|PTUN|PTA|Kejaksaan\s+(?:Negeri|Tinggi)|Kejari|Kejati|Rumah\s+Sakit(?:\s+Umum)?(?:\s+Daerah)?|RSUD|RSU|RSUP|RSIA|RSJ|RS|Puskesmas|Polresta|Polrestabes|Polres|Polsek|Polda|Kodim|Koramil|Lapas|Lembaga\s+Pemasyarakatan(?:\s+Kelas\s+I{1,3}[AB]?)?|Rutan|Bapas|Kantor\s+Camat|Kecamatan|Kelurahan|Distrik|Pemerintah\s+(?:Kota|Kabupaten|Provinsi)|Pemkot|Pemkab|Pemprov|Bappeda|BPKAD|BPBD|Disdukcapil|Dukcapil|Dinas\s+\w+(?:\s+\w+){0,3}?\s+(?:Kota|Kabupaten|Provinsi)|Universitas|Institut|Politeknik|Sekolah\s+Tinggi|UIN|IAIN|STAIN|STIE|BPS(?:\s+(?:Kota|Kabupaten|Provinsi))?|Badan\s+Pusat\s+Statistik(?:\s+(?:Kota|Kabupaten|Provinsi))?|KUA(?:\s+Kecamatan)?|Samsat|SMA\s?N(?:egeri)?\s?\d+|SMP\s?N(?:egeri)?\s?\d+|SD\s?N(?:egeri)?\s?\d+|Bank\s+\w+\s+(?:Cabang|KCP|Unit))";

    // The office, then its seat: capitalised words or a short upper-case code ("KPPN TJS", "PN Tjs", "RSUD dr. Soedarso").
    [GeneratedRegex(@"\b" + Office + @"(?:\s+(?:Kelas\s+I{1,3}[AB]?|Tipe\s+[A-C]\d?))?\s+(?<seat>(?:dr\.\s?|Dr\.\s?|H\.\s?|Prof\.\s?)?(?:[A-Z][\w'’.\-]*|\d+)(?:\s+(?:[A-Z][\w'’\-]*|dr\.\s?[A-Z][\w'’\-]*|\d+))*)(?:\s+(?:Kelas\s+I{1,3}[AB]?|Tipe\s+[A-C]\d?))?", Opts, 2000)]
    private static partial Regex OfficeWithSeat();

    /// <summary>Words after an office that are not its seat ("Polres yang…", "RSUD Dalam rangka" never happen, but
    /// "KPPN Zona Integritas", "Pengadilan Negeri Se-Indonesia" do).</summary>
    private static readonly HashSet<string> NotSeat = new(StringComparer.OrdinalIgnoreCase)
    {
        "Zona", "Integritas", "Se-Indonesia", "Seluruh", "Indonesia", "Dan", "Yang", "Di", "Pada", "Dalam", "Untuk", "WBK", "WBBM", "Menuju", "Sebagai", "Dengan", "Melalui",
        "Pratama", "Madya", "Mitra", "Lain", "Tersebut", "Ini", "Itu", "Percontohan", "Terbaik", "Berpredikat", "Tingkat", "Se", "Kelas", "Tipe",
    };

    private static readonly HashSet<string> SeatAreas = new(StringComparer.OrdinalIgnoreCase) { "Kota", "Kabupaten", "Kab", "Provinsi", "Kecamatan", "dr", "Dr", "H", "Prof" };

    private static bool IsSeatWord(string w) => SeatAreas.Contains(w) || (!NotSeat.Contains(w) && !NameVocabulary.Indonesia.NotNames.Contains(w));

    public static IEnumerable<Found> Find(string text, IReadOnlyList<string> unitNames, Gazetteer places)
    {
        foreach (Match m in OfficeWithSeat().Matches(text))
        {
            var seat = m.Groups["seat"];
            var words = Regex.Matches(seat.Value, @"\S+").ToList();
            var keep = 0;
            while (keep < words.Count && IsSeatWord(words[keep].Value.TrimEnd('.', ',')))
                keep++;
            if (keep == 0) continue;
            var end = seat.Index + words[keep - 1].Index + words[keep - 1].Value.TrimEnd('.', ',').Length;
            var office = m.Value[..(seat.Index - m.Index)].Trim();
            // Two-letter offices (PN, PA, RS) only with a capitalised seat, never "PA dan KPA".
            if (office.Length <= 3 && words[0].Value.Length < 2) continue;
            yield return new Found(m.Index, end, ReplacementKinds.Unit);
        }

        foreach (var unit in unitNames.Where(u => u.Length >= 3).OrderByDescending(u => u.Length))
        {
            foreach (var (st, e) in Literal(text, unit, RegexOptions.IgnoreCase)) yield return new Found(st, e, ReplacementKinds.Unit);
            foreach (var variant in Variants(unit))
                foreach (var (st, e) in Literal(text, variant.Text, variant.Options)) yield return new Found(st, e, ReplacementKinds.Unit);
        }

        foreach (var (start, end, name) in places.FindNames(text))
        {
            if (places.Ambiguous.Contains(name) && !HasPlaceCue(text, start)) continue;
            yield return new Found(start, end, ReplacementKinds.Region);
        }
    }

    /// <summary>Other ways a unit is written: its seat without the office ("Tanjung Selor" of "KPPN Tanjung Selor"), its
    /// name run together as in a domain or handle ("kppntanjungselor"), its initials ("UNG" for Universitas Negeri Gorontalo).</summary>
    private static IEnumerable<(string Text, RegexOptions Options)> Variants(string unit)
    {
        var seat = OfficeWithSeat().Match(unit);
        if (seat.Success && seat.Index == 0)
        {
            var s = seat.Groups["seat"].Value.Trim();
            if (s.Length >= 4 && !NotSeat.Contains(s)) yield return (s, RegexOptions.None);
        }
        var squashed = new string(unit.Where(char.IsLetterOrDigit).ToArray());
        if (squashed.Length >= 8) yield return (squashed, RegexOptions.IgnoreCase);
        var words = unit.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        if (words.Count >= 3)
        {
            var initials = new string(words.Where(w => !w.Equals("dan", StringComparison.OrdinalIgnoreCase)).Select(w => char.ToUpperInvariant(w[0])).ToArray());
            if (initials.Length is >= 3 and <= 6) yield return (initials, RegexOptions.None);
        }
    }

    private static readonly string[] PlaceCues = ["kabupaten", "kab.", "kab", "kota", "provinsi", "prov.", "di", "ke", "dari", "wilayah", "daerah", "pemkab", "pemkot", "se-", "warga", "masyarakat", "kecamatan"];

    private static bool HasPlaceCue(string text, int at)
    {
        var before = text[Math.Max(0, at - 14)..at].TrimEnd().ToLowerInvariant();
        return PlaceCues.Any(c => before.EndsWith(" " + c, StringComparison.Ordinal) || before == c || before.EndsWith("\n" + c, StringComparison.Ordinal))
               || before.EndsWith("se-", StringComparison.Ordinal);
    }

    private static IEnumerable<(int Start, int End)> Literal(string text, string literal, RegexOptions options)
    {
        var pattern = string.Join(@"[\s\-]+", literal.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var rx = new Regex(@"(?<![\p{L}\p{N}])" + pattern + @"(?![\p{L}\p{N}])", options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        foreach (Match m in rx.Matches(text)) yield return (m.Index, m.Index + m.Length);
    }
}

using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Library;

/// <summary>People's names: after an honorific (Bapak, Ibu, bpk., Sdr.), an academic or religious title (Dr., dr.,
/// Drs., Prof., H., Hj.), a rank (AKP, Kompol, Bripka), a job title and a comma ("Kepala Kantor, Ahmad Fauzi"), a
/// verb of saying ("ujar Rina"); before degrees (", S.E., M.M."); in capitals; or as capitalised words that include a
/// common Indonesian name. Known people (profile, members) are matched by the core of their name, whatever titles
/// or case the text gives them, and so is every name found once in the same text.</summary>
internal static partial class PersonNamePatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant;
    private const string Title = @"(?:(?:Prof|PROF|Dr|DR|dr|drg|Drg|Drs|DRS|Dra|DRA|Ir|IR|H|Hj|HJ|KH|Ns|apt|Apt|Ust|Ustadz|Hon|Tgk|Teuku|Cut)\.?\s?(?:(?:Eng|rer\.\s?nat|med|techn|phil|oec)\.\s?)?(?=[A-Z]))";
    private const string Honorific = @"(?i:bapak|bpk\.?|ibu|pak|bu|sdr\.?|sdri\.?|sdra\.?|saudara|saudari|yth\.?|tuan|tn\.|nyonya|ny\.|nona|almarhum|almarhumah|alm\.|almh\.|mas|mbak|kak|ananda|kakak|adik|oma|opa|mama|papa|mbah|eyang|nenek|kakek|opung|ompung|inang|amang|bapa|tete|nene|pace|mace|uda|uni|abang|bang|kang|teh|ceu|cak|ning|gus|haji|hajjah|ustaz|ustazah|pendeta|pdt\.|romo|pastor|suster|sr\.|bruder)";
    private const string Word = @"(?:[A-Z][a-z'’`]+(?:-[A-Za-z][a-z]+)?|(?:Moh|Muh|Mhd|Moch|Mochd|Abd|Ach|Md|Sy|St)\.|[A-Z]\.(?=\s?[A-Z])|I(?=\s[A-Z][a-z]))";
    private const string Joiner = @"(?:\s(?:bin|binti|boru|br\.|van|de|da|dos|al|el|la|ibnu)(?=\s[A-Z]))?";
    private const string CapsWord = @"(?:[A-Z][A-Z'’`]+(?:-[A-Z]+)?|[A-Z]\.(?=\s?[A-Z]))";
    private const string NameT = Word + "(?:" + Joiner + @"\s" + Word + "){0,5}";
    private const string NameC = CapsWord + @"(?:\s" + CapsWord + "){0,4}";
    private const string Degree = @"(?:(?:,\s*|\s)(?:(?:[A-Z][a-z]{0,3}\.\s?){2,4}(?:[A-Z][A-Za-z]{0,3}\.?)?|Sp\.\s?[A-Z][A-Za-z]{0,4}\.?|(?:Ak|Apt|Ns|Psi|Kep|Ked|Farm)\.|(?:CA|CPA|MBA|QIA|CFrA|CRGP|CGCAE|CSEP|CGAP|ERMCP|PhD|SH|SE|MM|MH|MSi|MKn|MAP|MPA|MPP|SKM|MKes|SKom|SPd|MPd|SIP|SSos|SAP|SSi|AMd|Amd)\b))";
    private const string Person = "(?:" + Honorific + @"\s+)?(?<name>" + Title + "*(?:" + NameC + "|" + NameT + ")" + Degree + "{0,6})";

    [GeneratedRegex(@"\b" + Honorific + @"\s+" + Person, Opts, 2000)]
    private static partial Regex AfterHonorific();

    [GeneratedRegex(@"(?<![\w.])(?<name>" + Title + "+(?:" + NameC + "|" + NameT + ")" + Degree + "{0,6})", Opts, 2000)]
    private static partial Regex AfterTitle();

    [GeneratedRegex(@"\b(?<name>(?:" + NameC + "|" + NameT + ")" + Degree + "{1,6})", Opts, 2000)]
    private static partial Regex BeforeDegree();

    [GeneratedRegex(@"\b(?:AKBP|AKP|Kompol|KOMPOL|Kombes(?:\s?Pol\.?)?|Iptu|IPTU|Ipda|IPDA|Aiptu|AIPTU|Aipda|AIPDA|Bripka|BRIPKA|Brigpol|Brigadir(?:\s?Pol\.?)?|Bripda|Briptu|Bharada|Bharatu|Bharaka|Kapten|Mayor|Letkol|Kolonel|Serka|Sertu|Serda|Kopda|Praka|Pratu|Pelda|Peltu)\s+" + Person, Opts, 2000)]
    private static partial Regex AfterRank();

    private const string Job = @"(?:Kepala|KEPALA|Ketua|KETUA|Wakil|Sekretaris|Direktur|DIREKTUR|Camat|Lurah|Rektor|Dekan|Kapolres|Kapolresta|Kapolsek|Kasat\w*|Kanit\w*|Kasubbag\w*|Kasubag\w*|Kasubsi|Kasi\w*|Kasie|Kabag\w*|Kabid\w*|Panitera|Hakim|Jurusita|Juru\s+Sita|Koordinator|Bendahara|Plt\.?|Plh\.?|Pj\.?|Petugas|petugas|Pegawai|pegawai|Operator|operator|Dokter|dokter|Perawat|perawat|Bidan|bidan|Apoteker|Staf|staf|Analis|Pengelola|Penata|Pranata|Pelaksana|Satpam|satpam|Agen\s+Perubahan|agen\s+perubahan|Anggota|anggota|Pimpinan|Penyuluh|Auditor|Asisten|Kasir|Teller|Advokat|Notaris|Mediator|Penyidik|penyidik|Kelian(?:\s+Banjar)?|Kelian\s+Adat|Bendesa|Kepala\s+Dusun|Kadus|Keuchik|Geuchik|Kepala\s+Kampung|Kepala\s+Lingkungan|Raja|Juru\s+[Uu]kur|juru\s+ukur|Admin|admin|Narasumber|narasumber|Relawan|relawan|Alumni|alumni|Pelaku|pelaku|Korban|korban|Tergugat|tergugat|Penggugat|penggugat|Terdakwa|terdakwa|Saksi|saksi|Keluarga|keluarga|Ahli\s+waris|Dosen|dosen|Mahasiswa|mahasiswa|Pasien|pasien|Warga|warga|Pemohon|pemohon|Wajib\s+Pajak|wajib\s+pajak|Peserta|peserta|Nasabah|nasabah|Pelapor|pelapor|Pengguna\s+[Ll]ayanan|pengguna\s+layanan|Ketua\s+RT|Sekdes|Kades|Kepala\s+Desa|Bhabinkamtibmas|Kanitreskrim|Kasatlantas|Kasatreskrim|Humas|humas|PIC|Fiskus|fiskus|AR|Account\s+Representative|Kasubbag\s+Umum|Dirut|Wadir|Kabag\s+Umum|Kaprodi|Wakil\s+Rektor|Wakil\s+Dekan|Sekretaris\s+Camat|Sekcam)";

    // "Kepala Kantor, Ahmad Fauzi," / "Kepala Seksi Bank, RINA WATI." — the comma after the title, the name, an end.
    [GeneratedRegex(@"\b" + Job + @"(?:\s+[\w.\-]+){0,7}?\s*,\s*" + Person + @"(?=\s*(?:[,.;:)\n—–\-]|$)|\s+(?:menyampaikan|mengatakan|menjelaskan|menegaskan|menyatakan|memimpin|membuka|menandatangani|meminta|berharap|bersama|dan|selaku|yang))", Opts, 2000)]
    private static partial Regex AfterJobAndComma();

    // "Ahmad Fauzi, Kepala Kantor" / "Rina (petugas loket)" / "Budi selaku Ketua Tim".
    [GeneratedRegex(@"\b" + Person + @"\s*(?:,|\(|\s(?:selaku|sebagai|sbg\.?))\s*(?:(?:salah\s+satu|seorang|para)\s+)?" + Job, Opts, 2000)]
    private static partial Regex BeforeJob();

    // Whoever speaks or acts: "ujar Rina", "tutur Siti Aminah", "oleh Ahmad Fauzi", "a.n. Budi Santoso".
    [GeneratedRegex(@"\b(?<cue>ujar|kata|tutur|ungkap|ucap|jelas|sebut|tambah|imbuh|tegas|pungkas|terang|menurut|oleh|dipimpin|bersama|kepada|dari|atas\s+nama|a\.n\.|an\.|u\.p\.|yaitu|yakni|antara\s+lain|bernama|seperti|ditangani|diketuai|didampingi|disaksikan|dihadiri|milik|keluarga|almarhum|almarhumah)\s+" + Person, Opts, 2000)]
    private static partial Regex AfterVerb();

    // "Sitti Hadijah binti Lamba", "Nurhayati boru Sitorus": the joiner says both sides are names.
    [GeneratedRegex(@"\b(?<name>" + Word + @"(?:\s" + Word + @"){0,3}\s(?:bin|binti|boru|br\.)\s" + Word + @"(?:\s" + Word + "){0,3})", Opts, 2000)]
    private static partial Regex WithJoiner();

    [GeneratedRegex(@"\b(?:" + NameT + @")(?=\s|[,.;:)'""”’]|$)", Opts, 2000)]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b[A-Z]{2,}(?:\s[A-Z]{2,}){1,4}\b", Opts, 2000)]
    private static partial Regex CapsRun();

    [GeneratedRegex(@"^(?:(?:" + Title + @"|(?i:bapak|bpk\.?|ibu|pak|bu|sdr\.?|sdri\.?|saudara|saudari|yth\.?)\s)\s*)+", Opts, 2000)]
    private static partial Regex LeadingTitles();

    [GeneratedRegex(@"(?:" + Degree + @")+\s*$", Opts, 2000)]
    private static partial Regex TrailingDegrees();

    /// <summary>The core of a name: without honorifics, titles and degrees ("Drs. H. Ahmad Fauzi, M.M." → "Ahmad Fauzi").</summary>
    public static string Core(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var s = name.Trim();
        var comma = s.IndexOf(',');
        if (comma > 0) s = s[..comma];
        s = TrailingDegrees().Replace(s, "");
        for (var i = 0; i < 4; i++) s = LeadingTitles().Replace(s, "").Trim();
        return Regex.Replace(s, @"\s+", " ").Trim(' ', '.', ',');
    }

    public static IEnumerable<Found> Find(string text, IReadOnlyList<string> knownPeople, Gazetteer places)
    {
        var vocab = NameVocabulary.Indonesia;
        var found = new List<Found>();
        void AddName(Group g, bool singleWordOk)
        {
            var (start, end) = Clean(text, g.Index, g.Index + g.Length, vocab, places);
            if (end <= start) return;
            var words = text[start..end].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.EndsWith('.') || w.Length > 3).ToList();
            if (words.Count == 0) return;
            if (words.Count == 1 && !singleWordOk && !vocab.IsName(words[0])) return;
            if (!words.Any(vocab.IsName) && words.Any(LooksLikeCommonNoun)) return;
            found.Add(new Found(start, end, ReplacementKinds.Person));
        }

        foreach (Match m in AfterHonorific().Matches(text)) AddName(m.Groups["name"], true);
        foreach (Match m in AfterTitle().Matches(text)) AddName(m.Groups["name"], true);
        foreach (Match m in AfterRank().Matches(text)) AddName(m.Groups["name"], true);
        foreach (Match m in BeforeDegree().Matches(text)) AddName(m.Groups["name"], true);
        foreach (Match m in AfterJobAndComma().Matches(text)) AddName(m.Groups["name"], true);
        foreach (Match m in BeforeJob().Matches(text)) AddName(m.Groups["name"], false);
        foreach (Match m in AfterVerb().Matches(text))
        {
            var cue = m.Groups["cue"].Value;
            AddName(m.Groups["name"], cue is "ujar" or "kata" or "tutur" or "ungkap" or "ucap" or "imbuh" or "pungkas" or "tegas" or "terang" or "tambah" or "jelas" or "sebut" or "a.n." or "an." or "atas nama" or "bernama" or "milik" or "almarhum" or "almarhumah");
        }
        foreach (Match m in WithJoiner().Matches(text)) AddName(m.Groups["name"], true);
        foreach (Match m in CapitalisedRun().Matches(text)) AddRunWithGivenName(text, m, vocab, places, found);
        foreach (Match m in CapsRun().Matches(text)) AddRunWithGivenName(text, m, vocab, places, found);

        // Known people and every name found above: matched again by their core, whatever the case or titles.
        var cores = knownPeople.Select(Core).Concat(found.Select(f => Core(text[f.Start..f.End])))
            .Where(c => c.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var core in cores.OrderByDescending(c => c.Length))
        {
            foreach (var (s, e) in FindCore(text, core, requireCapital: !core.Contains(' '))) found.Add(new Found(s, e, ReplacementKinds.Person));
            var tokens = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length < 2) continue;
            foreach (var t in tokens.Where(t => t.Length >= 4 && !t.EndsWith('.') && vocab.CanBeName(t) && !places.IsPlace(t)))
                foreach (var (s, e) in FindCore(text, t, requireCapital: true)) found.Add(new Found(s, e, ReplacementKinds.Person));
        }
        return found;
    }

    /// <summary>A run of capitalised words holding a common given name: the longest stretch of name-like words around it.</summary>
    private static void AddRunWithGivenName(string text, Match m, NameVocabulary vocab, Gazetteer places, List<Found> found)
    {
        var words = Regex.Matches(m.Value, @"\S+").ToList();
        if (words.Count < 2 && !m.Value.Contains('.')) return;
        var i = 0;
        while (i < words.Count)
        {
            if (!vocab.CanBeName(words[i].Value) || places.IsPlace(words[i].Value))
            {
                i++;
                continue;
            }
            var j = i;
            while (j + 1 < words.Count && vocab.CanBeName(words[j + 1].Value)) j++;
            var stretch = words.Skip(i).Take(j - i + 1).ToList();
            var titleCase = stretch.Select(w => Capitalise(w.Value)).ToList();
            if (stretch.Count >= 2 && titleCase.Any(vocab.IsName) && !places.IsPlace(string.Join(' ', titleCase)))
                found.Add(new Found(m.Index + stretch[0].Index, m.Index + stretch[^1].Index + stretch[^1].Length, ReplacementKinds.Person));
            i = j + 1;
        }
    }

    /// <summary>Indonesian derived nouns ("Pengendali", "Gratifikasi", "Pelayanan") are not names; "Kurniawan" and
    /// "Permana" are, so only a derivational prefix together with a derivational ending counts, or a borrowed -asi/-itas.</summary>
    internal static bool LooksLikeCommonNoun(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('.', ',');
        if (w.EndsWith("asi", StringComparison.Ordinal) || w.EndsWith("itas", StringComparison.Ordinal) || w.EndsWith("isme", StringComparison.Ordinal) || w.EndsWith("sional", StringComparison.Ordinal)) return true;
        var prefixed = w.StartsWith("pe", StringComparison.Ordinal) || w.StartsWith("ke", StringComparison.Ordinal) || w.StartsWith("ber", StringComparison.Ordinal)
                       || w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("ter", StringComparison.Ordinal) || w.StartsWith("di", StringComparison.Ordinal);
        return prefixed && (w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("kan", StringComparison.Ordinal) || w.EndsWith("i", StringComparison.Ordinal) || w.EndsWith("nya", StringComparison.Ordinal)) && w.Length >= 6;
    }

    private static string Capitalise(string w) => w.Length < 2 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant();

    /// <summary>Cuts words that are not names (Kepala, Kantor, months…) off the ends of a name found by a pattern.</summary>
    private static (int Start, int End) Clean(string text, int start, int end, NameVocabulary vocab, Gazetteer places)
    {
        var span = text[start..end];
        var words = Regex.Matches(span, @"[^\s,]+").ToList();
        var first = 0;
        while (first < words.Count && !IsTitleOrDegree(words[first].Value) && !vocab.CanBeName(words[first].Value)) first++;
        if (first >= words.Count) return (0, 0);
        var last = first;
        while (last + 1 < words.Count && (vocab.CanBeName(words[last + 1].Value) || IsTitleOrDegree(words[last + 1].Value))) last++;
        var core = Core(string.Join(' ', words.Skip(first).Take(last - first + 1).Select(w => w.Value)));
        if (core.Length < 2 || places.IsPlace(core) || places.IsPlace(Capitalise(core))) return (0, 0);
        return (start + words[first].Index, start + words[last].Index + words[last].Length);
    }

    private static bool IsTitleOrDegree(string w) => w.Contains('.') || w is "CA" or "CPA" or "MBA" or "QIA";

    [GeneratedRegex(@"(?:" + Title + @")+\s*$", Opts, 2000)]
    private static partial Regex TitlesBefore();

    [GeneratedRegex(@"\G(?:" + Degree + @")+", Opts, 2000)]
    private static partial Regex DegreesAfter();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> CorePatterns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Occurrences of a name core (whitespace flexible, any case), widened over titles before and degrees after it.</summary>
    private static IEnumerable<(int Start, int End)> FindCore(string text, string core, bool requireCapital)
    {
        if (CorePatterns.Count > 10_000) CorePatterns.Clear();
        var rx = CorePatterns.GetOrAdd(core, c => new Regex(@"(?<![\p{L}\p{N}])" + string.Join(@"\s+", c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)));
        foreach (Match m in rx.Matches(text))
        {
            if (requireCapital && !char.IsUpper(text[m.Index])) continue;
            var start = m.Index;
            var lookback = text[Math.Max(0, start - 40)..start];
            var titles = TitlesBefore().Match(lookback);
            if (titles.Success) start -= titles.Length;
            var end = m.Index + m.Length;
            var degrees = DegreesAfter().Match(text, end);
            if (degrees.Success) end += degrees.Length;
            yield return (start, end);
        }
    }
}

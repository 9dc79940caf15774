using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Library;

/// <summary>Ways to reach a unit or a person: phone numbers (+62, 08xx, area codes), e-mail addresses (also written
/// "nama[at]gmail[dot]com" to dodge filters), links and bare domains, wa.me/bit.ly/s.id links and social-media handles.</summary>
internal static partial class ContactPatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant;

    // +62 21 345 6789, 0812-3456-7890, (021) 3456789, 021-3456789, 62812…
    [GeneratedRegex(@"(?<![\w/.\-])(?:\+\s?62|62|0)[\s\-.]?(?:\(?\d{1,4}\)?)(?:[\s.\-]?\d{2,5}){1,4}(?![\w/])|\(\s?0\d{2,3}\s?\)\s?\d{3,4}[\s\-.]?\d{2,5}(?![\w/])", Opts, 2000)]
    private static partial Regex Phone();

    private const string At = @"(?:@|\s?[\[({<]\s?(?:at|et|@)\s?[\])}>]\s?|\s(?:at|AT)\s)";
    private const string Dot = @"(?:\.|\s?[\[({<]\s?(?:dot|titik|\.)\s?[\])}>]\s?|\s(?:dot|DOT|titik)\s)";

    [GeneratedRegex(@"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*" + At + @"[A-Za-z0-9\-]+(?:" + Dot + @"[A-Za-z0-9\-]+)*" + Dot + @"(?:com|id|net|org|co|info|ac|go|edu|me|io|biz|xyz)\b(?:" + Dot + @"(?:id|uk|sg|my))?", Opts, 2000)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""'()\[\]]+|\b(?:wa\.me|api\.whatsapp\.com|bit\.ly|s\.id|t\.me|linktr\.ee|forms\.gle|tinyurl\.com|youtu\.be|ig\.me|fb\.me|lynk\.id|shorturl\.at)/[^\s<>""'()\[\]]+", Opts | RegexOptions.IgnoreCase, 2000)]
    private static partial Regex Url();

    // kppntanjungselor.kemenkeu.go.id, pn-tanjungselor.go.id/layanan — lower or mixed case, a known top-level domain.
    [GeneratedRegex(@"(?<![\w@.\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?:go\.id|ac\.id|co\.id|or\.id|sch\.id|desa\.id|web\.id|my\.id|net\.id|mil\.id|com|net|org|info|id|xyz|online|site)\b(?:/[^\s<>""'()\[\],;]*)?", Opts | RegexOptions.IgnoreCase, 2000)]
    private static partial Regex Domain();

    [GeneratedRegex(@"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?", Opts, 2000)]
    private static partial Regex Handle();

    // "Instagram kppn.tanjungselor", "IG: humas_pnbulungan", "akun TikTok rsud.sehat" — the account follows the platform.
    [GeneratedRegex(@"\b(?:[Ii]nstagram|IG|[Tt]witter|[Tt]ik[Tt]ok|[Ff]acebook|FB|[Yy]ou[Tt]ube|[Tt]hreads|[Tt]elegram)\s*:?\s*(?<h>[a-z0-9][a-z0-9_.]*[_.0-9][a-z0-9_.]*[a-z0-9])\b", Opts, 2000)]
    private static partial Regex PlatformHandle();

    /// <summary>Hosts that are public national services, not a unit's own site ("lapor.go.id"): kept when they carry no path.</summary>
    private static readonly HashSet<string> PublicHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "lapor.go.id", "www.lapor.go.id", "menpan.go.id", "www.menpan.go.id", "kemenkeu.go.id", "www.kemenkeu.go.id", "pajak.go.id", "www.pajak.go.id",
        "atrbpn.go.id", "www.atrbpn.go.id", "mahkamahagung.go.id", "polri.go.id", "kpk.go.id", "ombudsman.go.id", "peraturan.go.id", "peraturan.bpk.go.id",
        "bpk.go.id", "bpkp.go.id", "kemendagri.go.id", "kemkes.go.id", "kemdikbud.go.id", "kemdiktisaintek.go.id", "bps.go.id", "jdih.kemenkeu.go.id",
        "jdih.menpan.go.id", "wbs.kemenkeu.go.id", "djpb.kemenkeu.go.id", "spse.inaproc.id", "sikap.menpan.go.id",
    };

    public static IEnumerable<Found> Find(string text)
    {
        foreach (Match m in Email().Matches(text)) yield return new Found(m.Index, m.Index + m.Length, ReplacementKinds.Email);
        foreach (Match m in Url().Matches(text))
        {
            var v = m.Value.TrimEnd('.', ',', ';', ':', '!', '?');
            yield return new Found(m.Index, m.Index + v.Length, ReplacementKinds.Link);
        }
        foreach (Match m in Domain().Matches(text))
        {
            var v = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', '/');
            if (PublicHosts.Contains(v) || IsAbbreviation(v)) continue;
            yield return new Found(m.Index, m.Index + v.Length, ReplacementKinds.Link);
        }
        foreach (Match m in Handle().Matches(text)) yield return new Found(m.Index, m.Index + m.Length, ReplacementKinds.Handle);
        foreach (Match m in PlatformHandle().Matches(text)) yield return Found.Of(m.Groups["h"], ReplacementKinds.Handle);
        foreach (Match m in Phone().Matches(text))
            if (m.Value.Count(char.IsDigit) is >= 8 and <= 15 && !LooksLikeYearRange(m.Value))
                yield return new Found(m.Index, m.Index + m.Length, ReplacementKinds.Phone);
    }

    // "S.Kom.id" never happens, but "a.n.id"-like runs of one-letter labels are abbreviations, not hosts.
    private static bool IsAbbreviation(string v) => v.Split('.').All(l => l.Length <= 2) && !v.EndsWith(".id", StringComparison.OrdinalIgnoreCase);

    // "2022-2024" or "2019 2020 2021" are years, not a phone number.
    private static bool LooksLikeYearRange(string v) =>
        Regex.Split(v, @"[^\d]+").Where(p => p.Length > 0).All(p => p.Length == 4 && p[0] is '1' or '2');
}

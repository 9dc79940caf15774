using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Text.Quantities;

/// <summary>Reads parts of wholes: "19 dari 34 pegawai", "19 pegawai dari total 34 pegawai", "19 orang (56 %)",
/// "seluruh 34 pegawai", "34 pegawai (100 %)", "19/34 pegawai", "85 % pegawai". "turun dari 58 menjadi 17" is a change,
/// not a ratio.</summary>
internal static partial class RatioReader
{
    private static readonly HashSet<string> WholeLead = ["total", "jumlah", "keseluruhan", "sebanyak", "seluruh", "semua", "sejumlah"];
    private static readonly HashSet<string> All = ["seluruh", "semua", "segenap"];

    [GeneratedRegex(@"(?<![\w/.\-])(\d{1,4})\s?/\s?(\d{1,4})(?![\w/.\-])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashRatio();

    public static List<Ratio> Read(AnalyzedText text, Atom[] a)
    {
        var found = new List<Ratio>();
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].IsNumber || a[i].IsYear) continue;
            var s = a[i].Sentence;
            // NUM [noun ≤ 2] dari [total] NUM [noun]
            var j = i + 1;
            var nounAfterPart = NounAt(a, j, s);
            j += nounAfterPart.Count;
            if (j < a.Length && a[j].Sentence == s && a[j].Is("dari") && !a[i].Percent)
            {
                var k = j + 1;
                while (k < a.Length && a[k].Sentence == s && !a[k].IsNumber && WholeLead.Contains(a[k].Lower) && k < j + 3) k++;
                if (k < a.Length && a[k].Sentence == s && a[k].IsNumber && !a[k].IsYear && !a[k].Percent
                    && a[k].Number >= a[i].Number && !FollowedByMenjadi(a, k, s))
                {
                    var noun = NounAt(a, k + 1, s);
                    found.Add(new Ratio(a[i].Number!.Value, a[k].Number!.Value, noun.Word ?? nounAfterPart.Word, a[i].Start, noun.Count > 0 ? a[k + noun.Count].End : a[k].End, s));
                    i = k;
                    continue;
                }
            }
            // NUM [noun ≤ 2] (PCT) — "19 orang (56 %)", "34 pegawai (100 %)"
            if (!a[i].Percent && j < a.Length && a[j].Sentence == s && a[j].IsNumber && a[j].Percent && a[j].Number is > 0 and <= 100
                && YearAttachment.Between(text.Text, a[j - 1].End, a[j].Start).Contains('('))
            {
                var fraction = a[j].Number!.Value / 100;
                found.Add(new Ratio(a[i].Number!.Value, Math.Round(a[i].Number!.Value / fraction), nounAfterPart.Word, a[i].Start, a[j].End, s));
                i = j;
                continue;
            }
            // seluruh NUM noun — "seluruh 34 pegawai" states the whole taking part.
            if (!a[i].Percent && i > 0 && a[i - 1].Sentence == s && All.Contains(a[i - 1].Lower) && nounAfterPart.Count > 0)
            {
                found.Add(new Ratio(a[i].Number!.Value, a[i].Number!.Value, nounAfterPart.Word, a[i - 1].Start, a[i + nounAfterPart.Count].End, s));
                continue;
            }
            // PCT noun — "85 % pegawai", "100 persen SOP"
            if (a[i].Percent && a[i].Number is >= 0 and <= 100 && nounAfterPart.Count > 0 && !IsMeasureWord(nounAfterPart.Word!))
                found.Add(new Ratio(a[i].Number!.Value, 100, nounAfterPart.Word, a[i].Start, a[i + nounAfterPart.Count].End, s));
        }
        for (var m = SlashRatio().Match(text.Text); m.Success; m = m.NextMatch())
        {
            double part = int.Parse(m.Groups[1].Value), whole = int.Parse(m.Groups[2].Value);
            if (part > whole || whole == 0) continue;
            var after = Array.FindIndex(a, x => x.Start >= m.Index + m.Length);
            var s = text.SentenceAt(m.Index);
            var noun = after >= 0 ? NounAt(a, after, s) : default;
            if (noun.Count == 0) continue; // "3/4" alone may be anything; "3/4 SOP" is a ratio
            found.Add(new Ratio(part, whole, noun.Word, m.Index, a[after + noun.Count - 1].End, s));
        }
        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return found;
    }

    private static bool FollowedByMenjadi(Atom[] a, int k, int s)
    {
        for (var m = k + 1; m < a.Length && m <= k + 6 && a[m].Sentence == s; m++)
            if (a[m].Lower is "menjadi" or "jadi" && !a[m].IsNumber) return true;
        return false;
    }

    private static bool IsMeasureWord(string w) => w is "dari" or "pada" or "dengan" or "yang" or "di" or "dan" or "atau" or "tahun" or "target" or "capaian" or "sedangkan";

    /// <summary>The counted noun right after a number: up to two words ("pegawai", "jenis layanan", "orang pegawai");
    /// the first word is the one kept for matching.</summary>
    private static (string? Word, int Count) NounAt(Atom[] a, int j, int s)
    {
        if (j >= a.Length || a[j].Sentence != s || a[j].IsNumber || IsStop(a[j].Lower)) return (null, 0);
        var count = 1;
        if (j + 1 < a.Length && a[j + 1].Sentence == s && !a[j + 1].IsNumber && !IsStop(a[j + 1].Lower) && a[j].Lower is "orang" or "jenis" or "buah" or "unit" or "kegiatan")
            count = 2;
        return (count == 2 && a[j].Lower is "orang" or "buah" ? a[j + 1].Lower : a[j].Lower, count);
    }

    private static bool IsStop(string w) => w is "dari" or "pada" or "di" or "dan" or "atau" or "yang" or "menjadi" or "ke" or "hingga" or "sampai"
        or "dengan" or "telah" or "sudah" or "tahun" or "persen" or "kali" or "sebesar" or "sebanyak" or "total" or "atas" or "untuk" or "oleh" or "dalam";
}

using System.Globalization;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Decks;

/// <summary>How profile values read in Indonesian slides and scripts.</summary>
public static class Wording
{
    /// <summary>The five kinds of innovation as seed 004 names them.</summary>
    public static string Label(this KategoriInovasi k) => k switch
    {
        KategoriInovasi.Internal => "Inovasi Layanan dan Kinerja Internal",
        KategoriInovasi.Eksternal => "Inovasi Layanan dan Kinerja Eksternal",
        KategoriInovasi.Branding => "Inovasi Image Branding",
        KategoriInovasi.Integritas => "Inovasi Penyebaran Virus Integritas",
        _ => "Inovasi Kerja Sama dengan Pemangku Kepentingan",
    };

    /// <summary>A value with its unit: "3,58", "99,6%", "31 menit", "Rp1,25 miliar".</summary>
    public static string Value(double v, Satuan satuan, int decimals) => satuan switch
    {
        Satuan.Persen => Number(v, decimals) + "%",
        Satuan.Hari => Number(v, decimals) + " hari",
        Satuan.Menit => Number(v, decimals) + " menit",
        Satuan.Rupiah => Rupiah(v),
        _ => Number(v, decimals),
    };

    public static string Number(double v, int decimals) => IndonesianNumber.Format(v, decimals);

    /// <summary>Decimals the writer used: the most any of the values needs (at most 3).</summary>
    public static int Decimals(IEnumerable<double> values) => values.Select(DecimalsOf).DefaultIfEmpty(0).Max();

    private static int DecimalsOf(double v)
    {
        for (var d = 0; d < 3; d++)
        {
            var scaled = v * Math.Pow(10, d);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9 * Math.Max(1, Math.Abs(scaled))) return d;
        }
        return 3;
    }

    private static string Rupiah(double v)
    {
        var abs = Math.Abs(v);
        return abs switch
        {
            >= 1e12 => "Rp" + Number(v / 1e12, 2).TrimEnd('0').TrimEnd(',') + " triliun",
            >= 1e9 => "Rp" + Number(v / 1e9, 2).TrimEnd('0').TrimEnd(',') + " miliar",
            >= 1e6 => "Rp" + Number(v / 1e6, 2).TrimEnd('0').TrimEnd(',') + " juta",
            _ => "Rp" + Number(v, 0),
        };
    }

    /// <summary>Varied openings for the n-th of a run of similar sentences, so a script does not say "Capaian ini"
    /// five times: "Selanjutnya", "Sementara itu", "Di samping itu", "Adapun", "Lebih lanjut".</summary>
    public static string Connective(int n) => Connectives[((n % Connectives.Length) + Connectives.Length) % Connectives.Length];

    private static readonly string[] Connectives = ["Selanjutnya", "Sementara itu", "Di samping itu", "Adapun", "Lebih lanjut", "Kemudian"];

    /// <summary>"A, B dan C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " dan " + items[^1],
    };

    /// <summary>"pertama", "kedua", … for scripts that enumerate.</summary>
    public static string Ordinal(int n) => n switch
    {
        1 => "Pertama", 2 => "Kedua", 3 => "Ketiga", 4 => "Keempat", 5 => "Kelima",
        6 => "Keenam", 7 => "Ketujuh", 8 => "Kedelapan", 9 => "Kesembilan", 10 => "Kesepuluh",
        _ => "Selanjutnya",
    };

    /// <summary>Numbers up to twelve in words, as a script reads them ("tiga langkah").</summary>
    public static string Count(int n) => n switch
    {
        1 => "satu", 2 => "dua", 3 => "tiga", 4 => "empat", 5 => "lima", 6 => "enam",
        7 => "tujuh", 8 => "delapan", 9 => "sembilan", 10 => "sepuluh", 11 => "sebelas", 12 => "dua belas",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Ends a clause as a sentence: no full stop added after one that ends with its own punctuation,
    /// also inside a closing quote ("…SPM.”").</summary>
    public static string Sentence(string text)
    {
        var t = text.Trim();
        var end = t.TrimEnd('"', '\u201D', '\'', ')');
        if (t.Length == 0 || (end.Length > 0 && ".!?".Contains(end[^1]))) return t;
        return t + ".";
    }

    /// <summary>First letter lower-cased, for a clause that continues a sentence ("Waktu layanan turun" → "waktu …").
    /// Leaves acronyms ("SP2D …") and names in title case ("Layanan Antar Dokumen") alone.</summary>
    public static string Continue(string text)
    {
        var t = text.Trim();
        if (t.Length < 2 || !char.IsUpper(t[0]) || char.IsUpper(t[1])) return t;
        var words = t.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && char.IsUpper(words[1][0])) return t;
        return char.ToLowerInvariant(t[0]) + t[1..];
    }
}

/// <summary>Predicate names as the regulation spells them.</summary>
public static class PredikatWording
{
    public static string FullName(this NarrativeAssist.Domain.Profile.Predikat p) => p switch
    {
        NarrativeAssist.Domain.Profile.Predikat.WBK => "Wilayah Bebas dari Korupsi (WBK)",
        _ => "Wilayah Birokrasi Bersih dan Melayani (WBBM)",
    };

    /// <summary>Short kind names for compact slides.</summary>
    public static string ShortLabel(this NarrativeAssist.Domain.Profile.KategoriInovasi k) => k switch
    {
        NarrativeAssist.Domain.Profile.KategoriInovasi.Internal => "Layanan internal",
        NarrativeAssist.Domain.Profile.KategoriInovasi.Eksternal => "Layanan eksternal",
        NarrativeAssist.Domain.Profile.KategoriInovasi.Branding => "Image branding",
        NarrativeAssist.Domain.Profile.KategoriInovasi.Integritas => "Virus integritas",
        _ => "Kerja sama pemangku kepentingan",
    };
}

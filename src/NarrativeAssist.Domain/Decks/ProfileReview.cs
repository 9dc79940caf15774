using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Decks;

/// <summary>What the national team looks for that the profile does not show yet (seed 004): an innovation in every
/// lever, one replicated by another unit, every indicator better than the previous period, awards and testimonials.
/// Reported before any deck so the team fixes the substance, not the slides.</summary>
public static class ProfileReview
{
    public static IReadOnlyList<ProfileWarning> Review(UnitProfile profile, LkeCatalog catalog, DeckKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        var w = new List<ProfileWarning>();

        if (profile.Unit.Pimpinan is null)
            w.Add(new("tanpa_pimpinan", "Pimpinan unit belum diisi; naskah paparan disusun untuk dibacakan pimpinan.", "unit.pimpinan"));
        if (profile.KondisiAwal.Count == 0)
            w.Add(new("tanpa_kondisi_awal", "Kondisi awal belum diisi; tim penilai ingin melihat perubahan dari kondisi sebelum pembangunan ZI.", "kondisi_awal"));

        foreach (var code in catalog.AreaCodes)
        {
            if (!profile.Upaya.Any(u => u.Area == code && u.Kegiatan.Count > 0))
                w.Add(new("upaya_area_kosong", $"Area {catalog.AreaName(code)} ({code}) belum memiliki upaya yang dicatat.", "upaya"));
        }
        foreach (var code in catalog.AreaCodes)
        {
            if (!profile.Inovasi.Any(i => i.Area == code))
                w.Add(new("inovasi_area_kosong", $"Area {catalog.AreaName(code)} ({code}) belum memiliki inovasi; pastikan setiap area pengungkit memiliki inovasi.", "inovasi"));
        }
        foreach (var k in Enum.GetValues<KategoriInovasi>())
        {
            if (!profile.Inovasi.Any(i => i.Kategori == k))
                w.Add(new("kategori_inovasi_kosong", $"Belum ada inovasi kelompok \"{k.Label()}\" (kategori {k.ToKey()}).", "inovasi"));
        }
        if (!profile.Inovasi.Any(i => i.DireplikasiOleh.Count > 0))
            w.Add(new("tanpa_replikasi", "Belum ada inovasi yang direplikasi unit lain; isi direplikasi_oleh dan buktinya (foto atau dokumen) pada inovasi yang sudah ditiru.", "inovasi"));
        foreach (var (inovasi, i) in profile.Inovasi.Select((x, i) => (x, i)))
        {
            if (inovasi.DireplikasiOleh.Count > 0 && inovasi.Bukti.Count == 0)
                w.Add(new("replikasi_tanpa_bukti", $"Replikasi inovasi \"{inovasi.Nama}\" belum disertai bukti (foto atau dokumen).", $"inovasi[{i}].bukti"));
            if (inovasi.DireplikasiOleh.Count > 0 && inovasi.FotoReplikasi is null && inovasi.Foto is null)
                w.Add(new("replikasi_tanpa_foto", $"Replikasi inovasi \"{inovasi.Nama}\" belum disertai foto; isi foto_replikasi (foto kunjungan atau peluncuran di unit yang mereplikasi) agar tampil bersama tanda replikasi.", $"inovasi[{i}].foto_replikasi"));
        }

        if (profile.IndikatorKinerja.Count == 0)
            w.Add(new("tanpa_indikator", "Belum ada indikator kinerja; hasil pembangunan ZI ditunjukkan dengan peningkatan kinerja.", "indikator_kinerja"));
        foreach (var (indikator, i) in profile.IndikatorKinerja.Select((x, i) => (x, i)))
        {
            var t = IndicatorTrend.Of(indikator);
            var path = $"indikator_kinerja[{i}]";
            if (t.Improved is null)
                w.Add(new("indikator_tanpa_pembanding", $"{indikator.Nama} hanya memiliki nilai {t.LatestYear}; tambahkan nilai periode sebelumnya untuk menunjukkan peningkatan.", path + ".nilai"));
            else if (t.Improved == false)
                w.Add(new("indikator_tidak_membaik",
                    $"{indikator.Nama} tidak membaik dari periode sebelumnya: {t.LastMove()}, padahal {(indikator.LebihTinggiLebihBaik ? "makin tinggi" : "makin rendah")} makin baik.", path + ".nilai"));
            if (t.MetTarget == false)
                w.Add(new("indikator_di_bawah_target", $"{indikator.Nama} {t.Format(t.Latest)} ({t.LatestYear}) {t.TargetClause()}.", path + ".target"));
            if (t.NeedsCorrection && indikator.LangkahPerbaikan.Count == 0)
                w.Add(new("tanpa_langkah_perbaikan",
                    $"{indikator.Nama} belum membaik atau belum mencapai target, tetapi langkah perbaikannya belum diisi; isi langkah_perbaikan agar naskah menyebut apa yang dilakukan, bukan sekadar \"telah menetapkan langkah perbaikan\".",
                    path + ".langkah_perbaikan"));
        }
        ReviewSurvey(w, "IPAK (Indeks Persepsi Anti Korupsi)", profile.Survei.Ipak, "survei.ipak");
        ReviewSurvey(w, "IPKP (Indeks Persepsi Kualitas Pelayanan)", profile.Survei.Ipkp, "survei.ipkp");

        if (profile.Penghargaan.Count == 0)
            w.Add(new("tanpa_penghargaan", "Belum ada penghargaan; penghargaan dari unit atasan atau pemangku kepentingan memperkuat bukti kinerja.", "penghargaan"));
        if (profile.Komitmen is null)
            w.Add(new("tanpa_komitmen", "Komitmen pimpinan, pakta integritas dan deklarasi belum diisi; penilai mencari peneguhan komitmen seluruh pegawai.", "komitmen"));
        if (profile.Testimoni.Count == 0)
            w.Add(new("tanpa_testimoni", "Belum ada testimoni pengguna layanan.", "testimoni"));
        if (kind == DeckKind.ObservasiLapangan && profile.Ruangan.Count == 0)
            w.Add(new("tanpa_ruangan", "Belum ada ruangan untuk kunjungan kantor; isi ruangan dengan penanggung jawab dan poin penjelasannya.", "ruangan"));
        return w;
    }

    private static void ReviewSurvey(List<ProfileWarning> w, string name, IReadOnlyDictionary<int, double> years, string path)
    {
        if (years.Count == 0)
        {
            w.Add(new("survei_kosong", $"Hasil survei {name} belum diisi.", path));
            return;
        }
        if (years.Count < 2) return;
        var ordered = years.OrderBy(kv => kv.Key).ToList();
        var (prev, last) = (ordered[^2], ordered[^1]);
        if (last.Value < prev.Value)
            w.Add(new("survei_menurun", $"{name} turun dari {Wording.Number(prev.Value, 2)} ({prev.Key}) menjadi {Wording.Number(last.Value, 2)} ({last.Key}).", path));
    }
}

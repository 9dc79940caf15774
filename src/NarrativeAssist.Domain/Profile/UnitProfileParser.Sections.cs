using System.Collections.Immutable;
using System.Globalization;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Profile;

public static partial class UnitProfileParser
{
    /// <summary>Readers for the list sections; instance methods need the catalog's area codes.</summary>
    private sealed class Sections(IReadOnlyCollection<string> areaCodes)
    {
        private static readonly string[] IndikatorKeys = ["nama", "alias", "satuan", "lebih_tinggi_lebih_baik", "nilai", "target", "sumber", "langkah_perbaikan"];
        private static readonly string[] UpayaKeys = ["area", "kegiatan"];
        private static readonly string[] InovasiKeys = ["nama", "kategori", "area", "deskripsi", "dampak", "tahun", "direplikasi_oleh", "bukti", "foto", "foto_replikasi"];
        private static readonly string[] PenghargaanKeys = ["nama", "pemberi", "tahun", "foto"];
        private static readonly string[] TestimoniKeys = ["nama", "peran", "kutipan"];
        private static readonly string[] TimKeys = ["nama", "peran", "area"];
        private static readonly string[] RuanganKeys = ["nama", "pic", "poin"];
        private static readonly string[] KnownSurveys = ["ipak", "ipkp"];
        private const string YearValues = "pasangan tahun: angka, mis. { 2023: 3.45, 2024: 3.58 }";

        public static IndikatorKinerja ReadIndikator(YamlValue v)
        {
            v.WarnUnknownKeys(IndikatorKeys);
            var satuan = ReadEnum(v.Field("satuan"), ProfileVocabulary.SatuanByKey, "satuan", required: true);
            var nilai = v.Field("nilai");
            nilai.Require(YearValues);
            return new IndikatorKinerja
            {
                Nama = v.Field("nama").String(required: true) ?? "",
                Alias = v.Field("alias").Strings(),
                Satuan = satuan ?? Satuan.Indeks,
                // Durations improve by going down; everything else by going up unless the file says otherwise.
                LebihTinggiLebihBaik = v.Field("lebih_tinggi_lebih_baik").Bool() ?? satuan is not (Satuan.Hari or Satuan.Menit),
                Nilai = YearMap(nilai),
                Target = v.Field("target").Number(),
                Sumber = v.Field("sumber").String(),
                LangkahPerbaikan = v.Field("langkah_perbaikan").Strings(),
            };
        }

        public static Survei ReadSurvei(YamlValue v)
        {
            if (!v.ExpectMapping()) return new Survei();
            var survei = new Survei();
            var others = ImmutableSortedDictionary.CreateBuilder<string, IReadOnlyDictionary<int, double>>(StringComparer.Ordinal);
            foreach (var survey in v.Entries())
            {
                var key = survey.Key!.ToLowerInvariant();
                if (key == "ipak") survei = survei with { Ipak = SurveyIndex(survey) };
                else if (key == "ipkp") survei = survei with { Ipkp = SurveyIndex(survey) };
                else
                {
                    // Any survey name is allowed, but one letter off a known one is almost certainly a typo.
                    if (KeySuggestions.Closest(key, KnownSurveys) is { } meant)
                        survey.WarningAtKey($"survei '{survey.Key}' bukan ipak/ipkp; maksud Anda {meant}?");
                    others[key] = SurveyIndex(survey);
                }
            }
            return survei with { Lainnya = others.ToImmutable() };
        }

        public Upaya ReadUpaya(YamlValue v)
        {
            v.WarnUnknownKeys(UpayaKeys);
            var kegiatan = v.Field("kegiatan");
            kegiatan.Require("daftar kegiatan, mis. [ \"Pembentukan tim kerja ZI (SK …)\" ]");
            return new Upaya(Area(v.Field("area")) ?? "", kegiatan.Strings());
        }

        public Inovasi ReadInovasi(YamlValue v)
        {
            v.WarnUnknownKeys(InovasiKeys);
            return new Inovasi
            {
                Nama = v.Field("nama").String(required: true) ?? "",
                Kategori = ReadEnum(v.Field("kategori"), ProfileVocabulary.KategoriInovasiByKey, "kategori", required: true) ?? KategoriInovasi.Internal,
                Area = Area(v.Field("area")) ?? "",
                Deskripsi = v.Field("deskripsi").String(),
                Dampak = v.Field("dampak").String(),
                Tahun = Year(v.Field("tahun")),
                DireplikasiOleh = v.Field("direplikasi_oleh").Strings(),
                Bukti = v.Field("bukti").Strings(),
                Foto = Picture(v.Field("foto")),
                FotoReplikasi = Picture(v.Field("foto_replikasi")),
            };
        }

        public static Penghargaan ReadPenghargaan(YamlValue v)
        {
            v.WarnUnknownKeys(PenghargaanKeys);
            return new Penghargaan(v.Field("nama").String(required: true) ?? "", v.Field("pemberi").String(), Year(v.Field("tahun")))
            {
                Foto = Picture(v.Field("foto")),
            };
        }

        public static Testimoni ReadTestimoni(YamlValue v)
        {
            v.WarnUnknownKeys(TestimoniKeys);
            return new Testimoni(v.Field("nama").String(required: true) ?? "", v.Field("peran").String(),
                v.Field("kutipan").String(required: true) ?? "");
        }

        public AnggotaTim ReadAnggotaTim(YamlValue v)
        {
            v.WarnUnknownKeys(TimKeys);
            var areas = v.Field("area").Items().Select(a => Area(a)).OfType<string>().ToImmutableArray();
            return new AnggotaTim(v.Field("nama").String(required: true) ?? "", v.Field("peran").String(), areas);
        }

        public static Ruangan ReadRuangan(YamlValue v)
        {
            v.WarnUnknownKeys(RuanganKeys);
            return new Ruangan(v.Field("nama").String(required: true) ?? "", v.Field("pic").String(required: true) ?? "",
                v.Field("poin").Strings());
        }

        private string? Area(YamlValue v) => v.Choice(areaCodes, required: true, what: "kode area");

        private static IReadOnlyDictionary<int, double> SurveyIndex(YamlValue v) => YearMap(v, min: 1, max: 4);

        /// <summary>A year → number mapping; keys must be years, values numbers within the range.</summary>
        private static IReadOnlyDictionary<int, double> YearMap(YamlValue v, double? min = null, double? max = null)
        {
            var result = ImmutableSortedDictionary.CreateBuilder<int, double>();
            foreach (var entry in v.Entries())
            {
                if (!int.TryParse(entry.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < MinYear or > MaxYear)
                    entry.ErrorAtKey($"'{entry.Key}' bukan tahun; diharapkan tahun {MinYear}–{MaxYear}, mis. 2024");
                else if (entry.Number(required: true, min, max) is { } n)
                    result[year] = n;
            }
            return result.ToImmutable();
        }
    }
}

using System.Collections.Immutable;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Profile;

/// <summary>A parsed profile and the non-fatal findings (unknown keys, likely typos).</summary>
public sealed record ParsedUnitProfile(UnitProfile Profile, IReadOnlyList<InputError> Warnings);

/// <summary>Reads a unit profile (YAML or JSON text) into a <see cref="UnitProfile"/>, validating every
/// field and reporting all problems at once, each with path, line, column and what is expected.</summary>
public static partial class UnitProfileParser
{
    /// <summary>Keys allowed at the top of a profile file.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } =
        ["unit", "kondisi_awal", "indikator_kinerja", "survei", "upaya", "inovasi", "penghargaan", "testimoni", "tim", "komitmen", "ruangan"];

    private static readonly string[] UnitKeys = ["nama", "instansi", "alamat", "pimpinan", "predikat_target", "tahun_penilaian", "predikat_sebelumnya", "logo"];
    private static readonly string[] KomitmenKeys = ["pernyataan", "pakta_integritas", "deklarasi", "foto"];
    private static readonly string[] PimpinanKeys = ["nama", "jabatan"];
    private static readonly string[] PredikatKeys = ["predikat", "tahun"];

    /// <summary>Same years as the narrative rules' {tahun} class.</summary>
    internal const int MinYear = 1990, MaxYear = 2099;

    /// <summary>Parses and validates; warnings are dropped (use <see cref="ParseWithWarnings"/> to show them).</summary>
    /// <param name="areaCodes">Valid lever codes, from the LKE catalog (MP, TL, SDM, AK, PW, PP).</param>
    /// <exception cref="UserInputException">With every error found, and the warnings.</exception>
    public static UnitProfile Parse(string text, IReadOnlyCollection<string> areaCodes, YamlLimits? limits = null) =>
        ParseWithWarnings(text, areaCodes, limits).Profile;

    /// <inheritdoc cref="Parse"/>
    public static ParsedUnitProfile ParseWithWarnings(string text, IReadOnlyCollection<string> areaCodes, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(areaCodes);
        var report = new InputErrors();
        var root = YamlValue.Root(YamlTree.Load(text, limits ?? YamlLimits.Default), report);
        if (root.IsMissing) root.Error("berkas kosong; diharapkan profil unit dengan bagian unit, indikator_kinerja, upaya, …");
        else if (!root.IsMapping) root.Error("diharapkan profil unit berupa pemetaan (unit: …, indikator_kinerja: …) di tingkat teratas");
        report.ThrowIfAny();

        root.WarnUnknownKeys(TopLevelKeys);
        var sections = new Sections(areaCodes);
        var profile = new UnitProfile
        {
            Unit = ReadUnit(root.Field("unit")),
            KondisiAwal = root.Field("kondisi_awal").Strings().ToImmutableArray(),
            IndikatorKinerja = Records(root.Field("indikator_kinerja"), Sections.ReadIndikator),
            Survei = Sections.ReadSurvei(root.Field("survei")),
            Upaya = Records(root.Field("upaya"), sections.ReadUpaya),
            Inovasi = Records(root.Field("inovasi"), sections.ReadInovasi),
            Penghargaan = Records(root.Field("penghargaan"), Sections.ReadPenghargaan),
            Testimoni = Records(root.Field("testimoni"), Sections.ReadTestimoni),
            Tim = Records(root.Field("tim"), sections.ReadAnggotaTim),
            Komitmen = ReadKomitmen(root.Field("komitmen")),
            Ruangan = Records(root.Field("ruangan"), Sections.ReadRuangan),
        };
        report.ThrowIfAny();
        return new ParsedUnitProfile(profile, report.Warnings.ToImmutableArray());
    }

    // Readers return placeholders for missing required fields; the profile is discarded once any error is reported.
    private static UnitInfo ReadUnit(YamlValue v)
    {
        var placeholder = new UnitInfo { Nama = "", Instansi = "", PredikatTarget = Predikat.WBK, TahunPenilaian = 0 };
        if (!v.Require("bagian unit dengan nama, instansi, predikat_target dan tahun_penilaian") || !v.ExpectMapping()) return placeholder;
        v.WarnUnknownKeys(UnitKeys);
        return new UnitInfo
        {
            Nama = v.Field("nama").String(required: true) ?? "",
            Instansi = v.Field("instansi").String(required: true) ?? "",
            Alamat = v.Field("alamat").String(),
            Pimpinan = ReadPimpinan(v.Field("pimpinan")),
            PredikatTarget = ReadEnum(v.Field("predikat_target"), ProfileVocabulary.PredikatByKey, "predikat", required: true) ?? Predikat.WBK,
            TahunPenilaian = Year(v.Field("tahun_penilaian"), required: true) ?? 0,
            PredikatSebelumnya = Records(v.Field("predikat_sebelumnya"), ReadPredikatDiraih),
            Logo = Picture(v.Field("logo")),
        };
    }

    private static Komitmen? ReadKomitmen(YamlValue v)
    {
        if (v.IsMissing || !v.ExpectMapping()) return null;
        v.WarnUnknownKeys(KomitmenKeys);
        var k = new Komitmen
        {
            Pernyataan = v.Field("pernyataan").String(),
            PaktaIntegritas = v.Field("pakta_integritas").String(),
            Deklarasi = v.Field("deklarasi").String(),
            Foto = Picture(v.Field("foto")),
        };
        return k.IsEmpty ? null : k;
    }

    /// <summary>A picture path: relative to the profile file, inside its folder, PNG or JPEG; or an item of the
    /// unit's evidence register as "bukti:&lt;id&gt;". The picture itself is uploaded with the profile (or read from
    /// the register by the server) and checked then (type sniffed from its bytes).</summary>
    internal static string? Picture(YamlValue v)
    {
        if (v.String() is not { } raw) return null;
        var path = raw.Trim().Replace('\\', '/');
        if (ProfilePictures.EvidenceId(path) is { } evidence) return ProfilePictures.EvidencePrefix + evidence.ToString("D");
        if (path.StartsWith('/') || path.Contains(':') || path.Split('/').Any(s => s == ".."))
            v.Error($"'{raw}' harus jalur relatif terhadap berkas profil di dalam foldernya, mis. foto/ruang-layanan.jpg");
        else if (!PictureExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            v.Error($"'{raw}' bukan foto PNG atau JPEG; diharapkan berkas .jpg, .jpeg atau .png");
        else return path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        return null;
    }

    private static readonly string[] PictureExtensions = [".jpg", ".jpeg", ".png"];

    private static Pimpinan? ReadPimpinan(YamlValue v)
    {
        if (!v.ExpectMapping()) return null;
        v.WarnUnknownKeys(PimpinanKeys);
        return new Pimpinan(v.Field("nama").String(required: true) ?? "", v.Field("jabatan").String());
    }

    private static PredikatDiraih ReadPredikatDiraih(YamlValue v)
    {
        v.WarnUnknownKeys(PredikatKeys);
        return new PredikatDiraih(
            ReadEnum(v.Field("predikat"), ProfileVocabulary.PredikatByKey, "predikat", required: true) ?? Predikat.WBK,
            Year(v.Field("tahun"), required: true) ?? 0);
    }

    /// <summary>Reads each item of a list of mappings; absent list → empty. Items of another shape are
    /// reported once and skipped, so they do not also yield a "wajib diisi" for each of their fields.</summary>
    internal static IReadOnlyList<T> Records<T>(YamlValue list, Func<YamlValue, T> read)
    {
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var item in list.Items())
        {
            if (item.IsMissing) item.Error("butir kosong; isi atau hapus baris '-' ini");
            else if (item.ExpectMapping()) result.Add(read(item));
        }
        return result.ToImmutable();
    }

    internal static T? ReadEnum<T>(YamlValue v, IReadOnlyDictionary<string, T> byKey, string what, bool required) where T : struct =>
        v.Choice(byKey.Keys.ToList(), required, what) is { } key ? byKey[key] : null;

    internal static int? Year(YamlValue v, bool required = false) => v.Int(required, MinYear, MaxYear);
}

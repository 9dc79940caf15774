using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Tests.Profile;

public class UnitProfileParserTests
{
    // Line numbers in the assertions count from the first line of each literal.
    private const string Valid = """
        unit:
          nama: KPPN Uji
          instansi: Kementerian Keuangan
          predikat_target: WBK
          tahun_penilaian: 2025
        indikator_kinerja:
          - nama: Indeks Kepuasan Masyarakat
            satuan: indeks
            nilai: { 2023: 3.45, 2024: 3.58 }
        """;

    private static UserInputException Invalid(string yaml)
    {
        var act = () => UnitProfileParser.Parse(yaml, RepoFiles.AreaCodes);
        return act.Should().Throw<UserInputException>().Which;
    }

    [Fact]
    public void Minimal_profile_parses_with_defaults()
    {
        var profile = UnitProfileParser.Parse(Valid, RepoFiles.AreaCodes);

        profile.Unit.Nama.Should().Be("KPPN Uji");
        profile.Unit.Pimpinan.Should().BeNull();
        profile.Unit.PredikatSebelumnya.Should().BeEmpty();
        profile.IndikatorKinerja.Single().LebihTinggiLebihBaik.Should().BeTrue();
        profile.Upaya.Should().BeEmpty();
        profile.Survei.Ipak.Should().BeEmpty();
    }

    [Fact]
    public void Missing_unit_name_names_the_field_and_the_unit_line()
    {
        var e = Invalid(Valid.Replace("  nama: KPPN Uji\n", ""));

        e.Errors.Should().Equal(new InputError("unit.nama", 1, 1, "wajib diisi (diharapkan teks)"));
        e.Message.Should().Contain("baris 1, kolom 1: unit.nama: wajib diisi (diharapkan teks)");
    }

    [Fact]
    public void Empty_unit_name_points_at_its_key()
    {
        var e = Invalid(Valid.Replace("nama: KPPN Uji", "nama: \"  \""));

        e.Errors.Should().Equal(new InputError("unit.nama", 2, 9, "wajib diisi (diharapkan teks)"));
    }

    [Fact]
    public void Missing_unit_section_is_one_error()
    {
        var e = Invalid("kondisi_awal: [ \"Antrean panjang\" ]\n");

        e.Errors.Should().Equal(new InputError("unit", 1, 1,
            "wajib diisi (bagian unit dengan nama, instansi, predikat_target dan tahun_penilaian)"));
    }

    [Fact]
    public void Unknown_area_code_lists_the_valid_ones()
    {
        var e = Invalid(Valid + """

            upaya:
              - area: XY
                kegiatan: [ "Pembentukan tim kerja ZI" ]
            """);

        e.Errors.Should().Equal(new InputError("upaya[0].area", 11, 11,
            "kode area 'XY' tidak dikenal; pilih salah satu: MP, TL, SDM, AK, PW, PP"));
    }

    [Fact]
    public void Area_codes_are_case_insensitive_and_normalised()
    {
        var profile = UnitProfileParser.Parse(Valid + "\nupaya: [ { area: sdm, kegiatan: [ Mentoring ] } ]", RepoFiles.AreaCodes);

        profile.Upaya.Single().Area.Should().Be("SDM");
    }

    [Fact]
    public void Text_where_a_number_belongs_names_the_year_path()
    {
        var e = Invalid(Valid.Replace("{ 2023: 3.45,", "{ 2023: tiga koma empat,"));

        var error = e.Errors.Should().ContainSingle().Which;
        error.Should().Be(new InputError("indikator_kinerja[0].nilai.2023", 9, 20, "diharapkan angka, ditemukan 'tiga koma empat'"));
        error.ToString().Should().Be("baris 9, kolom 20: indikator_kinerja[0].nilai.2023: diharapkan angka, ditemukan 'tiga koma empat'");
    }

    [Fact]
    public void Text_target_is_reported()
    {
        var e = Invalid(Valid + "\n    target: tinggi");

        e.Errors.Should().Equal(new InputError("indikator_kinerja[0].target", 10, 13, "diharapkan angka, ditemukan 'tinggi'"));
    }

    [Fact]
    public void Indonesian_decimal_comma_is_accepted_when_quoted()
    {
        var profile = UnitProfileParser.Parse(Valid.Replace("2023: 3.45", "2023: \"3,45\"") + "\n    target: \"3,5\"", RepoFiles.AreaCodes);

        profile.IndikatorKinerja[0].Nilai[2023].Should().Be(3.45);
        profile.IndikatorKinerja[0].Target.Should().Be(3.5);
    }

    [Fact]
    public void Unknown_kategori_lists_the_five_kinds()
    {
        var e = Invalid(Valid + """

            inovasi:
              - nama: Layanan Antar Dokumen
                kategori: digital
                area: PP
            """);

        e.Errors.Should().Equal(new InputError("inovasi[0].kategori", 12, 15,
            "kategori 'digital' tidak dikenal; pilih salah satu: internal, eksternal, branding, integritas, kolaborasi"));
    }

    [Fact]
    public void Unknown_satuan_and_predikat_list_the_valid_values()
    {
        var e = Invalid(Valid.Replace("predikat_target: WBK", "predikat_target: WBBK").Replace("satuan: indeks", "satuan: skor"));

        e.Errors.Should().Equal(
            new InputError("unit.predikat_target", 4, 20, "predikat 'WBBK' tidak dikenal; pilih salah satu: WBK, WBBM"),
            new InputError("indikator_kinerja[0].satuan", 8, 13,
                "satuan 'skor' tidak dikenal; pilih salah satu: indeks, persen, hari, menit, jumlah, rupiah"));
    }

    [Fact]
    public void Survey_index_outside_one_to_four_is_reported()
    {
        var e = Invalid(Valid + """

            survei:
              ipak: { 2023: 3.60, 2024: 4.5 }
              ipkp: { 2023: 0 }
            """);

        e.Errors.Should().Equal(
            new InputError("survei.ipak.2024", 11, 29, "harus antara 1 dan 4, ditemukan '4.5'"),
            new InputError("survei.ipkp.2023", 12, 17, "harus antara 1 dan 4, ditemukan '0'"));
    }

    [Fact]
    public void Other_surveys_are_kept_and_near_misses_of_known_ones_warned()
    {
        var parsed = UnitProfileParser.ParseWithWarnings(Valid + "\nsurvei: { ikm: { 2024: 3.4 }, ipka: { 2024: 3.5 } }", RepoFiles.AreaCodes);

        parsed.Profile.Survei.Lainnya.Keys.Should().Equal("ikm", "ipka");
        parsed.Profile.Survei.Lainnya["ikm"][2024].Should().Be(3.4);
        parsed.Warnings.Should().Equal(new InputError("survei.ipka", 10, 31, "survei 'ipka' bukan ipak/ipkp; maksud Anda ipak?"));
    }

    [Fact]
    public void Year_keys_must_be_years()
    {
        var e = Invalid(Valid.Replace("{ 2023: 3.45,", "{ 20233: 3.45, tahun lalu: 3.1,"));

        e.Errors.Should().Equal(
            new InputError("indikator_kinerja[0].nilai.20233", 9, 14, "'20233' bukan tahun; diharapkan tahun 1990–2099, mis. 2024"),
            new InputError("indikator_kinerja[0].nilai.tahun lalu", 9, 27, "'tahun lalu' bukan tahun; diharapkan tahun 1990–2099, mis. 2024"));
    }

    [Fact]
    public void Missing_values_say_what_is_expected()
    {
        var e = Invalid(Valid.Replace("    nilai: { 2023: 3.45, 2024: 3.58 }", "    nilai:"));

        e.Errors.Should().Equal(new InputError("indikator_kinerja[0].nilai", 9, 5,
            "wajib diisi (pasangan tahun: angka, mis. { 2023: 3.45, 2024: 3.58 })"));
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var e = Invalid("""
            unit:
              instansi: Kementerian Keuangan
              predikat_target: WBK
              tahun_penilaian: dua ribu
            indikator_kinerja:
              - nama: IKM
                satuan: indeks
                lebih_tinggi_lebih_baik: mungkin
                nilai: { 2024: 3,5 }
            inovasi:
              - { nama: Lando, kategori: eksternal, area: ZZ }
              - "hanya teks"
            ruangan:
              - { nama: Ruang Layanan }
            """);

        e.Errors.Select(x => $"{x.Line}:{x.Path}: {x.Message}").Should().Equal(
            "1:unit.nama: wajib diisi (diharapkan teks)",
            "4:unit.tahun_penilaian: diharapkan bilangan bulat, ditemukan 'dua ribu'",
            "8:indikator_kinerja[0].lebih_tinggi_lebih_baik: diharapkan true/false (ya/tidak), ditemukan 'mungkin'",
            // Unquoted 3,5 inside { } is split by YAML at the comma: the key "5" is then not a year.
            "9:indikator_kinerja[0].nilai.5: '5' bukan tahun; diharapkan tahun 1990–2099, mis. 2024",
            "11:inovasi[0].area: kode area 'ZZ' tidak dikenal; pilih salah satu: MP, TL, SDM, AK, PW, PP",
            "12:inovasi[1]: diharapkan pemetaan (kunci: nilai), ditemukan 'hanya teks'",
            "14:ruangan[0].pic: wajib diisi (diharapkan teks)");
    }

    [Fact]
    public void Unknown_top_level_key_is_a_warning_with_a_suggestion()
    {
        var parsed = UnitProfileParser.ParseWithWarnings(Valid.Replace("indikator_kinerja:", "indikator_kinera:"), RepoFiles.AreaCodes);

        parsed.Profile.IndikatorKinerja.Should().BeEmpty();
        parsed.Warnings.Should().Equal(new InputError("indikator_kinera", 6, 1,
            "kunci tidak dikenal (diabaikan); maksud Anda indikator_kinerja?"));
    }

    [Fact]
    public void Unknown_nested_key_is_a_warning_and_travels_with_the_errors()
    {
        var e = Invalid(Valid.Replace("  nama: KPPN Uji", "  nma: KPPN Uji"));

        e.Errors.Should().Equal(new InputError("unit.nama", 1, 1, "wajib diisi (diharapkan teks)"));
        e.Warnings.Should().Equal(new InputError("unit.nma", 2, 3, "kunci tidak dikenal (diabaikan); maksud Anda nama?"));
        e.Message.Should().Contain("Peringatan:\n - baris 2, kolom 3: unit.nma: kunci tidak dikenal (diabaikan); maksud Anda nama?");
    }

    [Fact]
    public void Unknown_key_without_a_close_match_lists_the_known_keys()
    {
        var parsed = UnitProfileParser.ParseWithWarnings(Valid + "\nmotto: Melayani dengan hati", RepoFiles.AreaCodes);

        parsed.Warnings.Single().Message.Should().Be(
            "kunci tidak dikenal (diabaikan); kunci yang dikenal: unit, kondisi_awal, indikator_kinerja, survei, upaya, inovasi, penghargaan, testimoni, tim, komitmen, ruangan");
    }

    [Fact]
    public void Duration_indicators_default_to_lower_is_better()
    {
        var profile = UnitProfileParser.Parse(Valid.Replace("satuan: indeks", "satuan: Menit"), RepoFiles.AreaCodes);

        profile.IndikatorKinerja[0].Satuan.Should().Be(Satuan.Menit);
        profile.IndikatorKinerja[0].LebihTinggiLebihBaik.Should().BeFalse();
    }

    [Fact]
    public void Ya_and_tidak_are_booleans()
    {
        var profile = UnitProfileParser.Parse(Valid + "\n    lebih_tinggi_lebih_baik: tidak", RepoFiles.AreaCodes);

        profile.IndikatorKinerja[0].LebihTinggiLebihBaik.Should().BeFalse();
    }

    [Fact]
    public void Json_errors_carry_json_line_numbers()
    {
        var e = Invalid("""
            {
              "unit": {
                "nama": "KPPN Uji",
                "instansi": "Kementerian Keuangan",
                "predikat_target": "WBK",
                "tahun_penilaian": 2025
              },
              "survei": { "ipak": { "2024": "sangat baik" } }
            }
            """);

        e.Errors.Should().Equal(new InputError("survei.ipak.2024", 8, 33, "diharapkan angka, ditemukan 'sangat baik'"));
    }

    [Fact]
    public void A_top_level_that_is_not_a_mapping_is_one_error()
    {
        var e = Invalid("Ini hanya kalimat biasa, bukan profil.");

        e.Errors.Should().Equal(new InputError("", 1, 1,
            "diharapkan profil unit berupa pemetaan (unit: …, indikator_kinerja: …) di tingkat teratas"));
    }

    [Fact]
    public void Wrong_shape_of_a_section_is_reported_once()
    {
        var e = Invalid(Valid + "\nupaya: MP\ntim: [ { nama: Dewi, area: MP } ]");

        e.Errors.Should().Equal(
            new InputError("upaya", 10, 8, "diharapkan daftar, mis. [ a, b ] atau baris berawalan '- ', ditemukan 'MP'"),
            new InputError("tim[0].area", 11, 28, "diharapkan daftar, mis. [ a, b ] atau baris berawalan '- ', ditemukan 'MP'"));
    }

    [Fact]
    public void A_picture_may_name_an_item_of_the_evidence_register_by_its_id_but_not_any_other_scheme()
    {
        var id = Guid.NewGuid();
        var withLogo = Valid.Replace("  tahun_penilaian: 2025", $"  tahun_penilaian: 2025\n  logo: \"BUKTI: {id:N}\"");

        var profile = UnitProfileParser.Parse(withLogo, RepoFiles.AreaCodes);

        profile.Unit.Logo.Should().Be($"bukti:{id:D}");
        ProfilePictures.EvidenceId(profile.Unit.Logo!).Should().Be(id);
        Invalid(Valid.Replace("  tahun_penilaian: 2025", "  tahun_penilaian: 2025\n  logo: \"bukti:logo.png\""))
            .Errors.Single().Path.Should().Be("unit.logo");
        Invalid(Valid.Replace("  tahun_penilaian: 2025", "  tahun_penilaian: 2025\n  logo: \"C:/foto/logo.png\""))
            .Errors.Single().Message.Should().Contain("jalur relatif");
    }
}

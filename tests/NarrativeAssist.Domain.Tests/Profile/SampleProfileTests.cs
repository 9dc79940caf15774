using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Tests.Profile;

public class SampleProfileTests
{
    private static readonly string SampleYaml = RepoFiles.Read("templates/units/contoh.yaml");

    [Fact]
    public void Sample_profile_parses_without_warnings()
    {
        var parsed = UnitProfileParser.ParseWithWarnings(SampleYaml, RepoFiles.AreaCodes);

        parsed.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Sample_unit_section_has_expected_values()
    {
        var unit = UnitProfileParser.Parse(SampleYaml, RepoFiles.AreaCodes).Unit;

        unit.Nama.Should().Be("KPPN Contoh");
        unit.Instansi.Should().Be("Kementerian Keuangan");
        unit.Pimpinan.Should().Be(new Pimpinan("Budi Santoso", "Kepala Kantor"));
        unit.PredikatTarget.Should().Be(Predikat.WBBM);
        unit.TahunPenilaian.Should().Be(2025);
        unit.PredikatSebelumnya.Should().Equal(new PredikatDiraih(Predikat.WBK, 2022));
    }

    [Fact]
    public void Sample_first_indicator_and_surveys_have_the_values_other_tests_rely_on()
    {
        var profile = UnitProfileParser.Parse(SampleYaml, RepoFiles.AreaCodes);

        var ikm = profile.IndikatorKinerja[0];
        ikm.Nama.Should().Be("Indeks Kepuasan Masyarakat");
        ikm.Alias.Should().Equal("IKM");
        ikm.Satuan.Should().Be(Satuan.Indeks);
        ikm.LebihTinggiLebihBaik.Should().BeTrue();
        ikm.Nilai.Should().Equal(new Dictionary<int, double> { [2022] = 3.21, [2023] = 3.45, [2024] = 3.58 });
        ikm.Nilai.Keys.Should().BeInAscendingOrder();
        ikm.Target.Should().Be(3.5);
        profile.Survei.Ipak.Should().Equal(new Dictionary<int, double> { [2023] = 3.60, [2024] = 3.81 });
        profile.Survei.Ipkp.Should().Equal(new Dictionary<int, double> { [2023] = 3.55, [2024] = 3.79 });
        profile.Survei.Lainnya.Should().BeEmpty();
    }

    [Fact]
    public void Sample_covers_what_the_decks_and_review_need()
    {
        var profile = UnitProfileParser.Parse(SampleYaml, RepoFiles.AreaCodes);

        profile.IndikatorKinerja.Should().HaveCount(5);
        profile.IndikatorKinerja.Should().OnlyContain(i => i.Nilai.Keys.SequenceEqual(new[] { 2022, 2023, 2024 }));
        profile.IndikatorKinerja.Should().ContainSingle(i => !i.LebihTinggiLebihBaik && i.Nilai[2024] > i.Nilai[2023],
            "one indicator did not improve, for the review warnings");
        profile.Upaya.Select(u => u.Area).Should().Equal(RepoFiles.AreaCodes);
        profile.Upaya.Should().OnlyContain(u => u.Kegiatan.Count >= 2);
        profile.Inovasi.Should().HaveCount(6);
        profile.Inovasi.Select(i => i.Kategori).Distinct().Should().BeEquivalentTo(Enum.GetValues<KategoriInovasi>());
        profile.Inovasi.Select(i => i.Area).Should().BeEquivalentTo(RepoFiles.AreaCodes, "an innovation in every lever");
        profile.Inovasi.Should().ContainSingle(i => i.DireplikasiOleh.Count > 0)
            .Which.Nama.Should().Be("Layanan Antar Dokumen (LANDO)");
        profile.KondisiAwal.Should().HaveCountGreaterThanOrEqualTo(3);
        profile.Penghargaan.Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(p => p.Tahun != null);
        profile.Testimoni.Should().HaveCount(3).And.OnlyContain(t => t.Kutipan.Length > 20);
        profile.Tim.Should().Contain(t => t.Peran == "Ketua Tim ZI");
        profile.Tim.SelectMany(t => t.Area).Distinct().Should().BeEquivalentTo(RepoFiles.AreaCodes);
        profile.Ruangan.Should().HaveCount(5).And.OnlyContain(r => r.Pic.Length > 0 && r.Poin.Count > 0);
    }

    [Fact]
    public void Sample_duration_indicator_is_lower_is_better()
    {
        var profile = UnitProfileParser.Parse(SampleYaml, RepoFiles.AreaCodes);

        var sp2d = profile.IndikatorKinerja.Single(i => i.Satuan == Satuan.Menit);
        sp2d.LebihTinggiLebihBaik.Should().BeFalse();
        sp2d.Nilai[2024].Should().Be(31);
    }

    [Fact]
    public void Same_profile_as_json_parses_identically()
    {
        var json = RepoFiles.ToJson(SampleYaml);
        json.Should().StartWith("{").And.Contain("\"2022\": 3.21");

        var fromJson = UnitProfileParser.ParseWithWarnings(json, RepoFiles.AreaCodes);
        var fromYaml = UnitProfileParser.ParseWithWarnings(SampleYaml, RepoFiles.AreaCodes);

        fromJson.Should().BeEquivalentTo(fromYaml, o => o.WithStrictOrdering());
    }
}

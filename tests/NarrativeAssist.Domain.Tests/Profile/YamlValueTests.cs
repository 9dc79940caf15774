using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Tests.Profile;

public class YamlValueTests
{
    private readonly InputErrors _report = new();

    private YamlValue Root(string yaml) => YamlValue.Root(YamlTree.Load(yaml), _report);

    [Theory]
    [InlineData("3.45", 3.45)]
    [InlineData("\"3,45\"", 3.45)]
    [InlineData("'1.234,5'", 1234.5)]
    [InlineData("-2", -2)]
    [InlineData("1e3", 1000)]
    [InlineData("\"3.45\"", 3.45)]
    public void Number_accepts_dot_and_indonesian_comma(string literal, double expected)
    {
        Root($"v: {literal}").Field("v").Number().Should().Be(expected);
        _report.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("tiga koma empat")]
    [InlineData(".nan")]
    [InlineData("1,2,3")]
    [InlineData("\"12.345.678\"")]
    public void Number_rejects_text(string literal)
    {
        Root($"v: {literal}").Field("v").Number().Should().BeNull();
        _report.Errors.Should().ContainSingle().Which.Message.Should().StartWith("diharapkan angka, ditemukan '");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("Ya", true)]
    [InlineData("false", false)]
    [InlineData("TIDAK", false)]
    public void Bool_accepts_true_false_ya_tidak(string literal, bool expected)
    {
        Root($"v: {literal}").Field("v").Bool().Should().Be(expected);
        _report.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Int_checks_type_and_range()
    {
        var root = Root("a: 2.5\nb: 7\nc: [1]");

        root.Field("a").Int().Should().BeNull();
        root.Field("b").Int(min: 1, max: 4).Should().BeNull();
        root.Field("c").Int().Should().BeNull();

        _report.Errors.Should().Equal(
            new InputError("a", 1, 4, "diharapkan bilangan bulat, ditemukan '2.5'"),
            new InputError("b", 2, 4, "harus antara 1 dan 4, ditemukan '7'"),
            new InputError("c", 3, 4, "diharapkan bilangan bulat, ditemukan daftar"));
    }

    [Fact]
    public void Absent_values_are_null_and_only_reported_when_required()
    {
        var root = Root("a: ~\nb:\nc: null\nd: 'null'");

        root.Field("a").String().Should().BeNull();
        root.Field("b").Number().Should().BeNull();
        root.Field("c").Bool().Should().BeNull();
        root.Field("d").String().Should().Be("null");
        root.Field("zz").Int(required: true).Should().BeNull();

        _report.Errors.Should().Equal(new InputError("zz", 1, 1, "wajib diisi (diharapkan bilangan bulat)"));
    }

    [Fact]
    public void Paths_follow_fields_and_indices()
    {
        var root = Root("""
            jawaban:
              - id: P.MP.1.a
                nilai: { 2023: x }
            """);

        var value = root.Field("jawaban").Items()[0].Field("nilai").Entries().Single();
        value.Path.Should().Be("jawaban[0].nilai.2023");
        value.Key.Should().Be("2023");
        value.Number().Should().BeNull();
        _report.Errors.Single().ToString().Should().Be("baris 3, kolom 20: jawaban[0].nilai.2023: diharapkan angka, ditemukan 'x'");
    }

    [Fact]
    public void Field_on_a_scalar_reports_the_shape_once()
    {
        var unit = Root("unit: KPPN Contoh").Field("unit");

        unit.Field("nama").IsMissing.Should().BeTrue();
        unit.Field("instansi").IsMissing.Should().BeTrue();

        _report.Errors.Should().Equal(new InputError("unit", 1, 7, "diharapkan pemetaan (kunci: nilai), ditemukan 'KPPN Contoh'"));
    }

    [Fact]
    public void Choice_returns_the_canonical_spelling()
    {
        var root = Root("a: wbbm\nb: WBC");

        root.Field("a").Choice(["WBK", "WBBM"], what: "predikat").Should().Be("WBBM");
        root.Field("b").Choice(["WBK", "WBBM"], what: "predikat").Should().BeNull();

        _report.Errors.Should().Equal(new InputError("b", 2, 4, "predikat 'WBC' tidak dikenal; pilih salah satu: WBK, WBBM"));
    }

    [Fact]
    public void Long_values_are_shortened_in_messages()
    {
        Root($"v: {new string('x', 200)}").Field("v").Number();

        _report.Errors.Single().Message.Should().Be($"diharapkan angka, ditemukan '{new string('x', 57)}...'");
    }

    [Fact]
    public void ThrowIfAny_carries_errors_and_warnings()
    {
        var root = Root("nilai: x\nnilia: 3");
        root.WarnUnknownKeys(["nilai"]);
        root.Field("nilai").Number();

        var act = () => _report.ThrowIfAny();

        var e = act.Should().Throw<UserInputException>().Which;
        e.Message.Should().Be("""
            Berkas tidak valid (1 kesalahan):
             - baris 1, kolom 8: nilai: diharapkan angka, ditemukan 'x'
            Peringatan:
             - baris 2, kolom 1: nilia: kunci tidak dikenal (diabaikan); maksud Anda nilai?
            """.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("indikator_kinera", "indikator_kinerja")]
    [InlineData("inovsi", "inovasi")]
    [InlineData("Unit", "unit")]
    [InlineData("testimonial", "testimoni")]
    [InlineData("ruagnan", "ruangan")]
    [InlineData("motto", null)]
    public void Key_suggestions_catch_typos(string typed, string? expected) =>
        KeySuggestions.Closest(typed, ["unit", "indikator_kinerja", "inovasi", "testimoni", "tim", "ruangan"]).Should().Be(expected);
}

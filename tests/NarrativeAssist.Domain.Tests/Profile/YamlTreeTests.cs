using System.Diagnostics;
using System.Text;
using NarrativeAssist.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Domain.Tests.Profile;

public class YamlTreeTests
{
    private static InputError Refused(string text, YamlLimits? limits = null)
    {
        var act = () => YamlTree.Load(text, limits ?? YamlLimits.Default);
        return act.Should().Throw<UserInputException>().Which.Errors.Should().ContainSingle().Which;
    }

    [Fact]
    public void Loads_yaml_and_json_alike()
    {
        var yaml = (YamlMappingNode)YamlTree.Load("a: [1, 2]\n");
        var json = (YamlMappingNode)YamlTree.Load("{\n\t\"a\": [1, 2]\n}");

        yaml.Children.Should().HaveCount(1);
        json.Children.Should().HaveCount(1);
        ((YamlSequenceNode)json.Children[new YamlScalarNode("a")]).Children.Should().HaveCount(2);
    }

    [Fact]
    public void A_five_megabyte_file_is_refused_quickly()
    {
        var big = new StringBuilder().Insert(0, "kondisi_awal: [ \"Antrean layanan rata-rata 45 menit\" ]\n", 5 * 1024 * 1024 / 55).ToString();
        var clock = Stopwatch.StartNew();

        var error = Refused(big);

        // A bound against parsing the whole file first (seconds), not a speed target: speed lives in bench/.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        error.Should().Be(new InputError("", 0, 0, "berkas terlalu besar (5,0 MB); batas 2,0 MB. Pastikan berkas yang dipilih benar."));
    }

    [Fact]
    public void An_alias_bomb_is_refused_at_the_first_anchor()
    {
        const string bomb = """
            a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
            g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
            h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
            i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
            """;

        Refused(bomb).Should().Be(new InputError("", 1, 4,
            "anchor YAML '&a' tidak diizinkan (mencegah 'bom alias'); tulis nilainya secara langsung"));
    }

    [Fact]
    public void An_alias_without_anchor_is_refused()
    {
        // Unknown aliases fail in YamlDotNet itself; either way the user gets a positioned Indonesian message.
        Refused("a: 1\nb: *x\n").Should().Be(new InputError("", 2, 4,
            "alias YAML '*x' tidak diizinkan (mencegah 'bom alias'); tulis nilainya secara langsung"));
    }

    [Fact]
    public void Garbage_gets_a_line_numbered_message()
    {
        var error = Refused("<html>\n<body>Profil: KPPN: Contoh</body>\n</html>\n");

        error.Should().Be(new InputError("", 2, 13, "format YAML/JSON tidak valid: teks memuat ': '; apit dengan tanda kutip"));
        error.ToString().Should().Be("baris 2, kolom 13: format YAML/JSON tidak valid: teks memuat ': '; apit dengan tanda kutip");
    }

    [Fact]
    public void Bad_indentation_is_explained()
    {
        Refused("unit:\n  nama: KPPN\n instansi: Kemenkeu\n").Should().Be(new InputError("", 3, 2,
            "format YAML/JSON tidak valid: indentasi tidak konsisten atau kunci tidak ditemukan; periksa jumlah spasi di awal baris"));
    }

    [Fact]
    public void An_unclosed_flow_sequence_is_reported_not_crashed()
    {
        // YamlDotNet throws InvalidOperationException here; it must not escape.
        Refused("a: [1, 2\nb: 3\n").Should().Be(new InputError("", 1, 5,
            "format YAML/JSON tidak valid setelah posisi ini: periksa tanda kurung [ ] { } atau tanda kutip yang belum ditutup"));
    }

    [Fact]
    public void Binary_junk_is_refused_with_a_position()
    {
        var error = Refused("\u0001\u0002PK\u0003\u0004 zip: [ ] : ]\n");

        error.Line.Should().Be(1);
        error.Message.Should().StartWith("format YAML/JSON tidak valid");
    }

    [Fact]
    public void Duplicate_keys_are_named()
    {
        Refused("unit: A\nunit: B\n").Should().Be(new InputError("", 2, 1, "format YAML/JSON tidak valid: kunci 'unit' ditulis lebih dari sekali"));
    }

    [Fact]
    public void More_than_one_document_is_refused()
    {
        Refused("unit: A\n---\nunit: B\n").Should().Be(new InputError("", 2, 1,
            "berkas berisi lebih dari satu dokumen YAML (pemisah '---'); simpan satu dokumen saja"));
    }

    [Fact]
    public void A_leading_document_marker_is_fine() =>
        YamlTree.Load("---\nunit: A\n...\n").Should().BeOfType<YamlMappingNode>();

    [Fact]
    public void Empty_text_is_refused() =>
        Refused("# hanya komentar\n").Should().Be(new InputError("", 1, 1, "berkas kosong: tidak ada isi YAML atau JSON"));

    [Fact]
    public void Deep_nesting_is_refused_before_the_recursive_loader_sees_it()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        Refused(deep).Should().Be(new InputError("", 1, 65, "susunan terlalu dalam: lebih dari 64 tingkat bersarang"));
    }

    [Fact]
    public void Too_many_nodes_are_refused()
    {
        var many = "[" + string.Join(",", Enumerable.Repeat("1", 200)) + "]";

        Refused(many, new YamlLimits { MaxNodes = 100 }).Should().Be(new InputError("", 1, 200, "berkas terlalu rumit: lebih dari 100 nilai"));
    }

    [Fact]
    public void Default_limits_allow_a_realistic_answers_file()
    {
        var answers = string.Concat(Enumerable.Range(1, 5_000).Select(i => $"P.{i}: {{ jawaban: A, nilai: \"3,{i % 10}\" }}\n"));

        YamlTree.Load(answers).Should().BeOfType<YamlMappingNode>().Which.Children.Should().HaveCount(5_000);
    }

    [Fact]
    public void A_byte_order_mark_does_not_become_part_of_the_first_key()
    {
        var root = (YamlMappingNode)YamlTree.Load("\uFEFFunit: A\n");

        root.Children.Keys.Single().Should().Be(new YamlScalarNode("unit"));
    }
}

using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>An inspectorate extends the rules with its own file, without code.</summary>
public class RuleBookTests
{
    private static RuleBook With(string yaml) =>
        RuleBook.Load(BuiltInData.Catalog, BuiltInData.RuleSources().Append(("inspektorat.yaml", yaml)));

    [Fact]
    public void An_extra_file_adds_elements_and_each_rule_kind()
    {
        var book = With("""
            rules:
              - id: jargon
                kind: existence
                severity: saran
                message: Hindari jargon "{match}".
                suggestion: Pakai bahasa yang lugas.
                tokens: ["=sinergitas"]
                unless: ["=kutipan"]
              - id: sk_bertanggal
                kind: conditional
                severity: warning
                message: SK disebut tanpa tanggal.
                suggestion: Sebutkan tanggal SK.
                if: [surat keputusan]
                then: ["{tanggal}"]
              - id: satu_tautan
                kind: occurrence
                severity: saran
                applies: { areas: [MP] }
                message: Terlalu banyak tautan.
                suggestion: Cukup satu tautan ke folder bukti.
                pattern: ["{tautan}"]
                max: 1
            questions:
              P.MP.1.a:
                elements:
                  - id: ketua_tim
                    label: nama ketua tim
                    any: [ketua tim]
                    saran: 'Sebutkan ketua tim, mis. "Ketua Tim: Budi Santoso".'
            """);
        var checker = new Domain.Checking.NarrativeChecker(book);
        var r = checker.Check("P.MP.1.a", "Sinergitas tim tinggi. Tim dibentuk dengan surat keputusan kepala kantor. Bukti di https://a.id/1 dan https://a.id/2.");
        r.Findings.Select(f => f.Rule).Should().Contain(["jargon", "sk_bertanggal", "satu_tautan", "unsur.ketua_tim"]);
        checker.Check("P.TL.1.a", "Bukti di https://a.id/1 dan https://a.id/2.").Findings.Should().NotContain(f => f.Rule == "satu_tautan");
        checker.Check("P.MP.1.a", "Tim dibentuk dengan surat keputusan tanggal 5 Januari 2024; ketua tim Budi.").Findings
            .Should().NotContain(f => f.Rule == "sk_bertanggal" || f.Rule == "unsur.ketua_tim");
    }

    [Fact]
    public void Mistakes_in_a_rule_file_are_all_reported_at_load()
    {
        var act = () => With("""
            rules:
              - id: x
                kind: kira-kira
                message: m
              - id: y
                kind: existence
                message: m
                tokens: ["{jam}"]
            questions:
              P.ZZ.1.a:
                jenis: upaya
              P.MP.1.a:
                skip: [tidak_ada]
            """);
        var problems = act.Should().Throw<DataFileException>().Which.Problems;
        problems.Should().Contain(p => p.Contains("kind 'kira-kira' tidak dikenal"));
        problems.Should().Contain(p => p.Contains("kelas {jam} tidak dikenal"));
        problems.Should().Contain(p => p.Contains("P.ZZ.1.a tidak ada di katalog"));
        problems.Should().Contain(p => p.Contains("aturan umum tak dikenal 'tidak_ada'"));
    }
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>The checker's verdict follows an evaluator: elements count only when realised and proven; a core gap blocks
/// kuat, a supporting gap is a suggestion; kuat ⇔ no error and no warning; every error and warning names its defect.</summary>
public class CalibrationTests
{
    private static QuestionResult Check(string id, string text, string? answer = null) => TestData.Checker.Check(id, text, answer);

    private const string ShortComplete =
        "Tim Kerja Pembangunan Zona Integritas telah dibentuk dengan Keputusan Kepala Kantor\nNomor:\nKEP-12/KPN.1702/2024\n" +
        "tanggal 15 Januari 2024, berdasarkan rapat pembentukan tim tanggal 10 Januari 2024 (undangan, daftar hadir dan notulen rapat terlampir).";

    [Fact]
    public void A_short_complete_yes_no_narrative_is_kuat()
    {
        var r = Check("P.MP.1.a", ShortComplete, "Ya");
        r.Status.Should().Be(NarrativeStatus.Kuat, string.Join("; ", r.Findings.Select(f => f.Message)));
        r.Findings.Should().OnlyContain(f => f.Severity == Severity.Saran);
        r.Words.Should().BeLessThan(40);
    }

    [Fact]
    public void A_core_element_that_is_only_a_draft_or_negated_is_not_realised()
    {
        var draft = Check("P.MP.1.a", "Belum ada SK pembentukan tim; rancangan SK Nomor KEP-12/KPN.1702/2024 masih menunggu penandatanganan Kepala Kantor. Bukti: notulen rapat 10 Januari 2024.", "Ya");
        draft.Status.Should().NotBe(NarrativeStatus.Kuat);
        draft.Findings.Should().Contain(f => f.Rule == "unsur.sk_tim" && f.Defect == Defects.NotRealised && f.Severity == Severity.Warning);
        // The same decree signed is realised.
        Check("P.MP.1.a", ShortComplete, "Ya").Findings.Should().NotContain(f => f.Rule == "unsur.sk_tim");
    }

    [Fact]
    public void A_plan_beside_realised_core_work_is_a_suggestion_and_a_plan_only_narrative_is_not_kuat()
    {
        var beside = Check("P.MP.1.a", ShortComplete + " Pada tahun yang akan datang tim akan diperluas.", "Ya");
        beside.Status.Should().Be(NarrativeStatus.Kuat);
        beside.Findings.Where(f => f.Rule == "terlaksana").Should().OnlyContain(f => f.Severity == Severity.Saran);

        var planOnly = Check("P.MP.1.a", "Tim Kerja Pembangunan ZI akan dibentuk dengan SK Kepala Kantor yang dijadwalkan terbit pada Maret 2025.", "Ya");
        planOnly.Status.Should().NotBe(NarrativeStatus.Kuat);
        planOnly.Findings.Should().Contain(f => f.Rule == "terlaksana" && f.Defect == Defects.NotRealised);
    }

    [Fact]
    public void A_quality_word_does_not_prove_an_element_that_facts_must_show()
    {
        // P.MP.3.b: monitoring by the leadership, "berkala" as an element.
        const string claim = "Monitoring dan evaluasi pembangunan ZI dipimpin Kepala Kantor dan dilaksanakan secara berkala. Hasilnya dituangkan dalam laporan monev.";
        Check("P.MP.3.b", claim, "A").Missing.Select(m => m.Id).Should().Contain("berkala");
        const string facts = "Monitoring dan evaluasi pembangunan ZI dipimpin Kepala Kantor dan dilaksanakan secara berkala pada 28 Maret, 27 Juni, 26 September dan 19 Desember 2024. Hasilnya dituangkan dalam laporan monev.";
        Check("P.MP.3.b", facts, "A").Covered.Select(m => m.Id).Should().Contain("berkala");
    }

    [Fact]
    public void Behind_the_lowest_answer_checklist_gaps_are_suggestions()
    {
        const string text = "Unit kerja belum membentuk tim pembangunan ZI. Pembentukan tim direncanakan pada tahun 2025 setelah penetapan unit pengusul.";
        Check("P.MP.1.a", text, "Tidak").Findings.Should().NotContain(f => f.Rule.StartsWith("unsur.") && f.Severity != Severity.Saran);
        Check("P.MP.1.a", text, "Ya").Status.Should().NotBe(NarrativeStatus.Kuat);
    }

    [Fact]
    public void Kuat_if_and_only_if_no_error_or_warning()
    {
        foreach (var (id, text, answer) in new[] { ("P.MP.1.a", ShortComplete, "Ya"), ("P.MP.1.a", "Tim akan dibentuk.", "Ya"), ("H.2.a", Narratives.IpkpKuat, (string?)null) })
        {
            var r = Check(id, text, answer);
            (r.Status == NarrativeStatus.Kuat).Should().Be(!r.Findings.Any(f => f.Severity is Severity.Error or Severity.Warning), text);
        }
    }

    [Fact]
    public void Every_error_and_warning_names_a_known_defect()
    {
        var texts = new[] { "Tim ZI akan dibentuk dan berbagai kegiatan telah dilakukan dll. [nomor SK]", "Monitoring dilakukan secara berkala.", Narratives.TimKuat };
        foreach (var q in TestData.Book.Catalog.Questions.Take(40))
            foreach (var t in texts)
                TestData.Checker.Check(q.Id, t).Findings.Where(f => f.Severity != Severity.Saran && !Defects.IsKnown(f.Defect))
                    .Should().BeEmpty(q.Id);
        TestData.Book.GenericRules.Where(r => r.Severity != Severity.Saran).Should().OnlyContain(r => Defects.IsKnown(r.Defect));
    }
}

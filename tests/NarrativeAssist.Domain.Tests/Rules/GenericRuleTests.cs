using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Scoring;
using static NarrativeAssist.Domain.Tests.Rules.Narratives;

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>One true positive and one true negative per generic rule of Data/rules/umum.yaml.</summary>
public class GenericRuleTests
{
    private static QuestionResult Check(string id, string text, string? answer = null) => TestData.Checker.Check(id, text, answer);

    [Fact]
    public void Strong_narratives_are_strong_with_at_most_suggestions()
    {
        foreach (var (id, text) in new[] { ("P.MP.1.a", TimKuat), ("H.2.a", IpkpKuat) })
        {
            var r = Check(id, text, id == "P.MP.1.a" ? "Ya" : null);
            r.Status.Should().Be(NarrativeStatus.Kuat, string.Join("; ", r.Findings.Select(f => f.Message)));
            r.Findings.Where(f => f.Severity != Severity.Saran).Should().BeEmpty();
        }
    }

    [Fact]
    public void Bukti_flags_a_narrative_without_evidence()
    {
        Check("P.MP.1.a", "Kepala kantor telah membentuk tim kerja pembangunan zona integritas yang beranggotakan seluruh seksi, dan tim tersebut bertugas menyusun rencana kerja serta memantau pelaksanaan pembangunan pada setiap area perubahan sepanjang tahun berjalan.")
            .Rules().Should().Contain("bukti");
        Check("P.MP.1.a", TimKuat).Rules().Should().NotContain("bukti");
    }

    [Fact]
    public void Bukti_rinci_asks_for_a_number_date_or_link_with_the_evidence()
    {
        Check("P.MP.1.a", "Tim dibentuk dengan surat keputusan kepala kantor dan rapat pembentukannya dicatat dalam notulen.")
            .Rules().Should().Contain("bukti_rinci");
        Check("P.MP.1.a", TimKuat).Rules().Should().NotContain("bukti_rinci");
    }

    [Fact]
    public void Terlaksana_flags_plans_written_as_if_done()
    {
        var r = Check("P.MP.1.a", TimKuat + " Ke depan tim akan diperluas dan diharapkan semakin solid.");
        r.Findings.Where(f => f.Rule == "terlaksana").Select(f => TimKuat.Length + 1 <= f.Start ? (TimKuat + " Ke depan tim akan diperluas dan diharapkan semakin solid.").Substring(f.Start, f.Length) : "")
            .Should().BeEquivalentTo(["Ke depan", "akan"], "\"diharapkan semakin solid\" hopes for an effect; only the plan is a plan");
        Check("P.MP.1.a", TimKuat + " Harapan pegawai terhadap tim sangat tinggi.").Rules().Should().NotContain("terlaksana");
    }

    [Fact]
    public void Kabur_flags_vague_wording_with_its_span()
    {
        var text = TimKuat + " Tim juga melakukan berbagai kegiatan sosialisasi, rapat, dll.";
        var found = Check("P.MP.1.a", text).Findings.Where(f => f.Rule == "kabur").ToList();
        found.Select(f => text.Substring(f.Start, f.Length)).Should().BeEquivalentTo(["berbagai kegiatan", "dll"]);
        found.Should().OnlyContain(f => f.Message.Contains("kabur") && f.Suggestion.Length > 0);
        Check("P.MP.1.a", TimKuat).Rules().Should().NotContain("kabur");
    }

    [Fact]
    public void Kuantitatif_asks_result_questions_for_numbers_only()
    {
        Check("H.2.a", "Survei persepsi kualitas pelayanan dilaksanakan oleh pihak independen terhadap pengguna layanan dan hasilnya menunjukkan kualitas pelayanan yang sangat baik serta terus membaik dibandingkan periode sebelumnya menurut laporan survei.")
            .Rules().Should().Contain("kuantitatif");
        Check("H.2.a", IpkpKuat).Rules().Should().NotContain("kuantitatif");
        // An upaya question is not asked for numbers.
        Check("P.MP.1.a", "Kepala kantor telah membentuk tim kerja melalui surat keputusan kepala kantor, dengan notulen rapat pembentukan tim sebagai bukti.")
            .Rules().Should().NotContain("kuantitatif");
    }

    [Fact]
    public void Peningkatan_asks_for_a_comparison_only_where_the_question_asks_about_change()
    {
        // H.1.b asks whether performance is better than last year; H.2.a asks for the survey value only.
        const string nko = "Nilai Kinerja Organisasi tahun 2024 sebesar 108,45 % dari target 100 % berdasarkan Laporan Kinerja 2024.";
        Check("H.1.b", nko).Rules().Should().Contain("peningkatan");
        Check("H.1.b", nko + " NKO tahun 2023 sebesar 103,12 %, sehingga capaian 2024 lebih tinggi dibandingkan tahun sebelumnya.").Rules().Should().NotContain("peningkatan");
        Check("H.2.a", IpkpKuat.Replace(", meningkat dari 3,55 pada 2023", "")).Rules().Should().NotContain("peningkatan");
    }

    [Fact]
    public void Peningkatan_angka_wants_both_figures_in_the_sentence()
    {
        Check("H.2.a", IpkpKuat + " Kepuasan pengguna layanan juga meningkat.").Rules().Should().Contain("peningkatan_angka");
        Check("H.2.a", IpkpKuat).Rules().Should().NotContain("peningkatan_angka");
    }

    [Fact]
    public void Length_rules_flag_too_short_and_too_long()
    {
        Check("P.MP.1.a", "Tim sudah dibentuk dengan SK.").Findings.Should().Contain(f => f.Rule == "panjang_minimal" && f.Message.Contains("(5 kata)"));
        var longText = string.Join(" ", Enumerable.Repeat(TimKuat, 10));
        Check("P.MP.1.a", longText).Rules().Should().Contain("panjang_maksimal");
        Check("P.MP.1.a", TimKuat).Rules().Should().NotContain("panjang_minimal").And.NotContain("panjang_maksimal");
    }

    [Fact]
    public void Konsisten_jawaban_wants_a_top_answer_meaning_all_to_show_all()
    {
        // P.MP.1.b option A: "… mewakili seluruh unsur dalam unit kerja".
        var partial = "Anggota tim dipilih melalui seleksi terbuka berdasarkan kertas kerja penilaian tanggal 2 Januari 2024 dengan mekanisme yang ditetapkan dalam notulen rapat; perwakilan sebagian seksi ikut dalam tim.";
        Check("P.MP.1.b", partial, "A").Rules().Should().Contain("konsisten_jawaban");
        Check("P.MP.1.b", partial + " Tim mewakili seluruh unsur unit kerja.", "A").Rules().Should().NotContain("konsisten_jawaban");
        Check("P.MP.1.b", partial, "B").Rules().Should().NotContain("konsisten_jawaban");
    }

    [Fact]
    public void Jawaban_terendah_questions_a_long_narrative_behind_the_lowest_answer()
    {
        Check("P.MP.1.b", TimKuat + " " + TimKuat, "C").Rules().Should().Contain("jawaban_terendah");
        Check("P.MP.1.b", TimKuat + " " + TimKuat, "A").Rules().Should().NotContain("jawaban_terendah");
    }

    [Fact]
    public void Tidak_berkala_flags_wording_that_admits_the_top_criterion_is_unmet()
    {
        Check("P.MP.3.b", "Monitoring dan evaluasi pembangunan ZI dilakukan oleh pimpinan namun tidak secara berkala.").Rules().Should().Contain("tidak_berkala");
        Check("P.MP.3.b", "Monitoring dan evaluasi pembangunan ZI dilakukan pimpinan secara berkala setiap bulan.").Rules().Should().NotContain("tidak_berkala");
    }

    [Fact]
    public void An_empty_narrative_is_kosong_with_every_element_missing()
    {
        var r = Check("P.MP.1.a", "   ");
        r.Status.Should().Be(NarrativeStatus.Kosong);
        r.Score.Should().Be(0);
        r.Missing.Should().HaveCount(TestData.Book.ChecklistFor("P.MP.1.a").Elements.Count);
    }

    [Fact]
    public void Unknown_question_and_wrong_answer_are_refused_in_Indonesian()
    {
        FluentActions.Invoking(() => Check("P.XX.9.z", "teks")).Should().Throw<UnknownQuestionException>().WithMessage("*tidak ada di LKE*");
        FluentActions.Invoking(() => Check("P.MP.1.a", "teks", "B")).Should().Throw<InvalidAnswerException>().WithMessage("*Ya, Tidak*");
    }

    [Fact]
    public void A_weak_narrative_gets_the_findings_an_evaluator_would_give()
    {
        var r = Check("P.MP.1.a", "Tim ZI akan dibentuk dan berbagai kegiatan telah dilakukan dll.", "Ya");
        r.Status.Should().Be(NarrativeStatus.Lemah);
        r.Rules().Should().Contain(["bukti", "terlaksana", "kabur", "panjang_minimal", "unsur.sk_tim"]);
        r.Findings.Should().OnlyContain(f => f.Suggestion.Length > 0);
    }
}

public class PlaceholderRuleTests
{
    [Fact]
    public void Unfilled_template_placeholders_are_errors()
    {
        var text = Narratives.TimKuat + " Tim ditetapkan dengan SK [nomor SK] tanggal [tanggal].";
        var found = TestData.Checker.Check("P.MP.1.a", text).Findings.Where(f => f.Rule == "placeholder").Select(f => text.Substring(f.Start, f.Length));
        found.Should().Equal("[nomor SK]", "[tanggal]");
        TestData.Checker.Check("P.MP.1.a", Narratives.TimKuat + " Lihat lampiran [1].").Findings.Should().NotContain(f => f.Rule == "placeholder");
    }
}

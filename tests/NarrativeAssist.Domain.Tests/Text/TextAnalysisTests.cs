using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Tests.Text;

public class TextAnalysisTests
{
    [Theory]
    [InlineData("membentuk", "dibentuk")]
    [InlineData("pembentukan", "membentuk")]
    [InlineData("meningkat", "peningkatan")]
    [InlineData("perencanaan", "direncanakan")]
    [InlineData("menurun", "penurunan")]
    [InlineData("menerapkan", "diterapkan")]
    [InlineData("pelayanan", "melayani")]
    public void Affixed_forms_share_a_stem(string a, string b) =>
        IndonesianStemmer.Stem(a).Matches(IndonesianStemmer.Stem(b)).Should().BeTrue();

    [Theory]
    [InlineData("pelatihan", "pelayanan")]
    [InlineData("anggaran", "anggota")]
    public void Unrelated_words_do_not_match(string a, string b) =>
        IndonesianStemmer.Stem(a).Matches(IndonesianStemmer.Stem(b)).Should().BeFalse();

    [Theory]
    [InlineData("3,45", 3.45, 2)]
    [InlineData("1.250", 1250, 0)]
    [InlineData("1.250,5", 1250.5, 1)]
    [InlineData("3.45", 3.45, 2)]
    [InlineData("95", 95, 0)]
    public void Indonesian_numbers_are_read(string text, double value, int decimals)
    {
        IndonesianNumber.TryParse(text, out var v, out var d).Should().BeTrue();
        v.Should().Be(value);
        d.Should().Be(decimals);
    }

    [Fact]
    public void Entities_are_recognised_without_double_counting()
    {
        var t = "IKM naik dari 3,21 pada tahun 2023 menjadi 95 % dan 96 persen; SK Nomor KEP-12/WPB.10/2024 tanggal 5 Januari 2024, dilaporkan setiap triwulan di https://s.id/zi.";
        var e = EntityRecognizer.Recognize(t);
        e.Select(x => (x.Kind, t.Substring(x.Start, x.Length))).Should().Equal(
            (EntityKind.Angka, "3,21"), (EntityKind.Tahun, "2023"), (EntityKind.Persen, "95 %"), (EntityKind.Persen, "96 persen"),
            (EntityKind.Nomor, "Nomor KEP-12/WPB.10/2024"), (EntityKind.Tanggal, "5 Januari 2024"), (EntityKind.Periode, "setiap triwulan"),
            (EntityKind.Tautan, "https://s.id/zi"));
        e.Single(x => x.Kind == EntityKind.Tanggal).Year.Should().Be(2024);
        e.First(x => x.Kind == EntityKind.Persen).Value.Should().Be(95);
    }

    [Fact]
    public void Sentences_do_not_break_inside_numbers_or_abbreviations()
    {
        var t = AnalyzedText.Analyze("Nilai 3.45 dicapai. SK No. 12 ditetapkan oleh Kepala Kantor. Jl. Merdeka No. 1 adalah alamatnya.");
        t.Sentences.Should().HaveCount(3);
    }

    [Fact]
    public void Phrase_patterns_match_across_affixes_and_exact_patterns_do_not()
    {
        var t = AnalyzedText.Analyze("Tim dibentuk melalui surat keputusan. Harapan pegawai tinggi.");
        Pattern.Compile("pembentukan").Find(t).Should().ContainSingle();
        Pattern.Compile("surat keputusan").Find(t).Should().ContainSingle();
        Pattern.Compile("=diharapkan").Find(t).Should().BeEmpty();
        Pattern.Compile("{tanggal}").Find(t).Should().BeEmpty();
        FluentActions.Invoking(() => Pattern.Compile("{jam}")).Should().Throw<FormatException>().WithMessage("*tidak dikenal*");
    }
}

public class LineBreakSentenceTests
{
    [Fact]
    public void A_wrapped_line_or_a_number_after_Nomor_continues_the_sentence()
    {
        var t = AnalyzedText.Analyze("Tim dibentuk dengan Keputusan Kepala Kantor\nNomor:\nKEP-12/KPN.1702/2024\ntanggal 15 Januari 2024.");
        t.Sentences.Should().ContainSingle();
        t.Entities.Should().Contain(e => e.Kind == EntityKind.Nomor);
    }

    [Fact]
    public void List_items_blank_lines_and_full_stops_end_sentences()
    {
        AnalyzedText.Analyze("Bukti dukung:\n1. SK Tim;\n2. Notulen rapat\n3. Daftar hadir").Sentences.Should().HaveCount(4);
        AnalyzedText.Analyze("Tim telah dibentuk\n\nRencana kerja disusun").Sentences.Should().HaveCount(2);
        AnalyzedText.Analyze("Tim telah dibentuk.\nRencana kerja disusun.").Sentences.Should().HaveCount(2);
        AnalyzedText.Analyze("Kegiatan:\n- sosialisasi\n- rapat").Sentences.Should().HaveCount(3);
    }
}

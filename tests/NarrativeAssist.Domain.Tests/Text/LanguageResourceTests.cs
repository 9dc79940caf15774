using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Tests.Text;

/// <summary>Data/bahasa/istilah.yaml: abbreviations and synonyms widen patterns; fixed roots keep words apart.</summary>
public class LanguageResourceTests
{
    private static int Count(string pattern, string text) => Pattern.Compile(pattern).Find(AnalyzedText.Analyze(text)).Count();

    [Theory]
    [InlineData("kepala kantor", "Rapat dipimpin Kakan dan dihadiri para Kasi.")]
    [InlineData("kepala subbagian tata usaha", "Kasubbag TU menyusun laporan.")]
    [InlineData("penanggung jawab", "PIC setiap area ditetapkan.")]
    [InlineData("seluruh pegawai", "Seluruh personel mengikuti apel.")]
    [InlineData("notulen rapat", "Risalah rapat ditandatangani.")]
    [InlineData("surat keputusan", "SK ditetapkan 5 Januari 2024.")]
    [InlineData("=SK", "Surat Keputusan Kepala Kantor.")]
    public void Abbreviations_and_synonyms_match_their_long_forms(string pattern, string text) => Count(pattern, text).Should().BeGreaterThan(0);

    [Theory]
    [InlineData("kepala kantor", "Kepala seksi menyusun laporan.")]
    [InlineData("pimpinan", "Rapat dipimpin oleh Kasi Pelayanan.")]
    [InlineData("memimpin", "Pimpinan hadir.")]
    public void Unrelated_words_and_kept_apart_roots_do_not_match(string pattern, string text) => Count(pattern, text).Should().Be(0);

    [Fact]
    public void Pimpinan_still_matches_its_own_forms()
    {
        Count("pimpinan", "Arahan pimpinan dan pemimpin unit.").Should().Be(2);
        Count("memimpin", "Kepala Kantor dipimpin … memimpin rapat.").Should().Be(2);
    }
}

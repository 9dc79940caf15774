using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>The "bukti" rule hears evidence named the way officials name it (a detailed evidence statement, a unit
/// document by its number, a publication place that can be opened) and still speaks when only generic words, a bare
/// "terlampir" or a national regulation stand in for evidence.</summary>
public class EvidenceNamingTests
{
    private const string Body = "Standar pelayanan sepuluh jenis layanan dan maklumat pelayanan kantor dipublikasikan di papan informasi ruang tunggu dan banner depan kantor sejak awal tahun.";

    private static IReadOnlyList<string> Rules(string text) =>
        TestData.Checker.Check("P.PP.1.d", text, "Ya").Findings.Select(f => f.Rule).ToList();

    [Theory]
    [InlineData("\nBukti dukung: LHP pemeriksaan Kasi Bimas, buku kendali layanan.")]
    [InlineData("\nBukti dukung: draf Peraturan Direktur tentang Standar Pelayanan.")]
    [InlineData(" Standar pelayanan ditetapkan dengan Keputusan Kakankemenag Nomor 112 Tahun 2023.")]
    [InlineData(" Usulan disampaikan dengan surat S-112/WPJ.14/KP.08/2024.")]
    [InlineData(" Maklumat juga diunggah di Instagram @kuatanjungmekar.")]
    [InlineData(" Capaian ditayangkan pada website pn-muarasekayu.go.id sejak Maret 2024.")]
    public void Evidence_named_as_officials_name_it_is_heard(string tail) =>
        Rules(Body + tail).Should().NotContain("bukti");

    [Theory]
    [InlineData("\nBukti dukung: dokumen sosialisasi.")]
    [InlineData("\nBukti dukung: terlampir.")]
    [InlineData("\nData dukung: dokumen terkait.")]
    [InlineData(" Pelayanan mengacu pada Peraturan Menteri PANRB Nomor 15 Tahun 2014.")]
    [InlineData(" Sosialisasi dilakukan melalui website dan media sosial.")]
    public void Generic_words_a_bare_attachment_or_a_national_regulation_are_no_evidence(string tail) =>
        Rules(Body + tail).Should().Contain("bukti");
}

using NarrativeAssist.Domain.Library;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Tests.Library;

public class AnonymizerTests
{
    private static readonly AnonymizationContext Kppn = AnonymizationContext.From(
        UnitProfileParser.Parse(File.ReadAllText(Path.Combine(TestData.RepoRoot, "templates", "units", "contoh.yaml")), TestData.Book.Catalog.AreaCodes));

    [Fact]
    public void Replaces_unit_people_decree_phone_email_address_and_amounts()
    {
        const string text = "Kepala KPPN Contoh, Budi Santoso, membentuk tim melalui Surat Keputusan Nomor KEP-12/KPPN.0101/2024 tanggal 8 Januari 2024. "
            + "Ketua tim Dewi Lestari dan Bapak Joko Susilo menghubungi satker melalui 0812-3456-7890 atau (021) 3456789 dan surel zi@kppn-contoh.go.id. "
            + "Kantor di Jl. Merdeka Barat No. 12, Kota Contoh, menyediakan anggaran Rp 12.500.000 untuk kegiatan ini.";
        var r = Anonymizer.Anonymize(text, Kppn);

        r.Text.Should().Be("Kepala [nama unit], [nama orang], membentuk tim melalui Surat Keputusan Nomor [nomor SK] tanggal 8 Januari 2024. "
            + "Ketua tim [nama orang] dan Bapak [nama orang] menghubungi satker melalui [nomor telepon] atau [nomor telepon] dan surel [surel]. "
            + "Kantor di [alamat], menyediakan anggaran [jumlah rupiah] untuk kegiatan ini.");
        r.Replacements.Select(x => x.Kind).Should().Equal("unit", "person", "decree", "person", "person", "phone", "phone", "email", "address", "amount");
        r.Replacements.Should().Contain(x => x.Original == "KEP-12/KPPN.0101/2024" && x.Placeholder == "[nomor SK]");
        foreach (var x in r.Replacements) text.Substring(x.Start, x.Length).Should().Be(x.Original);
    }

    [Fact]
    public void Keeps_public_regulations_existing_placeholders_years_and_plain_numbers()
    {
        const string text = "Sesuai PermenPAN-RB Nomor 90 Tahun 2021 dan PMK Nomor 210/PMK.05/2022, tim [nama unit] melayani 1.250 satker pada 2024 dengan IKM 3,58. Ibu Kota provinsi dekat.";
        var r = Anonymizer.Anonymize(text, Kppn);
        r.Text.Should().Be(text);
        r.Replacements.Should().BeEmpty();
    }

    [Fact]
    public void Finds_decrees_by_their_numbering_and_testimonial_names_without_honorific()
    {
        var r = Anonymizer.Anonymize("SK Kepala Kantor Nomor 800/123/SK/2024 dan ND-45/WPB.12/2024 diterbitkan. Sari menyampaikan apresiasi; Ibu Rina juga.", Kppn);
        r.Text.Should().Be("SK Kepala Kantor Nomor [nomor SK] dan [nomor SK] diterbitkan. [nama orang] menyampaikan apresiasi; Ibu [nama orang] juga.");
    }

    [Fact]
    public void Amounts_in_words_and_international_phone_numbers()
    {
        var r = Anonymizer.Anonymize("Penghematan Rp1,2 miliar dan 350 juta rupiah; hubungi +62 21 3456 7890.");
        r.Text.Should().Be("Penghematan [jumlah rupiah] dan [jumlah rupiah]; hubungi [nomor telepon].");
    }
}

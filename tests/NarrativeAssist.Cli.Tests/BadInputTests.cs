using System.Diagnostics;
using System.IO.Compression;

namespace NarrativeAssist.Cli.Tests;

/// <summary>Every kind of bad input: exit 2, one clear Indonesian message on stderr, no stack trace, no hang.</summary>
public class BadInputTests
{
    private static void ShouldRefuse(Cli.Result r, string expected)
    {
        r.Exit.Should().Be(2);
        r.Err.Should().Contain(expected);
        r.Err.Should().NotContain("Exception").And.NotContain("   at ");
        r.Out.Should().BeEmpty();
    }

    private static Cli.Result Check(string name, byte[] content)
    {
        var sw = Stopwatch.StartNew();
        var r = Cli.Run("check", Cli.TempFile(name, content));
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "bad input must not hang");
        return r;
    }

    private static byte[] Skeleton() => File.ReadAllBytes(Cli.Sample("narasi-contoh.docx"));

    [Fact] public void Empty_file() => ShouldRefuse(Check("kosong.docx", []), "kosong");

    [Fact] public void Not_a_zip() => ShouldRefuse(Check("teks.docx", "ini bukan dokumen Word"u8.ToArray()), "bukan dokumen Word");

    [Fact]
    public void Macro_enabled_document() =>
        ShouldRefuse(Check("makro.docm", ZipSurgery.WithEntry(Skeleton(), "word/vbaProject.bin", [1, 2, 3])), "makro");

    [Fact]
    public void Zip_bomb()
    {
        using var ms = new MemoryStream();
        ms.Write(Skeleton());
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var s = zip.CreateEntry("word/media/nol.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++) s.Write(zeros);
        }
        ms.Length.Should().BeLessThan(2 << 20, "the bomb itself is small");
        ShouldRefuse(Check("bom.docx", ms.ToArray()), "ditolak demi keamanan");
    }

    [Fact]
    public void Fifty_megabyte_document()
    {
        var big = new byte[50 << 20];
        Skeleton().CopyTo(big, 0);
        ShouldRefuse(Check("besar.docx", big), "20 MB");
    }

    [Fact]
    public void Document_without_LKE_content()
    {
        var docx = ZipSurgery.WithEntry(Skeleton(), "word/document.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Undangan rapat hari Senin.</w:t></w:r></w:p></w:body></w:document>
            """u8.ToArray());
        ShouldRefuse(Check("surat.docx", docx), "tidak memuat narasi LKE");
    }

    [Fact]
    public void Missing_file_and_unknown_option_and_command()
    {
        ShouldRefuse(Cli.Run("check", "/tidak/ada.docx"), "Berkas tidak ditemukan");
        ShouldRefuse(Cli.Run("check", Cli.Sample("narasi-contoh.docx"), "--fromat", "json"), "Opsi tidak dikenal: --fromat");
        ShouldRefuse(Cli.Run("periksa"), "Perintah \"periksa\" tidak dikenal");
        ShouldRefuse(Cli.Run("check", Cli.Sample("narasi-contoh.docx"), "--format", "pdf"), "pilih text | json | html");
    }

    [Fact]
    public void Bad_unit_profile_names_field_and_line()
    {
        var profile = Cli.TempText("profil.yaml", "unit:\n  instansi: Kementerian Contoh\n  predikat_target: WBK\n  tahun_penilaian: 2025\n");
        ShouldRefuse(Cli.Run("check", Cli.Sample("narasi-contoh.docx"), "--unit", profile), "unit.nama");
        var latin1 = Cli.TempFile("profil-latin1.yaml", [0x75, 0x6E, 0x69, 0x74, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]);
        ShouldRefuse(Cli.Run("check", Cli.Sample("narasi-contoh.docx"), "--unit", latin1), "bukan teks UTF-8");
    }

    [Fact]
    public void A_word_document_given_to_score_is_named_and_the_right_file_and_command_suggested()
    {
        var r = Cli.Run("score", Cli.Sample("narasi-contoh.docx"));
        ShouldRefuse(r, "adalah paket Office atau zip");
        r.Err.Should().Contain("jawaban-contoh.yaml").And.Contain("perintah check").And.NotContain("Notepad");
        var pdf = Cli.TempFile("jawaban.pdf", "%PDF-1.7\n"u8.ToArray());
        ShouldRefuse(Cli.Run("score", pdf), "adalah dokumen PDF");
    }
}

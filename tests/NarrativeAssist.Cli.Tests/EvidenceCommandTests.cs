using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NarrativeAssist.Domain;

namespace NarrativeAssist.Cli.Tests;

public class EvidenceCommandTests
{
    private static byte[] ZipOf(params (string Name, string Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var z = new ZipArchive(ms, ZipArchiveMode.Create, true))
            foreach (var (name, content) in entries)
                using (var s = z.CreateEntry(name).Open()) s.Write(Encoding.UTF8.GetBytes(content));
        return ms.ToArray();
    }

    [Fact]
    public void Skeleton_writes_a_zip_with_a_folder_and_guide_per_question()
    {
        var output = Path.Combine(Path.GetTempPath(), $"na-{Guid.NewGuid():N}.zip");
        try
        {
            var r = Cli.Run("bukti", "kerangka", "-o", output);
            r.Exit.Should().Be(0, r.Err);
            using var zip = ZipFile.OpenRead(output);
            zip.Entries.Where(e => e.Name == "Bukti dukung yang lazim.txt").Should().HaveCount(BuiltInData.Catalog.Questions.Count);
            zip.Entries.Should().Contain(e => e.FullName == "AREA I - Manajemen Perubahan/i. Penyusunan Tim Kerja/1.i.a Unit kerja telah membentuk tim/");
        }
        finally { File.Delete(output); }
    }

    [Fact]
    public void Check_of_a_zip_against_the_sample_narratives_prints_the_table_and_what_to_do()
    {
        var zip = Cli.TempFile("bukti.zip", ZipOf(
            ("ZI 2025/AREA I/i. Penyusunan Tim Kerja/1.i.a Undangan rapat pembentukan tim.pdf", "%PDF-1.4 undangan"),
            ("ZI 2025/AREA I/i. Penyusunan Tim Kerja/1.i.a daftar hadir.pdf", ""),
            ("ZI 2025/AREA I/i. Penyusunan Tim Kerja/1.i.a foto senam.jpg", "bukan jpeg"),
            ("ZI 2025/AREA I/i. Penyusunan Tim Kerja/1.i.b kertas kerja seleksi.xlsm", "PK isi")));
        var r = Cli.Run("bukti", "periksa", zip, "--narasi", Cli.Sample("narasi-contoh.docx"));

        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().StartWith("Pemeriksaan folder bukti dukung — bukti.zip: 4 berkas");
        r.Out.Should().Contain("1.i.a          P.MP.1.a        3      2           0            0          2  perlu dibenahi");
        r.Out.Should().Contain("1.i.b          P.MP.1.b        1      0           1            0          1  perlu dibenahi");
        r.Out.Should().Contain("1.ii.a         P.MP.2.a        0      4           0            0          0  dijawab tanpa bukti");
        r.Out.Should().Contain("  Disebut di narasi, belum ada berkasnya:\n    - daftar hadir\n    - notulen rapat\n");
        r.Out.Should().Contain("ZI 2025/AREA I/i. Penyusunan Tim Kerja/1.i.a daftar hadir.pdf: kosong (0 byte)");
        r.Out.Should().Contain("ZI 2025/AREA I/i. Penyusunan Tim Kerja/1.i.a foto senam.jpg: tidak dapat dibuka");
        r.Out.Should().Contain("1.i.b kertas kerja seleksi.xlsm: mengandung makro");
        r.Out.Should().NotContain("https://", "evidence kept behind a link is not looked for in the folder");
    }

    [Fact]
    public void Check_of_a_windows_listing_reports_placement_without_opening_files()
    {
        // PowerShell's ">" writes UTF-16 with a byte-order mark.
        const string text = "D:\\ZI\\AREA I\r\nD:\\ZI\\AREA I\\i. Penyusunan Tim Kerja\r\nD:\\ZI\\AREA I\\i. Penyusunan Tim Kerja\\1.i.a SK Tim.pdf\r\n" +
            "D:\\ZI\\AREA I\\ii. Rencana Pembangunan Zona Integritas\\1.i.a notulen.pdf\r\nD:\\ZI\\lain-lain.pdf\r\n";
        var listing = Cli.TempFile("daftar.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        var r = Cli.Run("bukti", "periksa", listing, "--format", "json");

        r.Exit.Should().Be(0, r.Err);
        using var json = JsonDocument.Parse(r.Out);
        json.RootElement.GetProperty("contentInspected").GetBoolean().Should().BeFalse();
        var q = json.RootElement.GetProperty("questions").EnumerateArray().First(e => e.GetProperty("questionId").GetString() == "P.MP.1.a");
        q.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Equal("ZI/AREA I/i. Penyusunan Tim Kerja/1.i.a SK Tim.pdf");
        var misplaced = q.GetProperty("misplaced").EnumerateArray().Single();
        misplaced.GetProperty("path").GetString().Should().Be("ZI/AREA I/ii. Rencana Pembangunan Zona Integritas/1.i.a notulen.pdf");
        misplaced.GetProperty("sitsIn").GetString().Should().Be("P.MP.2");
        json.RootElement.GetProperty("unplaced").EnumerateArray().Single().GetProperty("path").GetString().Should().Be("ZI/lain-lain.pdf");
    }

    [Fact]
    public void Hostile_or_wrong_input_gets_an_indonesian_message_and_exit_2()
    {
        var traversal = Cli.TempFile("jahat.zip", ZipOf(("../../.bashrc", "x")));
        var r = Cli.Run("bukti", "periksa", traversal);
        r.Exit.Should().Be(2);
        r.Err.Should().Contain("keluar dari folder");

        r = Cli.Run("bukti", "periksa", Path.GetTempPath());
        r.Exit.Should().Be(2);
        r.Err.Should().Contain("adalah folder").And.Contain("dir /s /b");

        r = Cli.Run("bukti", "periksa", Cli.TempFile("biner.txt", [0x00, 0x01, 0x02]));
        r.Exit.Should().Be(2);
        r.Err.Should().Contain("bukan daftar path");

        r = Cli.Run("bukti", "cek");
        r.Exit.Should().Be(2);
        r.Err.Should().Contain("Subperintah \"cek\" tidak dikenal");
    }
}

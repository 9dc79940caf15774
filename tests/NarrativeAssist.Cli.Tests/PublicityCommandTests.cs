using System.Text.Json;

namespace NarrativeAssist.Cli.Tests;

public class PublicityCommandTests
{
    [Fact]
    public void The_sample_log_prints_its_entries_and_the_gaps_past_target()
    {
        var r = Cli.Run("publikasi", "impor", Cli.Sample("publikasi-contoh.csv"), "--hari-ini", "2024-05-31");
        r.Exit.Should().Be(0, r.Err);
        r.Out.Should().StartWith("Log publikasi publikasi-contoh.csv: 150 baris, 150 entri dikenali, 0 dilewati, 0 tautan ganda digabung.");
        r.Out.Should().Contain("  02/04/2024  Media cetak  Siaran pers        Koran Radar Contoh halaman 5: KPPN Contoh perkuat integritas  [P.MP.2.c]");
        r.Out.Should().Contain("  Hari sejak pemberitaan media terakhir: 4");
        r.Out.Should().Contain("  Kanal sepi: Facebook, YouTube");
        r.Out.Should().Contain("    Pemberitaan media: 02/04/2024 – 24/04/2024, 22 hari (target 14)");
        r.Out.Should().Contain("    Facebook: 29/04/2024 – hari ini, 32 hari (target 7)");
        r.Out.Should().NotContain("Masalah per baris");
    }

    [Fact]
    public void Json_output_lists_problem_rows_with_their_line()
    {
        var csv = Cli.TempText("log.csv", "Tanggal,Kanal,Judul,Tautan\n2024-05-02,Instagram,Apel,https://instagram.com/p/A1\n2024-05-03,Pinterest,Papan,\n");
        var r = Cli.Run("publikasi", "impor", csv, "--hari-ini", "2024-05-31", "--format", "json");
        r.Exit.Should().Be(0, r.Err);
        using var json = JsonDocument.Parse(r.Out);
        json.RootElement.GetProperty("entries").GetArrayLength().Should().Be(1);
        var problem = json.RootElement.GetProperty("problems")[0];
        problem.GetProperty("line").GetInt32().Should().Be(3);
        problem.GetProperty("skipped").GetBoolean().Should().BeTrue();
        problem.GetProperty("problems")[0].GetString().Should().StartWith("Kanal 'Pinterest' tidak dikenali");
    }

    [Theory]
    [InlineData("nama,umur\nbudi,3\n", "Kolom tanggal dan tautan tidak ditemukan.")]
    [InlineData("PK\u0003\u0004isi", "adalah buku kerja atau zip, bukan CSV.")]
    public void A_file_that_is_no_publication_log_exits_2_with_an_indonesian_message(string content, string message)
    {
        var r = Cli.Run("publikasi", "impor", Cli.TempText("log.csv", content), "--hari-ini", "2024-05-31");
        r.Exit.Should().Be(2);
        r.Err.Should().Contain(message);
    }

    [Fact]
    public void A_bad_reference_date_is_refused() =>
        Cli.Run("publikasi", "impor", Cli.Sample("publikasi-contoh.csv"), "--hari-ini", "31/05/2024").Err.Should().StartWith("--hari-ini harus tanggal");
}

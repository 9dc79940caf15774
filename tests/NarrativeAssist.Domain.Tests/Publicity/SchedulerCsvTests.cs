using NarrativeAssist.Domain.Publicity;

namespace NarrativeAssist.Domain.Tests.Publicity;

public class SchedulerCsvTests
{
    private static readonly DateOnly Today = new(2024, 6, 30);

    [Fact]
    public void A_meta_business_suite_export_in_english_reads_month_first_and_takes_the_caption_as_title()
    {
        var csv = "\uFEFFPost ID,Page ID,Page name,Title,Description,Publish time,Permalink,Post type,Date,Impressions\n"
            + "17912,1789,KPPN Tanjung,,\"Apel pagi dan ikrar integritas\n#ZonaIntegritas #WBBM\",05/06/2024 07:45,https://www.instagram.com/p/C7AAAAAAAAA/,IG image,Lifetime,512\n"
            + "17913,1789,KPPN Tanjung,Layanan tanpa gratifikasi,,05/07/2024 08:00,https://www.facebook.com/kppntanjung/posts/pfbid0x,Photos,Lifetime,300\n";
        var result = SchedulerCsv.Read(csv, Today);

        result.FileProblems.Should().BeEmpty();
        result.Entries.Select(e => (e.Date, e.Channel, e.Title)).Should().Equal(
            (new DateOnly(2024, 5, 6), PublicationChannel.Instagram, "Apel pagi dan ikrar integritas"),
            (new DateOnly(2024, 5, 7), PublicationChannel.Facebook, "Layanan tanpa gratifikasi"));
    }

    [Fact]
    public void The_teams_own_sheet_with_semicolons_and_indonesian_headers()
    {
        var csv = "Tanggal;Kanal;Jenis;Judul;Tautan;Area;Pertanyaan LKE\n"
            + "13/05/2024;Instagram;Pesan integritas;Tolak gratifikasi;https://instagram.com/p/C1;Manajemen Perubahan;R.MP.2.a, P.PP.1.b\n"
            + "14/05/2024;Media cetak;Siaran pers;KPPN Tanjung di Radar Banjarmasin;;;\n"
            + "15/05/2024;Pinterest;Kegiatan;Papan;;;\n"
            + "16/05/2024;Website;Promosi;Standar pelayanan;https://kppntanjung.go.id/standar;;X.1\n"
            + "31/02/2024;Instagram;Kegiatan;Salah tanggal;;;\n";
        var result = SchedulerCsv.Read(csv, Today);

        result.Entries.Should().HaveCount(3);
        result.Entries[0].Should().BeEquivalentTo(new Publication(new DateOnly(2024, 5, 13), PublicationChannel.Instagram, PublicationKind.IntegrityMessage,
            "https://instagram.com/p/C1", "Tolak gratifikasi", "Manajemen Perubahan", ["R.MP.2.a", "P.PP.1.b"]));
        result.Entries[1].Link.Should().BeNull("a print clipping has no link");
        result.Entries[1].Channel.Should().Be(PublicationChannel.PrintMedia);
        result.Entries[2].Kind.Should().Be(PublicationKind.Activity);

        result.Rows.Single(r => r.Line == 4).Problems.Should().ContainSingle().Which.Should().StartWith("Kanal 'Pinterest' tidak dikenali");
        result.Rows.Single(r => r.Line == 5).Problems.Should().Equal(
            "Jenis 'Promosi' tidak dikenali; dianggap Kegiatan.", "Kode pertanyaan LKE X.1 tidak dikenali, diabaikan.");
        result.Rows.Single(r => r.Line == 6).Problems.Should().Equal("Tanggal '31/02/2024' tidak terbaca.");
    }

    [Fact]
    public void Scheduled_posts_in_a_buffer_export_are_skipped_and_hootsuite_network_names_are_channels()
    {
        var csv = "Date (GMT),Social Network,Message,Post Permalink,Status\n"
            + "2024-05-20T02:00:00Z,Twitter,Pelayanan prima,https://twitter.com/kppn/status/1792000000000000000,Sent\n"
            + "2024-05-21T02:00:00Z,KPPN Tanjung (Instagram),Besok apel,,Scheduled\n";
        var result = SchedulerCsv.Read(csv, Today);

        result.Entries.Should().ContainSingle().Which.Channel.Should().Be(PublicationChannel.X);
        result.Entries[0].Date.Should().Be(new DateOnly(2024, 5, 20));
        result.Rows[1].Problems.Should().Equal("Belum terbit (status 'Scheduled'), dilewati.");
    }

    [Fact]
    public void Mixed_date_orders_are_refused_for_the_whole_file()
    {
        var csv = "Tanggal,Kanal,Judul\n13/05/2024,Instagram,a\n05/13/2024,Instagram,b\n";
        SchedulerCsv.Read(csv, Today).FileProblems.Should().ContainSingle().Which.Should().StartWith("Kolom tanggal mencampur urutan");
    }

    [Theory]
    [InlineData("", "Berkas CSV kosong.")]
    [InlineData("Tanggal;Kanal\n", "Berkas CSV hanya berisi judul kolom, tanpa baris data.")]
    [InlineData("nama,umur\nbudi,3\n", "Kolom tanggal dan tautan tidak ditemukan.")]
    [InlineData("Tanggal,Judul\n2024-05-01,\"tidak ditutup\n2024-05-02,x\n", "Berkas CSV tidak dapat dibaca")]
    public void Broken_files_get_one_indonesian_problem(string csv, string problem)
    {
        var result = SchedulerCsv.Read(csv, Today);
        result.Entries.Should().BeEmpty();
        result.FileProblems.Should().ContainSingle().Which.Should().StartWith(problem);
    }
}

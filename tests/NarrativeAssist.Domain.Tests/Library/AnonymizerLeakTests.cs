using NarrativeAssist.Domain.Library;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Tests.Library;

/// <summary>Issue 13, attack 2: each class of personal data that reached the shared library through draft → confirm.
/// Every case names what must disappear and the placeholder kind it becomes.</summary>
public class AnonymizerLeakTests
{
    /// <summary>A unit like the one attacked: its profile names the pimpinan with "Dr." and degrees; a member is listed by display name.</summary>
    private static readonly AnonymizationContext TanjungSelor = AnonymizationContext.From(
        new UnitProfile
        {
            Unit = new UnitInfo
            {
                Nama = "KPPN Tanjung Selor", Instansi = "Kementerian Keuangan", Alamat = "Jl. Sengkawit No. 1, Tanjung Selor",
                Pimpinan = new Pimpinan("Dr. Ahmad Fauzi, S.E., M.M.", "Kepala Kantor"), PredikatTarget = Predikat.WBBM, TahunPenilaian = 2025,
            },
        },
        ["KPPN Tanjung Selor", "KPPN Tarakan"], ["Rina Marlina Putri"]);

    public static TheoryData<string, string, string> Leaks => new()
    {
        { "NIP pegawai 199002152014022003 ditetapkan.", "199002152014022003", ReplacementKinds.Nip },
        { "Agen perubahan dengan NIP 19900215 201402 2 003 hadir.", "19900215 201402 2 003", ReplacementKinds.Nip },
        { "Pemohon dengan NIK 6501024508900003 dilayani.", "6501024508900003", ReplacementKinds.Identity },
        { "Rapat dipimpin Drs. Ahmad Fauzi, M.M. pada pagi hari.", "Ahmad Fauzi", ReplacementKinds.Person },
        { "SAMBUTAN BAPAK AHMAD FAUZI DIBACAKAN.", "AHMAD FAUZI", ReplacementKinds.Person },
        { "Laporan disusun Rina Marlina Putri dan diperiksa ulang.", "Rina Marlina Putri", ReplacementKinds.Person },
        { "Tim dibentuk dengan SK 12/SK-KPPN.1234/2023 tanggal 3 Januari.", "12/SK-KPPN.1234/2023", ReplacementKinds.Decree },
        { "Keputusan Kepala Kantor No 45 Tahun 2023 mengatur piket.", "45 Tahun 2023", ReplacementKinds.Decree },
        { "Kantor kami di jalan Yos Sudarso nomor 3, Tanjung Selor menerima tamu.", "Yos Sudarso nomor 3, Tanjung Selor", ReplacementKinds.Address },
        { "Kantor kami di jalan yos sudarso no 3 menerima tamu.", "yos sudarso no 3", ReplacementKinds.Address },
        { "Pengaduan lewat https://wa.me/6281234567890 dijawab cepat.", "wa.me/6281234567890", ReplacementKinds.Link },
        { "Kirim berkas ke layanan.kppn[at]gmail[dot]com sebelum pukul 15.00.", "layanan.kppn[at]gmail[dot]com", ReplacementKinds.Email },
        { "Kirim berkas ke nama (at) gmail.com hari ini.", "nama (at) gmail.com", ReplacementKinds.Email },
        { "Informasi ada di kppntanjungselor.kemenkeu.go.id dan media sosial.", "kppntanjungselor.kemenkeu.go.id", ReplacementKinds.Link },
        { "Inovasi KPPN TJS direplikasi unit lain.", "KPPN TJS", ReplacementKinds.Unit },
        { "Kami belajar dari KPPN Tarakan yang lebih dulu WBBM.", "KPPN Tarakan", ReplacementKinds.Unit },
        { "Surat diantar bpk. Joko Susilo ke kantor.", "Joko Susilo", ReplacementKinds.Person },
        { "Pasien ditangani dr. Maria Ulfa, Sp.PD. dengan ramah.", "Maria Ulfa", ReplacementKinds.Person },
        { "Kepala Seksi Bank, Yohana Sirait, menyampaikan materi.", "Yohana Sirait", ReplacementKinds.Person },
        { "Sertipikat Hak Milik Nomor 01234/Tanjung Selor Hilir selesai dalam 5 hari.", "01234", ReplacementKinds.Certificate },
        { "Mobil layanan KB 1234 AB berkeliling ke desa.", "KB 1234 AB", ReplacementKinds.Plate },
        { "Penghematan anggaran mencapai IDR 125.000.000 setahun.", "IDR 125.000.000", ReplacementKinds.Amount },
        { "Ikuti @kppn_tanjung untuk kabar terbaru.", "@kppn_tanjung", ReplacementKinds.Handle },
        { "Hubungi 0812-5432-1098 atau +62 552 21234.", "0812-5432-1098", ReplacementKinds.Phone },
        { "Wilayah kerja meliputi Bulungan, Malinau dan Nunukan.", "Bulungan", ReplacementKinds.Region },
        { "Unit ini melayani satker di Kalimantan Utara.", "Kalimantan Utara", ReplacementKinds.Region },
    };

    [Theory]
    [MemberData(nameof(Leaks))]
    public void Identifying_data_does_not_survive(string text, string secret, string kind)
    {
        var r = Anonymizer.Anonymize(text, TanjungSelor);

        r.Text.Should().NotContain(secret);
        r.Replacements.Should().Contain(x => x.Original.Contains(secret, StringComparison.Ordinal) && x.Kind == kind,
            $"\"{secret}\" should be replaced as {kind}; got {string.Join("; ", r.Replacements.Select(x => x.Kind + ":" + x.Original))}");
        foreach (var x in r.Replacements) text.Substring(x.Start, x.Length).Should().Be(x.Original);
    }

    [Fact]
    public void The_attack_narrative_keeps_none_of_its_thirteen_items()
    {
        const string text = "Pembangunan ZI di KPPN Tanjung Selor dipimpin langsung oleh Drs. Ahmad Fauzi (NIP 197805122003121002). "
            + "SAMBUTAN BAPAK AHMAD FAUZI menegaskan komitmen; agen perubahan Rina Marlina Putri (NIP 19900215 201402 2 003) menyusun rencana aksi "
            + "berdasarkan SK 12/SK-KPPN.1234/2023. Layanan tatap muka di jalan Yos Sudarso nomor 3, Tanjung Selor; konsultasi lewat wa.me/6281350001234 "
            + "atau layanan[at]gmail.com, informasi di kppntanjungselor.kemenkeu.go.id. Inovasi KPPN TJS kini dipelajari KPPN Tarakan.";
        var r = Anonymizer.Anonymize(text, TanjungSelor);

        string[] secrets = ["Tanjung Selor", "Ahmad Fauzi", "AHMAD FAUZI", "197805122003121002", "Rina Marlina Putri", "19900215 201402 2 003", "12/SK-KPPN.1234/2023",
            "Yos Sudarso", "6281350001234", "layanan[at]gmail.com", "kppntanjungselor", "TJS", "Tarakan"];
        foreach (var s in secrets) r.Text.Should().NotContain(s);
    }

    [Theory]
    [InlineData("Sesuai PermenPAN-RB Nomor 90 Tahun 2021 tentang Pembangunan Zona Integritas.")]
    [InlineData("Standar pelayanan mengacu pada UU No. 25 Tahun 2009 tentang Pelayanan Publik.")]
    [InlineData("Perpres Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi menjadi dasar.")]
    [InlineData("PMK Nomor 210/PMK.05/2022 mengatur tata cara pembayaran.")]
    [InlineData("Pengaduan juga dapat disampaikan melalui lapor.go.id setiap saat.")]
    [InlineData("Layanan buka 24/7 dan survei dilakukan triwulan III 2024 pada 12/03/2024.")]
    public void Public_regulations_and_plain_facts_stay(string text)
    {
        var r = Anonymizer.Anonymize(text, TanjungSelor);
        r.Replacements.Should().BeEmpty();
        r.Text.Should().Be(text);
    }

    [Fact]
    public void Marked_spans_are_replaced_everywhere_whatever_the_case()
    {
        var context = TanjungSelor.With(marked: [new MarkedSpan("Pak Kades Ujang", ReplacementKinds.Person), new MarkedSpan("Pos Terpadu Sengkawit", "unit")]);
        var r = Anonymizer.Anonymize("Pak Kades Ujang hadir di Pos Terpadu Sengkawit; PAK KADES UJANG memberi sambutan.", context);
        r.Text.Should().Be("[nama orang] hadir di [nama unit]; [nama orang] memberi sambutan.");
    }
}

namespace NarrativeAssist.Domain.Tests.Rules;

/// <summary>Narratives as a TPN evaluator would read them: a strong one per kind of question, and variations.</summary>
internal static class Narratives
{
    public const string TimKuat =
        "Kepala KPPN Contoh telah membentuk Tim Kerja Pembangunan Zona Integritas melalui Surat Keputusan Kepala KPPN " +
        "Nomor KEP-12/KPN.1201/2024 tanggal 5 Januari 2024. Tim beranggotakan 24 pegawai yang mewakili seluruh seksi dan subbagian, " +
        "dipilih melalui seleksi terbuka. Pembentukan tim dibahas dalam rapat tanggal 3 Januari 2024 yang dihadiri seluruh pejabat, " +
        "dibuktikan dengan undangan, daftar hadir dan notulen rapat (tautan https://s.id/zi-kppn). Tim bertugas menyusun rencana kerja, " +
        "melaksanakan dan memantau pembangunan ZI pada keenam area perubahan.";

    public const string IpkpKuat =
        "Survei persepsi kualitas pelayanan dilaksanakan pada Oktober 2024 oleh tim independen Universitas Contoh terhadap 400 responden " +
        "pengguna layanan dengan metode wawancara dan kuesioner. Indeks Persepsi Kualitas Pelayanan (IPKP) KPPN Contoh sebesar 3,79 (skala 4), " +
        "meningkat dari 3,55 pada 2023. Unsur dengan nilai terendah, yaitu kecepatan layanan, ditindaklanjuti dengan penambahan loket " +
        "pada November 2024 sesuai rencana tindak lanjut hasil survei. Laporan hasil survei Nomor LAP-45/KPN.1201/2024 tanggal 30 Oktober 2024 terlampir.";
}

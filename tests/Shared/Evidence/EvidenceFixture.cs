using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Tests;

/// <summary>An evidence folder with every kind of problem the check reports, as a unit keeps it: Windows and POSIX
/// paths, mixed case, a root named after the year, extra folders inside question folders, a sub-area kept without
/// question folders. Shared with the Documents tests, which build the same tree as a real zip.</summary>
public static class EvidenceFixture
{
    public const string Root = @"D:\Data ZI\ZONA INTEGRITAS 2025\";
    public const string TimKerja = Root + @"AREA I - Manajemen Perubahan\i. Penyusunan Tim Kerja\";
    public const string Q1a = TimKerja + @"1.i.a Unit kerja telah membentuk tim\";

    /// <summary>Path → what the reader found in the file.</summary>
    public static readonly (string Path, FileCondition Condition)[] Files =
    [
        (Q1a + "1.i.a SK Tim Kerja ZI 2025.pdf", FileCondition.Readable),
        (Q1a + @"Scan\UNDANGAN rapat Pembentukan Tim.PDF", FileCondition.Readable),
        (Q1a + "foto kegiatan senam pagi.jpg", FileCondition.Readable),
        (Q1a + "1.i.b Notulen pemilihan anggota tim.pdf", FileCondition.Readable),
        (TimKerja + "Thumbs.db", FileCondition.Readable),
        (Q1a + "Bukti dukung yang lazim.txt", FileCondition.Readable),
        ("ZONA INTEGRITAS 2025/area i/ii. Rencana Pembangunan Zona Integritas/1.ii.a rencana kerja ZI 2025.pdf", FileCondition.Readable),
        ("ZONA INTEGRITAS 2025/area i/ii. Rencana Pembangunan Zona Integritas/Notulen rapat.pdf", FileCondition.Readable),
        (Root + @"AREA II - Penataan Tatalaksana\i. Prosedur Operasional Tetap (SOP) Kegiatan Utama\2.i.a SOP mengacu peta proses\2.i.a peta proses bisnis.pdf", FileCondition.Empty),
        (Root + @"AREA II - Penataan Tatalaksana\i. Prosedur Operasional Tetap (SOP) Kegiatan Utama\2.i.b SOP diterapkan\penerapan SOP.pdf", FileCondition.Unreadable),
        (Root + @"AREA III - SDM\iii. Pengembangan Pegawai Berbasis Kompetensi\a. Training Need Analysis\video pelatihan.mp4", FileCondition.Oversized),
        (Root + @"AREA III - SDM\iii. Pengembangan Pegawai Berbasis Kompetensi\b. rencana pengembangan kompetensi\rekap kinerja pegawai.xlsm", FileCondition.Readable),
        (Root + @"AREA I - Manajemen Perubahan\Reform i. Komitmen dalam Perubahan\Reform 1.i.a Agen perubahan membuat perubahan konkret\laporan perubahan konkret agen perubahan.pdf", FileCondition.Readable),
        ("ZONA INTEGRITAS 2025/HASIL/H.1.a Nilai Survey Persepsi Korupsi/laporan survei IPAK 2025.pdf", FileCondition.Readable),
        (Root + "catatan rapat tim.docx", FileCondition.Readable),
    ];

    public static readonly NarrativeInput[] Narratives =
    [
        new("P.MP.1.a", "Unit kerja telah membentuk Tim Kerja Pembangunan ZI melalui SK Kepala Kantor Nomor KEP-12/2025 tanggal 6 Januari 2025.\n" +
            "Bukti dukung: SK Tim Kerja ZI, undangan rapat pembentukan tim, daftar hadir rapat pembentukan tim.", "Ya"),
        new("P.MP.1.b", "Anggota tim dipilih melalui seleksi terbuka oleh pimpinan pada 3 Januari 2025. " +
            "Bukti dukung: notulen pemilihan anggota tim, kertas kerja penilaian calon anggota.", "A"),
        new("P.MP.2.a", "Rencana kerja pembangunan ZI 2025 ditetapkan Kepala Kantor pada 10 Januari 2025. Bukti dukung: rencana kerja ZI 2025.", "Ya"),
        new("P.MP.3.b", "Monitoring dan evaluasi dilakukan setiap triwulan oleh Tim Kerja ZI pada Maret dan Juni 2025. " +
            "Bukti dukung: laporan monev triwulan I, notulen rapat evaluasi.", "B"),
        new("P.MP.4.b", "Agen perubahan belum ditetapkan.", "C"),
        new("P.TL.1.a", "Seluruh 12 SOP kegiatan utama disusun mengacu pada peta proses bisnis yang ditetapkan Kepala Kantor pada 2 Februari 2025. " +
            "Bukti dukung: peta proses bisnis instansi, daftar SOP kegiatan utama.", "A"),
        new("R.MP.1.a", "Agen perubahan membuat 4 perubahan konkret pada 2025. Bukti dukung: laporan perubahan konkret agen perubahan.", "100"),
    ];

    /// <summary>A path as the report shows it: "/" separators, no drive.</summary>
    public static string D(string path) => string.Join('/', EvidencePath.Segments(path));

    private static QuestionEvidence Q(string id, string label, string[]? files = null, bool answered = false, bool noEvidence = false,
        string[]? missing = null, string[]? notNamed = null, MisplacedFile[]? misplaced = null, FileNote[]? problems = null) =>
        new(id, label, (files ?? []).Select(D).ToList(), answered, noEvidence, missing ?? [], (notNamed ?? []).Select(D).ToList(),
            misplaced ?? [], problems ?? []);

    /// <summary>The questions of the report with files, an answer or a finding, in LKE order.</summary>
    public static QuestionEvidence[] ExpectedQuestions()
    {
        const string q1a = Q1a;
        const string root = Root;
        const string sop = root + @"AREA II - Penataan Tatalaksana\i. Prosedur Operasional Tetap (SOP) Kegiatan Utama\";
        const string sdm = root + @"AREA III - SDM\iii. Pengembangan Pegawai Berbasis Kompetensi\";
        return
        [
            Q("P.MP.1.a", "1.i.a", [q1a + "1.i.a SK Tim Kerja ZI 2025.pdf", q1a + "foto kegiatan senam pagi.jpg", q1a + @"Scan\UNDANGAN rapat Pembentukan Tim.PDF"],
                answered: true, missing: ["daftar hadir rapat pembentukan tim"], notNamed: [q1a + "foto kegiatan senam pagi.jpg"]),
            Q("P.MP.1.b", "1.i.b", answered: true, noEvidence: true, missing: ["kertas kerja penilaian calon anggota"],
                misplaced: [new(D(q1a + "1.i.b Notulen pemilihan anggota tim.pdf"), "P.MP.1.b", "P.MP.1.a")]),
            Q("P.MP.2.a", "1.ii.a", ["ZONA INTEGRITAS 2025/area i/ii. Rencana Pembangunan Zona Integritas/1.ii.a rencana kerja ZI 2025.pdf"], answered: true),
            Q("P.MP.3.b", "1.iii.b", answered: true, noEvidence: true, missing: ["laporan monev triwulan I", "notulen rapat evaluasi"]),
            Q("P.TL.1.a", "2.i.a", [sop + @"2.i.a SOP mengacu peta proses\2.i.a peta proses bisnis.pdf"], answered: true, noEvidence: true,
                missing: ["peta proses bisnis instansi", "daftar SOP kegiatan utama"],
                problems: [new(D(sop + @"2.i.a SOP mengacu peta proses\2.i.a peta proses bisnis.pdf"), FileProblem.Empty)]),
            Q("P.TL.1.b", "2.i.b", [sop + @"2.i.b SOP diterapkan\penerapan SOP.pdf"],
                problems: [new(D(sop + @"2.i.b SOP diterapkan\penerapan SOP.pdf"), FileProblem.Unreadable)]),
            Q("P.SDM.3.a", "3.iii.a", [sdm + @"a. Training Need Analysis\video pelatihan.mp4"],
                problems: [new(D(sdm + @"a. Training Need Analysis\video pelatihan.mp4"), FileProblem.Oversized)]),
            Q("P.SDM.3.b", "3.iii.b", [sdm + @"b. rencana pengembangan kompetensi\rekap kinerja pegawai.xlsm"],
                problems: [new(D(sdm + @"b. rencana pengembangan kompetensi\rekap kinerja pegawai.xlsm"), FileProblem.MacroEnabled)]),
            Q("R.MP.1.a", "Reform 1.i.a", [root + @"AREA I - Manajemen Perubahan\Reform i. Komitmen dalam Perubahan\Reform 1.i.a Agen perubahan membuat perubahan konkret\laporan perubahan konkret agen perubahan.pdf"],
                answered: true),
            Q("H.1.a", "H.1.a", ["ZONA INTEGRITAS 2025/HASIL/H.1.a Nilai Survey Persepsi Korupsi/laporan survei IPAK 2025.pdf"]),
        ];
    }

    public static readonly UnplacedFile[] ExpectedUnplaced =
    [
        new("Data ZI/ZONA INTEGRITAS 2025/catatan rapat tim.docx", null),
        new("ZONA INTEGRITAS 2025/area i/ii. Rencana Pembangunan Zona Integritas/Notulen rapat.pdf", "P.MP.2"),
    ];

    /// <summary>Files counted: all but Thumbs.db and the skeleton's guide.</summary>
    public const int ExpectedFileCount = 13;
}

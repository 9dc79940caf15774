namespace NarrativeAssist.Domain.Workbook;

/// <summary>What a workbook column holds, recognised from its header's words.</summary>
public enum ColumnRole
{
    Nomor,
    /// <summary>The question (or area/sub-area) text: "Penilaian", "Komponen", "Pertanyaan", "Uraian".</summary>
    Penilaian,
    Bobot,
    /// <summary>The options' criteria: "Pilihan Jawaban", "Kriteria Nilai".</summary>
    Kriteria,
    Jawaban,
    Nilai,
    Persen,
    /// <summary>The unit's narrative: "Catatan/Keterangan/Penjelasan (Unit)".</summary>
    Penjelasan,
    /// <summary>"Eviden", "Bukti", "Data Dukung", "Link".</summary>
    Eviden,
    JawabanTpi,
    NilaiTpi,
    CatatanTpi,
    /// <summary>"Temuan pemeriksa": written by the export, ignored on import.</summary>
    Temuan,
}

public static class ColumnRoleNames
{
    public static string Label(this ColumnRole r) => r switch
    {
        ColumnRole.Nomor => "Nomor",
        ColumnRole.Penilaian => "Penilaian",
        ColumnRole.Bobot => "Bobot",
        ColumnRole.Kriteria => "Pilihan Jawaban",
        ColumnRole.Jawaban => "Jawaban",
        ColumnRole.Nilai => "Nilai",
        ColumnRole.Persen => "%",
        ColumnRole.Penjelasan => "Catatan/Keterangan/Penjelasan",
        ColumnRole.Eviden => "Eviden",
        ColumnRole.JawabanTpi => "Jawaban TPI",
        ColumnRole.NilaiTpi => "Nilai TPI",
        ColumnRole.CatatanTpi => "Catatan TPI",
        _ => "Temuan pemeriksa",
    };
}

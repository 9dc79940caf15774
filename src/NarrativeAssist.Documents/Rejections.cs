using System.Globalization;

namespace NarrativeAssist.Documents;

/// <summary>Every refusal with its Indonesian wording, in one place so the messages stay consistent.</summary>
internal static class Rejections
{
    private const string SaveAsDocx = "Buka berkas di Word, pilih Simpan Sebagai › Dokumen Word (*.docx), lalu unggah ulang.";

    public static DocumentRejectedException EmptyFile() => new(RejectionCodes.EmptyFile,
        "Berkas kosong (0 byte). Unggah dokumen Word (.docx) yang berisi narasi LKE.");

    public static DocumentRejectedException NotAZip() => new(RejectionCodes.NotAZip,
        "Berkas ini bukan dokumen Word (.docx): isinya tidak berformat paket Office. " + SaveAsDocx);

    public static DocumentRejectedException EncryptedOrLegacy() => new(RejectionCodes.EncryptedOrLegacy,
        "Berkas ini dokumen Word lama (.doc) atau dokumen yang dilindungi kata sandi, sehingga tidak dapat dibaca. " +
        "Hapus kata sandinya (File › Info › Lindungi Dokumen) dan simpan sebagai Dokumen Word (*.docx), lalu unggah ulang.");

    public static DocumentRejectedException MacroEnabled() => new(RejectionCodes.MacroEnabled,
        "Dokumen ini mengandung makro (.docm) dan ditolak demi keamanan. " +
        "Simpan ulang sebagai Dokumen Word (*.docx) tanpa makro, lalu unggah ulang.");

    public static DocumentRejectedException TooLarge(DocumentLimits limits) => new(RejectionCodes.TooLarge,
        $"Ukuran berkas melebihi batas {Mb(limits.MaxFileBytes)} MB. " +
        "Perkecil gambar di dalam dokumen atau pisahkan bukti dukung dari dokumen narasi, lalu unggah ulang.");

    public static DocumentRejectedException TooManyEntries(DocumentLimits limits) => ZipBomb(
        $"paket berisi lebih dari {limits.MaxZipEntries} bagian");

    public static DocumentRejectedException TooMuchData(DocumentLimits limits) => ZipBomb(
        $"isinya melebihi {Mb(limits.MaxTotalUncompressedBytes)} MB setelah diekstrak");

    public static DocumentRejectedException SuspiciousRatio(string entry) => ZipBomb(
        $"bagian \"{entry}\" terkompresi secara tidak wajar");

    public static DocumentRejectedException NotAWordDocument(string? actualKind) => new(RejectionCodes.NotAWordDocument,
        (actualKind is null ? "Berkas ini bukan dokumen Word. " : $"Berkas ini {actualKind}, bukan dokumen Word. ") +
        "Unggah dokumen narasi LKE dalam format .docx.");

    public static DocumentRejectedException Corrupt(Exception? inner = null) => new(RejectionCodes.Corrupt,
        "Dokumen Word ini rusak atau tidak lengkap sehingga tidak dapat dibaca. " +
        "Buka di Word (Word biasanya menawarkan perbaikan), simpan ulang sebagai .docx, lalu unggah ulang.", inner);

    public static DocumentRejectedException NoLkeContent() => new(RejectionCodes.NoLkeContent,
        "Dokumen tidak memuat narasi LKE: tidak ada content control bertag lke:… maupun penomoran pertanyaan LKE. " +
        "Gunakan perintah skeleton untuk membuat kerangka.");

    private static DocumentRejectedException ZipBomb(string why) => new(RejectionCodes.ZipBomb,
        $"Paket dokumen ditolak demi keamanan: {why}. Dokumen narasi yang wajar tidak seperti ini; " +
        "simpan ulang dokumen dari Word sebagai .docx, lalu unggah ulang.");

    /// <summary>Megabytes the Indonesian way: "20", "0,5".</summary>
    private static string Mb(long bytes) =>
        (bytes / (double)DocumentLimits.Megabyte).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}

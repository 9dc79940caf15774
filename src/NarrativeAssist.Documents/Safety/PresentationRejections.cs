using System.Globalization;

namespace NarrativeAssist.Documents;

/// <summary>Refusals of a PowerPoint template upload, worded for PowerPoint (the Word wording lives in
/// <see cref="Rejections"/>). Codes are the shared <see cref="RejectionCodes"/> plus <see cref="NotAPresentationCode"/>.</summary>
internal static class PresentationRejections
{
    /// <summary>Stable code for "this package is not a presentation" (Word uploads use <see cref="RejectionCodes.NotAWordDocument"/>).</summary>
    public const string NotAPresentationCode = "not_a_presentation";

    private const string SaveAsPptx = "Buka berkas di PowerPoint, pilih Simpan Sebagai › Presentasi PowerPoint (*.pptx), lalu unggah ulang.";

    public static DocumentRejectedException EmptyFile() => new(RejectionCodes.EmptyFile,
        "Berkas kosong (0 byte). Unggah templat presentasi PowerPoint (.pptx).");

    public static DocumentRejectedException NotAZip() => new(RejectionCodes.NotAZip,
        "Berkas ini bukan presentasi PowerPoint (.pptx): isinya tidak berformat paket Office. " + SaveAsPptx);

    public static DocumentRejectedException EncryptedOrLegacy() => new(RejectionCodes.EncryptedOrLegacy,
        "Berkas ini presentasi PowerPoint lama (.ppt) atau presentasi yang dilindungi kata sandi, sehingga tidak dapat dibaca. " +
        "Hapus kata sandinya (File › Info › Lindungi Presentasi) dan simpan sebagai Presentasi PowerPoint (*.pptx), lalu unggah ulang.");

    public static DocumentRejectedException MacroEnabled() => new(RejectionCodes.MacroEnabled,
        "Berkas presentasi ini mengandung makro (.pptm) dan ditolak demi keamanan. " +
        "Simpan ulang sebagai Presentasi PowerPoint (*.pptx) tanpa makro, lalu unggah ulang.");

    public static DocumentRejectedException NotAPresentation(string? actualKind) => new(NotAPresentationCode,
        (actualKind is null ? "Berkas ini bukan presentasi PowerPoint. " : $"Berkas ini {actualKind}, bukan presentasi PowerPoint. ") +
        "Unggah templat presentasi dalam format .pptx.");

    public static DocumentRejectedException NoLayouts() => new(RejectionCodes.Corrupt,
        "Berkas presentasi ini tidak memiliki tata letak slide (slide layout) sehingga tidak dapat dipakai sebagai templat. " + SaveAsPptx);

    public static DocumentRejectedException Corrupt(Exception? inner = null) => new(RejectionCodes.Corrupt,
        "Berkas presentasi PowerPoint ini rusak atau tidak lengkap sehingga tidak dapat dibaca. " +
        "Buka di PowerPoint (PowerPoint biasanya menawarkan perbaikan), simpan ulang sebagai .pptx, lalu unggah ulang.", inner);

    public static DocumentRejectedException TooLarge(DocumentLimits limits) => new(RejectionCodes.TooLarge,
        $"Ukuran berkas melebihi batas {Mb(limits.MaxFileBytes)} MB. " +
        "Kompres gambar di dalam presentasi (File › Kompres Gambar) atau hapus slide contoh yang berisi foto, lalu unggah ulang.");

    public static DocumentRejectedException TooManyEntries(DocumentLimits limits) => ZipBomb(
        $"paket berisi lebih dari {limits.MaxZipEntries} bagian");

    public static DocumentRejectedException TooMuchData(DocumentLimits limits) => ZipBomb(
        $"isinya melebihi {Mb(limits.MaxTotalUncompressedBytes)} MB setelah diekstrak");

    public static DocumentRejectedException SuspiciousRatio(string entry) => ZipBomb(
        $"bagian \"{entry}\" terkompresi secara tidak wajar");

    private static DocumentRejectedException ZipBomb(string why) => new(RejectionCodes.ZipBomb,
        $"Paket presentasi ditolak demi keamanan: {why}. Templat presentasi yang wajar tidak seperti ini; " +
        "simpan ulang presentasi dari PowerPoint sebagai .pptx, lalu unggah ulang.");

    private static string Mb(long bytes) =>
        (bytes / (double)DocumentLimits.Megabyte).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}

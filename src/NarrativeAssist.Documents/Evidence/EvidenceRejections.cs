using System.Globalization;

namespace NarrativeAssist.Documents.Evidence;

/// <summary>Why an evidence zip is refused as a whole, in Indonesian; the codes are <see cref="RejectionCodes"/>'.</summary>
internal static class EvidenceRejections
{
    private const string Remake = "Buat ulang zip dari folder bukti dukung (klik kanan folder › Kirim ke › Folder terkompresi), lalu unggah ulang.";

    public static DocumentRejectedException Empty() => new(RejectionCodes.EmptyFile,
        "Berkas kosong (0 byte). Unggah folder bukti dukung sebagai berkas .zip.");

    public static DocumentRejectedException TooLarge(EvidenceLimits limits) => new(RejectionCodes.TooLarge,
        $"Zip folder bukti dukung melebihi batas {Mb(limits.MaxArchiveBytes)} MB. Untuk folder sebesar itu, kirim daftar path " +
        "berkasnya saja (di Windows: dir /s /b > daftar.txt; di Linux/macOS: find . > daftar.txt).");

    public static DocumentRejectedException NotAZip(string? actual) => new(RejectionCodes.NotAZip,
        $"Berkas ini bukan zip{(actual is null ? "" : $" ({actual})")}. Hanya format .zip yang diterima. " + Remake);

    public static DocumentRejectedException Corrupt(Exception? inner = null) => new(RejectionCodes.Corrupt,
        "Zip folder bukti dukung rusak atau tidak lengkap sehingga tidak dapat dibaca. " + Remake, inner);

    public static DocumentRejectedException TooManyEntries(EvidenceLimits limits) =>
        Bomb($"zip berisi lebih dari {limits.MaxEntries} berkas dan folder. Pecah menjadi satu zip per area atau kirim daftar path berkasnya");

    public static DocumentRejectedException TooMuchData(EvidenceLimits limits) =>
        Bomb($"isinya melebihi {Mb(limits.MaxTotalUncompressedBytes)} MB setelah diekstrak");

    public static DocumentRejectedException SuspiciousRatio(string entry) =>
        Bomb($"berkas \"{entry}\" terkompresi secara tidak wajar (ciri zip bom)");

    public static DocumentRejectedException UnsafePath(string entry) => new(RejectionCodes.UnsafePath,
        $"Zip ditolak demi keamanan: berkas \"{Cut(entry)}\" memakai path yang keluar dari folder (\"..\", path absolut atau " +
        "nama drive). Zip yang dibuat dari folder biasa tidak seperti ini. " + Remake);

    public static DocumentRejectedException Encrypted(string entry) => new(RejectionCodes.EncryptedEntry,
        $"Zip ditolak: berkas \"{Cut(entry)}\" dilindungi kata sandi sehingga isinya tidak dapat diperiksa. " +
        "Buat zip tanpa kata sandi, lalu unggah ulang.");

    private static DocumentRejectedException Bomb(string why) => new(RejectionCodes.ZipBomb,
        $"Zip ditolak demi keamanan: {why}.");

    private static string Cut(string s) => s.Length > 120 ? s[..120] + "…" : s;

    private static string Mb(long bytes) =>
        (bytes / (double)DocumentLimits.Megabyte).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}

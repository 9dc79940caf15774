using System.Text;

namespace NarrativeAssist.Documents.Evidence;

/// <summary>The text of a listing of paths, whatever wrote it: UTF-8 (with or without BOM), UTF-16 (PowerShell's
/// "&gt;" writes UTF-16 LE with a BOM) or, when it is not valid UTF-8, Windows-1252/Latin-1 (<c>dir</c> in cmd.exe
/// writes the console's code page; the names units use are ASCII apart from a rare accent).</summary>
public static class ListingText
{
    public const long MaxBytes = 8 * DocumentLimits.Megabyte;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <exception cref="DocumentRejectedException">Empty, too large, or a binary file (a zip given as a listing).</exception>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0) throw new DocumentRejectedException(RejectionCodes.EmptyFile, "Daftar path kosong (0 byte).");
        if (bytes.Length > MaxBytes)
            throw new DocumentRejectedException(RejectionCodes.TooLarge, $"Daftar path melebihi {MaxBytes / DocumentLimits.Megabyte} MB. Pecah daftar per area.");
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [(byte)'P', (byte)'K', ..] || Array.IndexOf(bytes, (byte)0) >= 0)
            throw new DocumentRejectedException(RejectionCodes.NotAZip,
                "Berkas ini bukan daftar path (teks satu path per baris). Untuk memeriksa zip folder bukti, beri berkas berakhiran .zip.");
        try { return StrictUtf8.GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(bytes); }
    }
}

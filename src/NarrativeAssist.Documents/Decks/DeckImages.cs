using System.Buffers.Binary;
using SkiaSharp;

namespace NarrativeAssist.Documents.Decks;

/// <summary>An uploaded picture that passed <see cref="DeckImages.Check"/>: its bytes, format and pixel size.</summary>
public sealed record CheckedImage(string Name, byte[] Bytes, bool IsPng, int Width, int Height);

/// <summary>The pictures a unit uploaded with its profile (photos and logo), by the path the profile names them with
/// (relative to the profile file), and whether slots without a picture get a placeholder frame. Every picture is
/// checked when added: its type is sniffed from its bytes (PNG or JPEG only, whatever the file name says), and its size
/// and pixel count are bounded before it is decoded, so a crafted or huge file is refused with an Indonesian message.</summary>
public sealed class DeckImages
{
    /// <summary>Largest accepted picture file.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Most pixels a picture may have (a 40-megapixel camera photo; decoding needs 4 bytes a pixel).</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>Most pictures with one profile.</summary>
    public const int MaxCount = 60;

    private readonly Dictionary<string, CheckedImage> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CheckedImage> _byFileName = new(StringComparer.OrdinalIgnoreCase);

    public static DeckImages None { get; } = new();

    /// <summary>Slots the profile gives no picture for become dashed frames saying what to paste (off: left out).</summary>
    public bool Placeholders { get; init; }

    public int Count => _byPath.Count;

    /// <summary>Checks and adds a picture under <paramref name="path"/> (as the profile names it, or just its file name).</summary>
    /// <exception cref="DocumentRejectedException">Not PNG/JPEG, too large, too many pixels, unreadable (400/413).</exception>
    public DeckImages Add(string path, byte[] bytes)
    {
        if (_byPath.Count >= MaxCount)
            throw new DocumentRejectedException(RejectionCodes.TooLarge, $"Terlalu banyak gambar: paling banyak {MaxCount} gambar untuk satu profil.");
        var key = Normalize(path);
        var image = Check(key, bytes);
        _byPath[key] = image;
        _byFileName[FileName(key)] = image;
        return this;
    }

    /// <summary>The picture a profile path names: by the whole path, else by its file name (browsers send only that).</summary>
    public CheckedImage? Find(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        var key = Normalize(path);
        return _byPath.GetValueOrDefault(key) ?? _byFileName.GetValueOrDefault(FileName(key));
    }

    /// <summary>Sniffs, bounds and test-decodes the header of one picture.</summary>
    public static CheckedImage Check(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var shown = Shown(name);
        if (bytes.Length == 0) throw Rejected($"Gambar {shown} kosong (0 byte).");
        if (bytes.Length > MaxBytes) throw TooLarge(name, bytes.Length);
        var isPng = bytes.AsSpan().StartsWith(PngSignature);
        var isJpeg = bytes.AsSpan().StartsWith(JpegSignature);
        if (!isPng && !isJpeg)
            throw Rejected($"Berkas {shown} bukan gambar PNG atau JPEG (isi berkasnya tidak sesuai). Simpan fotonya sebagai .jpg atau .png, lalu unggah ulang.");
        // The header's size first: a decompression bomb is refused before any decoder sees it.
        if (HeaderSize(bytes, isPng) is var (hw, hh) && (long)hw * hh > MaxPixels)
            throw new DocumentRejectedException(RejectionCodes.TooLarge,
                $"Gambar {shown} terlalu besar ({hw} × {hh} piksel); paling banyak {MaxPixels / 1_000_000} megapiksel. Perkecil fotonya, lalu unggah ulang.");
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data)
            ?? throw Rejected($"Gambar {shown} rusak atau tidak dapat dibaca. Simpan ulang fotonya sebagai .jpg atau .png, lalu unggah ulang.");
        var (w, h) = (codec.Info.Width, codec.Info.Height);
        if (w < 16 || h < 16) throw Rejected($"Gambar {shown} terlalu kecil ({w} × {h} piksel); gunakan foto paling kecil 16 × 16 piksel.");
        if ((long)w * h > MaxPixels)
            throw new DocumentRejectedException(RejectionCodes.TooLarge,
                $"Gambar {shown} terlalu besar ({w} × {h} piksel); paling banyak {MaxPixels / 1_000_000} megapiksel. Perkecil fotonya, lalu unggah ulang.");
        // A quarter turn from the camera's EXIF orientation swaps what the slide will show.
        var turned = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        return new CheckedImage(name, bytes, isPng, turned ? h : w, turned ? w : h);
    }

    /// <summary>The refusal of a picture file over <see cref="MaxBytes"/> (413), also before its bytes are read.</summary>
    public static DocumentRejectedException TooLarge(string name, long length) => new(RejectionCodes.TooLarge,
        $"Gambar {Shown(name)} berukuran {Domain.Text.IndonesianNumber.Format(length / (1024.0 * 1024), 1)} MB, melebihi batas {MaxBytes / (1024 * 1024)} MB. Perkecil atau kompres fotonya, lalu unggah ulang.");

    /// <summary>Width and height as the file's header declares them (PNG IHDR, JPEG start-of-frame); null when not found.</summary>
    private static (int Width, int Height)? HeaderSize(byte[] b, bool isPng)
    {
        if (isPng) return b.Length >= 24 ? (BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20))) : null;
        for (var i = 2; i + 9 < b.Length;)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            var length = (b[i + 2] << 8) | b[i + 3];
            // SOF0–SOF15 carry the frame size; C4 (Huffman), C8 and CC (arithmetic tables) do not.
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
                return ((b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6]);
            if (length < 2) return null;
            i += 2 + length;
        }
        return null;
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    private static DocumentRejectedException Rejected(string message) => new(ImageRejectionCodes.NotAnImage, message);

    private static string Normalize(string path)
    {
        var p = path.Trim().Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
        return p;
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Shown(string name)
    {
        var clean = new string(name.Where(c => !char.IsControl(c)).Take(80).ToArray());
        return $"\"{clean}\"";
    }
}

/// <summary>Rejection codes of pictures (besides <see cref="RejectionCodes.TooLarge"/>).</summary>
public static class ImageRejectionCodes
{
    public const string NotAnImage = "not_an_image";
}

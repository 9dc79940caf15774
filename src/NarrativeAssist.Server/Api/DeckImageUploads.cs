using NarrativeAssist.Documents;
using NarrativeAssist.Documents.Decks;

namespace NarrativeAssist.Server.Api;

/// <summary>The pictures uploaded with a profile in multipart field <see cref="Field"/>: each file is named as the
/// profile names it ("foto/ruang-layanan.jpg", or just "ruang-layanan.jpg") and checked by <see cref="DeckImages"/>
/// (PNG/JPEG sniffed from the bytes, size and pixel limits). A refused picture is a 400/413 with an Indonesian message.</summary>
internal static class DeckImageUploads
{
    public const string Field = "foto";

    public static async Task<DeckImages> ReadAsync(IReadOnlyList<IFormFile> files, bool placeholders, CancellationToken cancel)
    {
        var images = new DeckImages { Placeholders = placeholders };
        if (files.Count > DeckImages.MaxCount)
            throw new DocumentRejectedException(RejectionCodes.TooLarge, $"Terlalu banyak gambar: paling banyak {DeckImages.MaxCount} gambar untuk satu profil.");
        foreach (var file in files)
        {
            // Checked before reading, so a huge upload is refused without buffering it all.
            if (file.Length > DeckImages.MaxBytes) throw DeckImages.TooLarge(file.FileName, file.Length);
            using var buffer = new MemoryStream((int)file.Length);
            await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, cancel);
            images.Add(file.FileName, buffer.ToArray());
        }
        return images;
    }
}

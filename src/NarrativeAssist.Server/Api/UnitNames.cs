namespace NarrativeAssist.Server.Api;

/// <summary>What a unit's name must be, on creation and on renaming: present, at most 200 characters, one printable
/// line (it is shown in every member's unit picker and becomes part of downloaded file names), with a letter or digit.</summary>
public static class UnitNames
{
    public const int MaxLength = 200;

    /// <summary>The Indonesian reason a (trimmed) name is refused, or null when it is acceptable.</summary>
    public static string? Problem(string? nama)
    {
        if (string.IsNullOrEmpty(nama)) return "Nama unit wajib diisi.";
        if (nama.Length > MaxLength) return $"Nama unit paling panjang {MaxLength} karakter (sekarang {nama.Length}).";
        if (nama.Any(char.IsControl)) return "Nama unit harus satu baris tanpa tab atau karakter kendali.";
        if (!nama.Any(char.IsLetterOrDigit)) return "Nama unit harus memuat huruf atau angka.";
        return null;
    }
}

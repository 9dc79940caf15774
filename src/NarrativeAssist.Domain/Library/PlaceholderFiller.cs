using System.Text.RegularExpressions;

namespace NarrativeAssist.Domain.Library;

/// <summary>Fills a template's placeholders ("[nomor SK]", "[tanggal]") with plausible facts, the same way the
/// built-in template tests do, so a library entry is scored on its substance rather than on its blanks.</summary>
public static partial class PlaceholderFiller
{
    [GeneratedRegex(@"\[([a-z][A-Za-z0-9 /\-]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    public static string Fill(string text) => Placeholder().Replace(text, m => m.Groups[1].Value switch
    {
        var k when k.StartsWith("nomor telepon", StringComparison.Ordinal) => "0211234567",
        var k when k.StartsWith("nomor", StringComparison.Ordinal) => "Nomor KEP-12/KPN.1201/2024",
        var k when k.StartsWith("tanggal", StringComparison.Ordinal) => "5 Januari 2024",
        var k when k.StartsWith("tahun", StringComparison.Ordinal) => "2024",
        var k when k.StartsWith("jumlah rupiah", StringComparison.Ordinal) => "Rp 10.000.000",
        var k when k.StartsWith("jumlah", StringComparison.Ordinal) => "24",
        var k when k.StartsWith("persen", StringComparison.Ordinal) => "95 %",
        var k when k.StartsWith("tautan", StringComparison.Ordinal) => "https://s.id/bukti",
        var k when k.StartsWith("periode", StringComparison.Ordinal) => "triwulan III 2024",
        var k when k.StartsWith("bulan", StringComparison.Ordinal) => "Maret 2024",
        _ => "Contoh",
    });
}

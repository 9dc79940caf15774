using System.Globalization;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Documents.Decks;

/// <summary>The tokens a user template may use in its own slides, filled from the unit profile:
/// {{unit.nama}}, {{unit.instansi}}, {{unit.alamat}}, {{unit.pimpinan}}, {{unit.pimpinan.jabatan}},
/// {{predikat_target}}, {{tahun}}.</summary>
public static class DeckTokens
{
    public static IReadOnlyDictionary<string, string> From(UnitProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var unit = profile.Unit;
        var tokens = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["unit.nama"] = unit.Nama,
            ["unit.instansi"] = unit.Instansi,
            ["predikat_target"] = unit.PredikatTarget.ToString(),
            ["tahun"] = unit.TahunPenilaian.ToString(CultureInfo.InvariantCulture),
        };
        if (unit.Alamat is { } alamat) tokens["unit.alamat"] = alamat;
        if (unit.Pimpinan is { } head)
        {
            tokens["unit.pimpinan"] = head.Nama;
            if (head.Jabatan is { } jabatan) tokens["unit.pimpinan.jabatan"] = jabatan;
        }
        return tokens;
    }
}

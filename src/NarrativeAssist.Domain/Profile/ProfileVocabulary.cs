namespace NarrativeAssist.Domain.Profile;

/// <summary>Integrity-zone predicate (Permenpan RB 90/2021).</summary>
public enum Predikat { WBK, WBBM }

/// <summary>Unit of a performance indicator.</summary>
public enum Satuan { Indeks, Persen, Hari, Menit, Jumlah, Rupiah }

/// <summary>The five kinds of innovation the national team asks about.</summary>
public enum KategoriInovasi { Internal, Eksternal, Branding, Integritas, Kolaborasi }

/// <summary>How the fixed vocabulary is spelled in profile files (and in the JSON Schema).</summary>
public static class ProfileVocabulary
{
    public static IReadOnlyDictionary<string, Predikat> PredikatByKey { get; } = Spellings<Predikat>(e => e.ToString());
    public static IReadOnlyDictionary<string, Satuan> SatuanByKey { get; } = Spellings<Satuan>(Lower);
    public static IReadOnlyDictionary<string, KategoriInovasi> KategoriInovasiByKey { get; } = Spellings<KategoriInovasi>(Lower);

    /// <summary>The file spelling of a value: "WBBM", "persen", "eksternal".</summary>
    public static string ToKey(this Predikat value) => value.ToString();
    public static string ToKey(this Satuan value) => Lower(value);
    public static string ToKey(this KategoriInovasi value) => Lower(value);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    // Insertion order = declaration order, so error messages list the values as documented.
    private static IReadOnlyDictionary<string, T> Spellings<T>(Func<T, string> spell) where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(spell, v => v, StringComparer.OrdinalIgnoreCase).AsReadOnly();
}

namespace NarrativeAssist.Domain.Library;

/// <summary>What was taken out of a text before it goes into the shared library, and the placeholder it leaves.
/// Placeholders start with a lower-case letter so the template machinery (NarrativeTemplate.PlaceholdersIn,
/// <see cref="PlaceholderFiller"/>) treats them like the built-in templates' own blanks.</summary>
public static class ReplacementKinds
{
    public const string Unit = "unit";
    public const string Person = "person";
    public const string Nip = "nip";
    public const string Identity = "identity";
    public const string Decree = "decree";
    public const string Certificate = "certificate";
    public const string Address = "address";
    public const string Region = "region";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Link = "link";
    public const string Handle = "handle";
    public const string Plate = "plate";
    public const string Amount = "amount";

    /// <summary>Every kind, in the order the bench table lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Person, Nip, Identity, Unit, Region, Address, Decree, Certificate, Phone, Email, Link, Handle, Plate, Amount];

    public static string PlaceholderFor(string kind) => kind switch
    {
        Unit => "[nama unit]",
        Person => "[nama orang]",
        Nip => "[nomor pegawai]",
        Identity => "[nomor identitas]",
        Decree => "[nomor SK]",
        Certificate => "[nomor sertipikat]",
        Address => "[alamat]",
        Region => "[wilayah]",
        Phone => "[nomor telepon]",
        Email => "[surel]",
        Link => "[tautan]",
        Handle => "[akun media sosial]",
        Plate => "[nomor kendaraan]",
        Amount => "[jumlah rupiah]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);
}

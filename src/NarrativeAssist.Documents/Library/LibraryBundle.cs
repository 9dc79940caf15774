using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace NarrativeAssist.Documents.Library;

/// <summary>One entry of a library bundle's manifest. <see cref="File"/> names its content in the zip:
/// "entries/&lt;name&gt;.md" for a narrative, "entries/&lt;name&gt;.pptx" for a deck.</summary>
public sealed record BundleEntry
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string File { get; init; }
    public IReadOnlyList<string> QuestionIds { get; init; } = [];
    public IReadOnlyList<string> Areas { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? SuggestedAnswer { get; init; }
    public string SourceUnit { get; init; } = "anonim";
    public string? Instansi { get; init; }
    public string? Predikat { get; init; }
    public int? Tahun { get; init; }
    public string? PublishedBy { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? DeckKind { get; init; }
    public int? SlideCount { get; init; }
}

/// <summary>manifest.json of a bundle.</summary>
public sealed record BundleManifest
{
    public const string FormatName = "narrativeassist-library";
    public string Format { get; init; } = FormatName;
    public int Version { get; init; } = 1;
    public string? Source { get; init; }
    public DateTimeOffset ExportedAt { get; init; }
    public IReadOnlyList<BundleEntry> Entries { get; init; } = [];
}

/// <summary>A bundle read and vetted: the manifest and each entry's content (Markdown text or a vetted .pptx).</summary>
public sealed record LibraryBundleContents(BundleManifest Manifest, IReadOnlyDictionary<string, byte[]> Files);

/// <summary>Limits on an imported bundle, on top of <see cref="DocumentLimits"/> for each .pptx inside.</summary>
public sealed record BundleLimits
{
    public static BundleLimits Default { get; } = new();
    public long MaxFileBytes { get; init; } = 50 * DocumentLimits.Megabyte;
    public int MaxEntries { get; init; } = 2_000;
    public long MaxTotalUncompressedBytes { get; init; } = 200 * DocumentLimits.Megabyte;
    public int MaxMarkdownBytes { get; init; } = 200_000;
    public int MaxManifestBytes { get; init; } = 5 * 1024 * 1024;
    public double MaxCompressionRatio { get; init; } = 100;
    public DocumentLimits Presentation { get; init; } = DocumentLimits.Default;
}

/// <summary>The library's export format: a zip holding manifest.json and entries/*. Reading it is as careful as
/// any upload: bounded size and entry count, inflation counted (never trusting headers), names restricted to
/// "manifest.json" and "entries/&lt;safe name&gt;.(md|pptx)" — no folders, "..", absolute or Windows paths —, every
/// manifest file present, every .pptx vetted by <see cref="PackageGuard"/> and <see cref="RemoteContentGuard"/>.</summary>
public static partial class LibraryBundle
{
    public const string ManifestName = "manifest.json";
    public const string RejectedCode = "invalid_bundle";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [GeneratedRegex(@"^entries/[A-Za-z0-9][A-Za-z0-9._\-]{0,99}\.(md|pptx)$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();

    public static string FileNameFor(string id, string kind) =>
        $"entries/{Regex.Replace(id, "[^A-Za-z0-9._-]", "-").TrimStart('.', '-')}.{(kind == "presentasi" ? "pptx" : "md")}";

    public static byte[] Write(BundleManifest manifest, IReadOnlyDictionary<string, byte[]> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var m = zip.CreateEntry(ManifestName, CompressionLevel.Optimal);
            using (var s = m.Open()) JsonSerializer.Serialize(s, manifest, Json);
            foreach (var e in manifest.Entries)
            {
                if (!SafeName().IsMatch(e.File)) throw new ArgumentException($"Nama berkas {e.File} tidak aman.", nameof(manifest));
                var z = zip.CreateEntry(e.File, CompressionLevel.Optimal);
                using var s = z.Open();
                s.Write(files[e.File]);
            }
        }
        return buffer.ToArray();
    }

    /// <param name="cancel">Stops the vetting of the bundle's presentations at their next read (the server's parse budget).</param>
    public static LibraryBundleContents Read(Stream input, BundleLimits? limits = null, CancellationToken cancel = default)
    {
        limits ??= BundleLimits.Default;
        var bytes = ReadBounded(input, limits);
        if (bytes.Length == 0) throw Reject("Berkas kosong (0 byte). Unggah bundel pustaka (.zip) hasil ekspor NarrativeAssist.");
        if (bytes.Length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B)
            throw Reject("Berkas ini bukan bundel pustaka: isinya bukan arsip .zip.");
        if (ZipDirectory.DeclaredEntryCount(bytes) is not { } declared) throw Reject("Arsip .zip rusak atau tidak lengkap.");
        if (declared > limits.MaxEntries) throw Reject($"Bundel berisi terlalu banyak berkas (lebih dari {limits.MaxEntries}).");

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries) throw Reject($"Bundel berisi terlalu banyak berkas (lebih dari {limits.MaxEntries}).");
            var meter = new InflationMeter(new(limits.MaxTotalUncompressedBytes, limits.MaxCompressionRatio, DocumentLimits.Megabyte),
                () => Reject("Bundel ditolak: isinya terlalu besar setelah diekstrak (kemungkinan bom zip)."),
                name => Reject($"Bundel ditolak: rasio kompresi \"{Short(name)}\" mencurigakan (kemungkinan bom zip)."));
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if (name != ManifestName && !SafeName().IsMatch(name))
                    throw Reject($"Bundel ditolak: nama berkas \"{Short(name)}\" tidak diizinkan (hanya manifest.json dan entries/<nama>.md atau .pptx, tanpa folder lain atau \"..\").");
                if (files.ContainsKey(name)) throw Reject($"Bundel ditolak: berkas \"{Short(name)}\" muncul lebih dari sekali.");
                var max = name.EndsWith(".md", StringComparison.Ordinal) ? limits.MaxMarkdownBytes
                    : name == ManifestName ? limits.MaxManifestBytes : limits.Presentation.MaxFileBytes;
                files[name] = Inflate(entry, max, meter);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw Reject("Arsip .zip rusak atau tidak lengkap.", e);
        }

        if (!files.TryGetValue(ManifestName, out var manifestBytes)) throw Reject("Bundel tidak memuat manifest.json.");
        BundleManifest? manifest;
        try { manifest = JsonSerializer.Deserialize<BundleManifest>(manifestBytes, Json); }
        catch (JsonException) { throw Reject("manifest.json bukan JSON yang valid."); }
        if (manifest is null || manifest.Format != BundleManifest.FormatName) throw Reject($"manifest.json bukan manifest pustaka NarrativeAssist (format harus \"{BundleManifest.FormatName}\").");
        if (manifest.Version != 1) throw Reject($"Versi bundel {manifest.Version} belum didukung (didukung: 1).");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in manifest.Entries)
        {
            if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Title)) throw Reject("Setiap entri manifest wajib memiliki id dan title.");
            if (e.Kind is not ("narasi" or "presentasi")) throw Reject($"Entri {Short(e.Id)}: kind harus \"narasi\" atau \"presentasi\".");
            if (!SafeName().IsMatch(e.File ?? "")) throw Reject($"Entri {Short(e.Id)}: nama berkas \"{Short(e.File ?? "")}\" tidak diizinkan.");
            if (!e.File!.EndsWith(e.Kind == "presentasi" ? ".pptx" : ".md", StringComparison.Ordinal)) throw Reject($"Entri {Short(e.Id)}: jenis berkas tidak sesuai dengan kind.");
            if (!seen.Add(e.File)) throw Reject($"Entri {Short(e.Id)}: berkas {Short(e.File)} dipakai lebih dari satu entri.");
            if (!files.TryGetValue(e.File, out var content)) throw Reject($"Entri {Short(e.Id)}: berkas {Short(e.File)} tidak ada di dalam bundel.");
            if (e.Kind == "presentasi")
            {
                PackageGuard.Inspect(content, PackageKind.Presentation, limits.Presentation, cancel);
                RemoteContentGuard.Check(content); // a library deck is a template for every unit that uses it
            }
            else
            {
                try { _ = new UTF8Encoding(false, true).GetString(content); }
                catch (DecoderFallbackException) { throw Reject($"Entri {Short(e.Id)}: teks narasi bukan UTF-8."); }
            }
        }
        return new LibraryBundleContents(manifest, files);
    }

    private static byte[] Inflate(ZipArchiveEntry entry, long max, InflationMeter meter)
    {
        using var sink = new MemoryStream();
        meter.Read(entry, (chunk, before) =>
        {
            if (before + chunk.Length > max) throw Reject($"Bundel ditolak: berkas \"{Short(entry.FullName)}\" terlalu besar.");
            sink.Write(chunk);
        });
        return sink.ToArray();
    }

    private static byte[] ReadBounded(Stream input, BundleLimits limits)
    {
        using var sink = new MemoryStream();
        var chunk = new byte[81_920];
        int n;
        while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (sink.Length + n > limits.MaxFileBytes)
                throw new DocumentRejectedException(RejectionCodes.TooLarge, $"Bundel terlalu besar (lebih dari {limits.MaxFileBytes / DocumentLimits.Megabyte} MB).");
            sink.Write(chunk, 0, n);
        }
        return sink.ToArray();
    }

    private static DocumentRejectedException Reject(string message, Exception? inner = null) => new(RejectedCode, message, inner);
    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;
}

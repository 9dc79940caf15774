using System.Reflection;

namespace NarrativeAssist.Documents.Decks;

/// <summary>A template package the renderer fills: a built-in one (templates/decks, embedded) or a user's .pptx,
/// which has passed <see cref="PackageGuard"/> before anything opens it. Both go through the same rendering path.</summary>
public sealed class DeckTemplate
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DeckTemplate> BuiltIns = new();
    private readonly Lazy<TemplateAnalysis> _analysis;

    private DeckTemplate(string name, bool builtIn, byte[] package)
    {
        (Name, IsBuiltIn, Package) = (name, builtIn, package);
        // Analysed on first render, once: the instance is immutable, so every render (any thread) shares the result.
        _analysis = new Lazy<TemplateAnalysis>(() => TemplateAnalysis.Of(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The built-in id ("biru-formal") or the name the user's file was given.</summary>
    public string Name { get; }

    public bool IsBuiltIn { get; }

    internal byte[] Package { get; }

    /// <exception cref="DocumentRejectedException">The template is no usable presentation (thrown on every use).</exception>
    internal TemplateAnalysis Analysis => _analysis.Value;

    /// <summary>A copy of the template package (e.g. to store a vetted user template).</summary>
    public byte[] ToArray() => (byte[])Package.Clone();

    /// <summary>The built-in templates, in the order they are offered: biru-formal, kontras-tinggi.</summary>
    public static IReadOnlyList<string> BuiltInIds => TemplateGenerator.Ids;

    public static DeckTemplate Default => BuiltIn(BuiltInIds[0]);

    /// <exception cref="ArgumentException">Unknown id (Indonesian message listing the valid ones).</exception>
    public static DeckTemplate BuiltIn(string id)
    {
        var style = TemplateGenerator.Style(id);
        // One instance per built-in template, so its analysis is made once per process.
        return BuiltIns.GetOrAdd(style.Id, Load);
    }

    private static DeckTemplate Load(string id)
    {
        var style = TemplateGenerator.Style(id);
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName(style.Id))
            ?? throw new InvalidOperationException($"Templat bawaan {style.Id} tidak tertanam di rakitan.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return new DeckTemplate(style.Id, true, copy.ToArray());
    }

    internal static string ResourceName(string id) => $"NarrativeAssist.Documents.Decks.{id}.pptx";

    /// <summary>A user's template (.pptx, .potx or .ppsx), vetted by <see cref="PackageGuard"/> and <see cref="RemoteContentGuard"/>.</summary>
    /// <exception cref="DocumentRejectedException">Not an acceptable PowerPoint package (Indonesian message).</exception>
    public static DeckTemplate FromUpload(Stream pptx, string? name = null, DocumentLimits? limits = null) =>
        Vetted(name, PackageGuard.ReadChecked(pptx, PackageKind.Presentation, limits));

    /// <inheritdoc cref="FromUpload"/>
    public static async Task<DeckTemplate> FromUploadAsync(Stream pptx, string? name = null, DocumentLimits? limits = null, CancellationToken cancel = default) =>
        Vetted(name, await PackageGuard.ReadCheckedAsync(pptx, PackageKind.Presentation, limits, cancel).ConfigureAwait(false));

    /// <summary>A user's template already in memory (read by <see cref="PackageGuard.ReadUploadAsync"/>), vetted here;
    /// <paramref name="cancel"/> stops the vetting at its next read of the package (the server's parse budget).</summary>
    /// <exception cref="DocumentRejectedException">Not an acceptable PowerPoint package (Indonesian message).</exception>
    public static DeckTemplate FromPackage(byte[] package, string? name = null, DocumentLimits? limits = null, CancellationToken cancel = default)
    {
        PackageGuard.Inspect(package, PackageKind.Presentation, limits, cancel);
        return Vetted(name, package);
    }

    private static DeckTemplate Vetted(string? name, byte[] package)
    {
        RemoteContentGuard.Check(package);
        return new(name ?? "templat pengguna", false, package);
    }
}

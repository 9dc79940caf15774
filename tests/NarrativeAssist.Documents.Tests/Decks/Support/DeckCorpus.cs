using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Documents.Tests.Decks.Support;

/// <summary>A template of the corpus: its name and where it comes from.</summary>
public sealed record CorpusTemplate(string Name, string Source)
{
    public override string ToString() => Name;
}

/// <summary>The template corpus every deck check runs on, and the decks built on it. Templates this project did not
/// make are read where they live, never copied into the repository: the two real templates in ../shared/templates-real
/// (a 4:3 deck on Office's Equity theme; a .potx with two masters and eleven untyped layouts) and LibreOffice Impress's
/// bundled templates from the installed package (.otp, converted to .pptx by soffice at test time, all in one call).
/// A missing one fails with a message naming what is missing. Profiles: the sample (templates/units/contoh.yaml) and
/// the stress profile (templates/units/stres.yaml); both deck kinds.</summary>
internal static class DeckCorpus
{
    /// <summary>NA_TEMPLATES_REAL when set; else ../shared/templates-real beside the repository (as the project's
    /// workspace lays it out); else /work/shared/templates-real.</summary>
    public static string RealFolder { get; } =
        Environment.GetEnvironmentVariable("NA_TEMPLATES_REAL") is { Length: > 0 } configured ? configured
        : new[] { Path.GetFullPath(Path.Combine(NarrativeAssist.Tests.RepoRoot.Path, "..", "shared", "templates-real")), "/work/shared/templates-real" }
            .FirstOrDefault(Directory.Exists) ?? "/work/shared/templates-real";
    private static readonly string[] Real = ["contoso-43.pptx", "mecanon.potx"];
    private static readonly string[] LibreOfficeBundled = ["Vivid", "Focus", "Grey_Elegant"];
    private static readonly string[] BundledFolders = ["/usr/lib/libreoffice/share/template/common/presnt", "/opt/libreoffice/share/template/common/presnt"];

    public static IReadOnlyList<CorpusTemplate> Templates { get; } =
    [
        .. DeckTemplate.BuiltInIds.Select(id => new CorpusTemplate(id, "bawaan")),
        new(UserTemplateTests.FixtureName, "fixture"),
        .. Real.Select(f => new CorpusTemplate(f, "nyata")),
        .. LibreOfficeBundled.Select(n => new CorpusTemplate(n + ".otp", "libreoffice")),
    ];

    public static IReadOnlyList<string> Profiles { get; } = ["contoh", "stres"];

    private static readonly Lazy<Dictionary<string, byte[]>> Bundled = new(() =>
    {
        var folder = BundledFolders.FirstOrDefault(Directory.Exists)
            ?? throw new InvalidOperationException($"LibreOffice Impress's bundled templates were not found in {string.Join(" or ", BundledFolders)} (apt-get install -y libreoffice-impress).");
        var files = LibreOfficeBundled.Select(n =>
        {
            var path = Path.Combine(folder, n + ".otp");
            if (!File.Exists(path)) throw new InvalidOperationException($"LibreOffice template {path} is missing (libreoffice-impress installs it).");
            return (n, "otp", File.ReadAllBytes(path));
        }).ToList();
        return LibreOffice.Convert(files, "pptx");
    });

    private static readonly Dictionary<string, DeckTemplate> Loaded = [];

    public static DeckTemplate Template(string name)
    {
        lock (Loaded)
        {
            if (Loaded.TryGetValue(name, out var t)) return t;
            var template = Templates.First(c => c.Name == name);
            t = template.Source switch
            {
                "bawaan" => DeckTemplate.BuiltIn(name),
                "fixture" => DeckTemplate.FromUpload(new MemoryStream(UserTemplateTests.Fixture()), name),
                "nyata" => DeckTemplate.FromUpload(new MemoryStream(ReadReal(name)), name),
                _ => DeckTemplate.FromUpload(new MemoryStream(Bundled.Value[name[..^4]]), name),
            };
            return Loaded[name] = t;
        }
    }

    private static byte[] ReadReal(string file)
    {
        var path = Path.Combine(RealFolder, file);
        if (!File.Exists(path))
            throw new InvalidOperationException($"Real template {path} is missing: the deck checks read the templates this project did not make from {RealFolder} (see its README.md).");
        return File.ReadAllBytes(path);
    }

    public static UnitProfile Profile(string name) =>
        Profiles.Contains(name) ? ProfileCache.GetOrAdd(name, n => UnitProfileParser.Parse(File.ReadAllText(RepoRoot.File($"templates/units/{n}.yaml")), BuiltInData.Catalog.AreaCodes))
            : throw new ArgumentException(name);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, UnitProfile> ProfileCache = new();

    public static DeckPlan Plan(string profile, DeckKind kind) => DeckPlanner.Plan(kind, Profile(profile), BuiltInData.Catalog);

    /// <summary>Every deck of the corpus: template × profile × kind, rendered once per test run.</summary>
    public static IEnumerable<(string Template, string Profile, DeckKind Kind)> Decks() =>
        from t in Templates from p in Profiles from k in (DeckKind[])[DeckKind.WawancaraVirtual, DeckKind.ObservasiLapangan] select (t.Name, p, k);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, DeckKind), RenderedDeck> Rendered = new();

    public static RenderedDeck Render(string template, string profile, DeckKind kind) =>
        Rendered.GetOrAdd((template, profile, kind), key => DeckRenderer.Render(Plan(key.Item2, key.Item3), Template(key.Item1), DeckTokens.From(Profile(key.Item2))));

    public static string Label(string template, string profile, DeckKind kind) => $"{profile}/{kind.ToKey()}/{template}";
}

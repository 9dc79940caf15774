using System.Reflection;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain;

/// <summary>The catalog, checklists and generic rules embedded in this assembly, parsed once.</summary>
public static class BuiltInData
{
    private static readonly Assembly Asm = typeof(BuiltInData).Assembly;
    private static readonly Lazy<LkeCatalog> LazyCatalog = new(() => CatalogLoader.Parse(Resource("lke-permenpan-90-2021.yaml"), "lke-permenpan-90-2021.yaml"));

    private static readonly Lazy<RuleBook> LazyRules = new(() => RuleBook.Load(Catalog, RuleSources()));

    private static readonly Lazy<IReadOnlyList<Rehearsal.QaQuestion>> LazyQaBank = new(() => Rehearsal.QaBank.Parse(Resource("qa/bank-awal.yaml"), Catalog));

    public static LkeCatalog Catalog => LazyCatalog.Value;

    /// <summary>The starter question bank for the Q&amp;A drill.</summary>
    public static IReadOnlyList<Rehearsal.QaQuestion> QaBank => LazyQaBank.Value;

    /// <summary>Checklists of every question and the generic rules, validated against <see cref="Catalog"/>.</summary>
    public static RuleBook Rules => LazyRules.Value;

    /// <summary>Embedded rule files (generic rules and per-area checklists) as (name, text).</summary>
    public static IEnumerable<(string Name, string Text)> RuleSources() =>
        Asm.GetManifestResourceNames()
            .Where(n => n.StartsWith("NarrativeAssist.Data.rules", StringComparison.Ordinal)
                        || n.StartsWith("NarrativeAssist.Data.checklists", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["NarrativeAssist.Data.".Length..], ResourceByFullName(n)));

    public static string Resource(string name) => ResourceByFullName("NarrativeAssist.Data." + name);

    private static string ResourceByFullName(string fullName)
    {
        using var s = Asm.GetManifestResourceStream(fullName) ?? throw new InvalidOperationException($"resource {fullName} missing");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}

using System.Runtime.CompilerServices;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>The answer judge for a catalog, built once from the embedded Data/options/*.yaml. A catalog the option
/// data does not fit (a test's or an inspectorate's own) gets no judge rather than a failure at check time.</summary>
public static class Judges
{
    private static readonly ConditionalWeakTable<LkeCatalog, AnswerJudgeHolder> Built = new();

    public static AnswerJudge? For(LkeCatalog catalog) => Built.GetValue(catalog, c => new AnswerJudgeHolder(TryLoad(c))).Judge;

    /// <summary>Embedded option criteria files as (name, text).</summary>
    public static IEnumerable<(string Name, string Text)> Sources()
    {
        var asm = typeof(BuiltInData).Assembly;
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("NarrativeAssist.Data.options", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            yield return (name["NarrativeAssist.Data.".Length..], BuiltInData.Resource(name["NarrativeAssist.Data.".Length..]));
    }

    private static AnswerJudge? TryLoad(LkeCatalog catalog)
    {
        if (ReferenceEquals(catalog, BuiltInData.Catalog)) return new AnswerJudge(OptionCriteriaBook.Load(catalog, Sources(), BuiltInData.Rules));
        try { return new AnswerJudge(OptionCriteriaBook.Load(catalog, Sources())); }
        catch (Yaml.DataFileException) { return null; }
    }

    private sealed record AnswerJudgeHolder(AnswerJudge? Judge);
}

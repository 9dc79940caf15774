using System.Collections.Concurrent;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Checking;

/// <summary>The claimed option's own criterion says the element is absent ("… namun belum terhubung dengan sistem
/// informasi pelayanan publik" for answer B): the narrative saying the same ("belum terhubung ke SIPPN") describes that
/// option, it is not a key fact left unrealised. Read from the option's penjelasan with the same reader as narratives.</summary>
internal static class OptionOwnNegation
{
    private static readonly ConcurrentDictionary<(string Penjelasan, ChecklistElement Element), bool> Cache = new();

    public static bool Covers(RuleContext ctx, ChecklistElement element)
    {
        if (ctx.Answer is null) return false;
        var option = ctx.Question.Options.FirstOrDefault(o => o.Code.Equals(ctx.Answer, StringComparison.OrdinalIgnoreCase));
        if (option is null || string.IsNullOrWhiteSpace(option.Penjelasan)) return false;
        return Cache.GetOrAdd((option.Penjelasan, element), static key =>
        {
            var text = AnalyzedText.Analyze(key.Penjelasan);
            var reading = NarrativeReading.Read(text);
            return key.Element.Any.Find(text).Any(m => reading.IsNegated(text.TokenIndexAt(m.Start)));
        });
    }
}

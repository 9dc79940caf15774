using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Rules;

/// <summary>What an evaluator marks when a core element is missing, read from the element's own patterns when the data
/// does not say: a decree asked with its number is the legal basis; an element made only of dates, numbers or periods
/// is the date or the result; anything else is the thing the answer claims (over_claim).</summary>
internal static class ElementDefects
{
    public static string Infer(PatternSet any, PatternSet with)
    {
        if (with.Patterns.Any(p => p.Source.Trim() == "{nomor}")) return Defects.NoLegalBasis;
        var sources = any.Patterns.Select(p => p.Source.Trim()).ToList();
        if (sources.Count > 0 && sources.All(s => s is "{tanggal}" or "{tahun}" or "{periode}")) return Defects.NoDate;
        if (sources.Count > 0 && sources.All(s => s is "{angka}" or "{persen}")) return Defects.NoResult;
        return Defects.OverClaim;
    }
}

using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Checking;

/// <summary>The finding for a checklist element that is not covered. A core element's gap is what an evaluator marks
/// (warning, with its defect: legal basis, date, result, or a bare claim); a supporting element's gap is a suggestion;
/// anything stated but not realised is marked not_realised. Behind the lowest answer ("Tidak", "E") the
/// checklist — written to justify the top answer — asks for nothing, so every gap is a suggestion there; likewise an
/// element that only sets a higher option apart (Data/options <c>pembeda</c>) is not asked behind a lower claim.</summary>
internal static class ElementFindings
{
    public static Finding For(ElementOutcome o, RuleContext ctx)
    {
        var e = o.Element;
        // Whether the claimed answer is proven is the answer judgement's call (over_claim, from the options' criteria);
        // a core element whose gap is that and nothing more is marked only where the data declares it core. A missing
        // legal basis, date or result, a plan, a draft or a bare claim is marked on its own.
        var specific = e.Defect != Defects.OverClaim || e.CoreDeclared || o.State is ElementState.BareClaim;
        // "belum terhubung ke SIPPN" beside answer B, whose criterion is "namun belum terhubung …": the option itself.
        var optionSaysAbsent = o.State == ElementState.NotRealised && ctx.Reading.ClauseAt(o.At?.Start ?? 0).Realised
            && OptionOwnNegation.Covers(ctx, e);
        var marked = !ctx.AnswerIsLowest && !optionSaysAbsent && !ctx.AskedOnlyAboveClaim.Contains(e.Id)
            && (e.Core && specific || o.State == ElementState.NotRealised);
        var severity = marked ? (e.Severity == Severity.Saran ? Severity.Warning : e.Severity) : Severity.Saran;
        var rule = "unsur." + e.Id;
        if (o.At is not { } at)
            return new Finding(rule, severity, $"Narasi belum memuat: {e.Label}.", e.Saran, 0, 0)
            { Defect = marked ? e.Defect : null, Expected = e.Label };

        var quoted = ctx.Snippet(at);
        var (message, defect) = o.State switch
        {
            ElementState.NotRealised =>
                ($"\"{quoted}\" {ElementReading.WhyNotRealised(ctx.Reading, at.Start)}; yang dinilai hanya yang sudah terwujud: {e.Label}.", Defects.NotRealised),
            ElementState.BareClaim =>
                ($"\"{quoted}\" hanya pernyataan, belum ditunjukkan dengan fakta (tanggal, jumlah, nomor): {e.Label}.", Defects.VagueClaim),
            _ => ($"\"{quoted}\" disebut, tetapi belum lengkap: {e.Label}.", e.Defect == Defects.OverClaim ? Defects.VagueClaim : e.Defect),
        };
        return new Finding(rule, severity, message, e.Saran, at.Start, at.Length) { Defect = marked ? defect : null, Expected = e.Label };
    }
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>An evaluator gives a claimed answer its value only when the narrative proves it (EVALUATOR.md §1–3): when
/// the key fact is planned, under way, a draft or negated, when the claim rests on quality words alone, or when the
/// narrative answers another question, whatever answer above the lowest was claimed is not proven — an over-claim,
/// even where no option criterion (count, frequency, stage) contradicts it. Runs after every other check and adds one
/// finding at most, pointing at the finding it rests on.</summary>
internal static class UnprovenClaim
{
    /// <summary>Defects that leave the claimed answer without proof, with the reason in words.</summary>
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        [Defects.NotRealised] = "hal yang menentukan jawaban belum terwujud (masih rencana, dalam proses, rancangan atau dinyatakan belum ada)",
        [Defects.VagueClaim] = "kriteria jawaban hanya dinyatakan dengan kata sifat, tanpa fakta (tanggal, jumlah, nomor) yang menunjukkannya",
        [Defects.WrongQuestion] = "narasi tidak menguraikan hal yang ditanyakan pertanyaan ini",
    };

    public static void Check(RuleContext ctx, List<Finding> findings, AnswerJudgement? judged, out InferredAnswer? inferred)
    {
        inferred = judged?.Inferred;
        if (ctx.Answer is null || ctx.AnswerIsLowest || !AboveNothing(ctx)) return;
        if (findings.Any(f => f.Defect == Defects.OverClaim && f.Severity is Severity.Error or Severity.Warning)) return;
        // The option criteria already account for what is missing ("belum terintegrasi" behind the not-integrated option).
        if (judged?.Inferred is { } fits && fits.Code.Equals(ctx.Answer, StringComparison.OrdinalIgnoreCase)) return;
        var cause = findings.FirstOrDefault(f => f.Severity is Severity.Error or Severity.Warning && f.Defect is { } d && Reasons.ContainsKey(d));
        if (cause is null) return;
        var reason = Reasons[cause.Defect!];
        var lowest = ctx.Question.Options.Count > 1 ? ctx.Question.Options[^1].Code : null;
        findings.Add(new Finding("jawaban_tanpa_bukti", Severity.Error,
            $"Jawaban {ctx.Answer} belum didukung narasi: {reason}.",
            "Uraikan fakta yang menunjukkan kriteria jawaban itu (apa yang sudah terlaksana, kapan, berapa, dengan dokumen apa), atau pilih jawaban yang sesuai dengan narasi.",
            cause.Start, cause.Length)
        { Defect = Defects.OverClaim, Expected = $"fakta yang membuktikan jawaban {ctx.Answer}" });
        // A yes/no question whose "Ya" is not proven supports only "Tidak"; on a graded scale the lower option that
        // fits is left to the judge (it said nothing, so nothing is inferred).
        if (inferred is null && lowest is not null && ctx.Question.Options.Count == 2)
            inferred = new InferredAnswer(lowest, cause.Start, cause.Length, $"Jawaban {ctx.Answer} belum didukung narasi; {reason}");
        else if (inferred is not null && inferred.Code.Equals(ctx.Answer, StringComparison.OrdinalIgnoreCase))
            inferred = null;
    }

    /// <summary>The claim is worth something: an option other than the lowest, or a positive figure.</summary>
    private static bool AboveNothing(RuleContext ctx) =>
        ctx.Question.Options.Count > 1 || double.TryParse(ctx.Answer, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0;
}

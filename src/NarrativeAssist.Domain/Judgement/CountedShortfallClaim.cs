using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>A claimed answer whose criterion is "seluruh" beside the narrative's own count of what is not done yet
/// ("12 rekomendasi telah ditindaklanjuti … Tiga rekomendasi belum dapat dilaksanakan"): the remainder is partial
/// coverage, so the claim is above what the narrative shows (over_claim, EVALUATOR.md §1) — not a plan presented as
/// done (the reading keeps such a remainder out of not_realised). The remainder must count one of the objects the
/// question's coverage counts (rekomendasi, indikator, pegawai …).</summary>
internal static class CountedShortfallClaim
{
    public static void Check(RuleContext ctx, AnswerJudge? judge, List<Finding> findings)
    {
        if (ctx.Answer is null || judge?.Book.For(ctx.Question.Id) is not { } criteria) return;
        var claimed = criteria.IndexOf(ctx.Answer);
        if (claimed < 0 || criteria.Options[claimed].Coverage != Coverage.Seluruh || criteria.Objects.Count == 0) return;
        if (findings.Any(f => f.Defect == Defects.OverClaim && f.Severity is Severity.Error or Severity.Warning)) return;
        var reading = ctx.Reading;
        var tokens = ctx.Text.Tokens;
        for (var k = 0; k < reading.Clauses.Count; k++)
        {
            if (!reading.IsCountedShortfall(k)) continue;
            var c = reading.Clauses[k];
            var counts = false;
            for (var i = c.FirstToken; i < c.EndToken && !counts; i++)
                counts = criteria.Objects.Any(o => tokens[i].Lower.StartsWith(o, StringComparison.Ordinal));
            if (!counts) continue;
            var quoted = ctx.Text.Text[c.Start..c.End].Trim();
            findings.Add(new Finding("sisa_belum_terlaksana", Severity.Error,
                $"Jawaban {ctx.Answer} mensyaratkan seluruh {criteria.Objects[0]}, tetapi narasi sendiri menyebut sisa yang belum: \"{quoted}\".",
                "Pilih jawaban yang sesuai dengan cakupan yang sudah terlaksana (sebagian besar/sebagian kecil), atau selesaikan sisanya dan tuliskan tanggal penyelesaiannya.",
                c.Start, c.Length)
            { Defect = Defects.OverClaim, Expected = $"seluruh {criteria.Objects[0]} sudah terlaksana" });
            return;
        }
    }
}

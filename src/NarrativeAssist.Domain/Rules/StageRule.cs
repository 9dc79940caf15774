using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Rules;

/// <summary>stage: words that put a clause at a stage other than realised (akan, dijadwalkan, sedang, rancangan …; the
/// markers of Data/bahasa/penanda.yaml, read per clause so a rule's "akan dikenakan" or "tahun yang akan datang" are
/// not plans). When the question's core is not shown as realised, each marker is what an evaluator marks
/// (not_realised, at the rule's severity). Beside realised core work a marker is still marked when it leaves part of
/// the thing undone — a draft or work under way, or a plan for the rest ("2 rekomendasi lainnya akan
/// ditindaklanjuti") — but not when it is the next round of what was reported ("evaluasi berikutnya dijadwalkan").</summary>
public sealed class StageRule : NarrativeRule
{
    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        var markers = ctx.Reading.StageMarkers;
        if (markers.Count == 0) return;
        foreach (var m in markers.Take(MaxFindingsPerRule))
        {
            var marked = !ctx.AnswerIsLowest && (ctx.CoreIncomplete || LeavesPartUndone(ctx, m));
            var match = ctx.Text.Text.Substring(m.Start, m.Length);
            findings.Add(new Finding(Id, marked ? Severity : Severity.Saran, Message.Replace("{match}", match), Suggestion.Replace("{match}", match), m.Start, m.Length)
            {
                Defect = marked ? Defect : null,
                Expected = "kegiatan yang sudah terlaksana, dengan tanggalnya",
            });
        }
    }

    private static bool LeavesPartUndone(RuleContext ctx, StageMarker m)
    {
        var lx = ReadingLexicon.Default;
        var clause = ctx.Reading.Clauses[m.Clause];
        var tokens = ctx.Text.Tokens;
        if (lx.NextRound.AnyIn(tokens, clause.FirstToken, clause.EndToken)) return false;
        // What someone knows or says ("… mengetahui bahwa unit sedang membangun ZI") reports, it does not plan.
        var at = ctx.Text.TokenIndexAt(m.Start);
        for (var i = clause.FirstToken; i < at && i < tokens.Count; i++) if (tokens[i].Lower == "bahwa") return false;
        return m.Stage is ClauseStage.Draft or ClauseStage.InProgress || lx.Remainder.AnyIn(tokens, clause.FirstToken, clause.EndToken);
    }
}

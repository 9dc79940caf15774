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
            var marked = !ctx.AnswerIsLowest && !CountedRemainder(ctx, m) && !AskedState(ctx, m)
                && (PlanOnly(ctx) || AboutUnmetElement(ctx, m) || LeavesPartUndone(ctx, m));
            var match = ctx.Text.Text.Substring(m.Start, m.Length);
            findings.Add(new Finding(Id, marked ? Severity : Severity.Saran, Message.Replace("{match}", match), Suggestion.Replace("{match}", match), m.Start, m.Length)
            {
                Defect = marked ? Defect : null,
                Expected = "kegiatan yang sudah terlaksana, dengan tanggalnya",
            });
        }
    }

    /// <summary>The marker belongs to a counted, undone remainder ("Tiga rekomendasi belum dapat dilaksanakan karena
    /// menunggu anggaran"): partial coverage the answer's quantifier judges, not a plan presented as done.</summary>
    private static bool CountedRemainder(RuleContext ctx, StageMarker m)
    {
        var reading = ctx.Reading;
        if (reading.IsCountedShortfall(m.Clause)) return true;
        if (m.Clause == 0 || !reading.IsCountedShortfall(m.Clause - 1)) return false;
        var clause = reading.Clauses[m.Clause];
        return reading.Clauses[m.Clause - 1].Sentence == clause.Sentence
            && ReadingLexicon.Default.Reasons.MatchAt(ctx.Text.Tokens, clause.FirstToken, clause.EndToken) > 0;
    }

    /// <summary>A checklist element asks for exactly this state ("pengaduan yang masih dalam proses"): reported status.</summary>
    private static bool AskedState(RuleContext ctx, StageMarker m)
    {
        foreach (var e in ctx.Checklist.Elements)
            foreach (var hit in ctx.Matches(e.Any))
                if (hit.Start <= m.Start && hit.Start + hit.Length >= m.Start + m.Length) return true;
        return false;
    }

    /// <summary>Nothing in the narrative is realised, dated work: the plan is all there is.</summary>
    private static bool PlanOnly(RuleContext ctx) => !ctx.Reading.HasDatedRealisedWork;

    /// <summary>The marker's clause names a checklist element the narrative does not show as done: the plan, draft or
    /// work under way is what keeps that element from counting. A plan about something the question does not ask (a
    /// routine next step after realised work) is left to a suggestion, even when another element is missing.</summary>
    private static bool AboutUnmetElement(RuleContext ctx, StageMarker m)
    {
        var clause = ctx.Reading.Clauses[m.Clause];
        foreach (var e in ctx.UnmetElements)
            foreach (var hit in ctx.Matches(e.Any))
                if (hit.Start < clause.End && hit.Start + hit.Length > clause.Start) return true;
        return false;
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

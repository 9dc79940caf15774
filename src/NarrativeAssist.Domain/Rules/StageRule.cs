using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Rules;

/// <summary>stage: words that put a clause at a stage other than realised (akan, dijadwalkan, sedang, rancangan …; the
/// markers of Data/bahasa/penanda.yaml, read per clause so a rule's "akan dikenakan" or "tahun yang akan datang" are
/// not plans). When the question's core is not shown as realised, each marker is what an evaluator marks
/// (not_realised, at the rule's severity); beside realised core work a further plan is only a suggestion.</summary>
public sealed class StageRule : NarrativeRule
{
    public override void Check(RuleContext ctx, List<Finding> findings)
    {
        var markers = ctx.Reading.StageMarkers;
        if (markers.Count == 0) return;
        var marked = ctx.CoreIncomplete && !ctx.AnswerIsLowest;
        foreach (var m in markers.Take(MaxFindingsPerRule))
        {
            var match = ctx.Text.Text.Substring(m.Start, m.Length);
            findings.Add(new Finding(Id, marked ? Severity : Severity.Saran, Message.Replace("{match}", match), Suggestion.Replace("{match}", match), m.Start, m.Length)
            {
                Defect = marked ? Defect : null,
                Expected = "kegiatan yang sudah terlaksana, dengan tanggalnya",
            });
        }
    }
}

using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>The checks of quantities and time every narrative gets: a stated frequency against the dated events,
/// dates in a possible order, and results claimed without figures where the question asks for results.</summary>
public static class ConsistencyChecks
{
    public static void Run(RuleContext ctx, List<Finding> findings)
    {
        var q = TextQuantities.Of(ctx.Text);
        FrequencyConsistency.Check(q, findings);
        DateOrder.Check(q, findings);
        ResultFigures.Check(ctx, q, findings);
        BodyWithoutFacts.Check(ctx, findings);
    }
}

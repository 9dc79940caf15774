namespace NarrativeAssist.Domain.Rules;

/// <summary>How a narrative's score and status follow from its checklist coverage and findings
/// (the <c>scoring</c> key of the generic rule file).</summary>
public sealed record ScoringPolicy(int ErrorPenalty, int WarningPenalty, int SaranPenalty, int Kuat, int PerluPerbaikan)
{
    public static readonly ScoringPolicy Default = new(20, 8, 2, 80, 60);

    public int Penalty(Severity s) => s switch
    {
        Severity.Error => ErrorPenalty,
        Severity.Warning => WarningPenalty,
        _ => SaranPenalty,
    };
}

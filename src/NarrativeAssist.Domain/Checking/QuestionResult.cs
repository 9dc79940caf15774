namespace NarrativeAssist.Domain.Checking;

/// <summary>Verdict on one question's narrative.</summary>
public enum NarrativeStatus
{
    Kosong,
    Lemah,
    PerluPerbaikan,
    Kuat,
}

public static class NarrativeStatusNames
{
    public static string Name(this NarrativeStatus s) => s switch
    {
        NarrativeStatus.Kosong => "kosong",
        NarrativeStatus.Lemah => "lemah",
        NarrativeStatus.PerluPerbaikan => "perlu_perbaikan",
        _ => "kuat",
    };

    public static string Label(this NarrativeStatus s) => s switch
    {
        NarrativeStatus.Kosong => "Kosong",
        NarrativeStatus.Lemah => "Lemah",
        NarrativeStatus.PerluPerbaikan => "Perlu perbaikan",
        _ => "Kuat",
    };
}

/// <summary>A checklist element with its Indonesian label.</summary>
public sealed record ElementRef(string Id, string Label);

public sealed record QuestionResult(
    string Id,
    NarrativeStatus Status,
    int Score,
    string? Answer,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ElementRef> Covered,
    IReadOnlyList<ElementRef> Missing,
    IReadOnlyList<string> EvidenceCited,
    int Words)
{
    /// <summary>The answer the narrative supports, with the span that shows it (null: the narrative says too little).</summary>
    public Judgement.InferredAnswer? InferredAnswer { get; init; }
}

namespace NarrativeAssist.Server.Evidence;

/// <summary>Evidence:* — how much evidence one unit may store (files in the database), so one account cannot fill the disk.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";
    public long MaxBytesPerUnit { get; set; } = 500L * 1024 * 1024;
    public int MaxItemsPerUnit { get; set; } = 2_000;
}

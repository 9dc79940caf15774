namespace NarrativeAssist.Domain.Checking;

/// <summary>A to-do note left in the text ("[data menunggu rekap Instalasi Rekam Medis]") is marked once, as a drafting
/// leftover: the waiting or plan words inside it are the writer's note to self, not a stage of the unit's work, so a
/// not_realised finding that lies wholly inside such a note is dropped.</summary>
internal static class LeftoverNotes
{
    public static void DropReadingsInside(List<Finding> findings)
    {
        var notes = findings.Where(f => f.Defect == Defects.DraftingLeftover && f.Length > 0).ToList();
        if (notes.Count == 0) return;
        findings.RemoveAll(f => f.Defect == Defects.NotRealised
            && notes.Any(n => f.Start >= n.Start && f.Start + f.Length <= n.Start + n.Length));
    }
}

using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Documents.Reports;

/// <summary>Indonesian labels of the evaluator's defect categories for the CLI and HTML reports. The same labels as
/// DEFECT_LABEL in wwwroot/views/ui.js (the Word pane and the web app); DefectLabelsTests keeps the two lists equal.</summary>
public static class DefectLabels
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [Defects.OverClaim] = "Jawaban melebihi narasi",
        [Defects.UnderClaim] = "Jawaban di bawah narasi",
        [Defects.InvalidAnswer] = "Jawaban tidak sah",
        [Defects.NotRealised] = "Belum terlaksana",
        [Defects.NoDate] = "Tanpa tanggal",
        [Defects.NoLegalBasis] = "Tanpa dasar hukum",
        [Defects.NoResult] = "Tanpa hasil",
        [Defects.NoComparison] = "Tanpa pembanding",
        [Defects.VagueClaim] = "Klaim kabur",
        [Defects.NoEvidence] = "Tanpa bukti dukung",
        [Defects.IrrelevantEvidence] = "Bukti tidak relevan",
        [Defects.WrongQuestion] = "Salah pertanyaan",
        [Defects.Inconsistent] = "Tidak konsisten",
        [Defects.DraftingLeftover] = "Sisa penyusunan",
    };

    /// <summary>The label of a defect name; null for none, the name itself for one this list does not know yet.</summary>
    public static string? Label(string? defect) => defect is null ? null : All.GetValueOrDefault(defect, defect);
}

using System.Globalization;
using System.Text;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Evidence;

namespace NarrativeAssist.Documents.Reports;

/// <summary>The evidence folder check as Indonesian text: a table with one row per question, then what to do for each
/// question with a finding, then the files that could not be placed.</summary>
public static class EvidenceTextReport
{
    /// <param name="all">One row for every question of the LKE, not only those with files, an answer or a finding.</param>
    /// <param name="maxFileBytes">The per-file limit, named in the oversized finding.</param>
    public static string Render(EvidenceCheckReport report, LkeCatalog catalog, string source, bool all = false, long? maxFileBytes = null)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Pemeriksaan folder bukti dukung — {source}: {report.FileCount} berkas");
        if (!report.NarrativesGiven)
            sb.AppendLine("Catatan: tanpa narasi (--narasi) hanya letak dan keadaan berkas yang diperiksa, bukan bukti yang disebut narasi.");
        if (!report.ContentInspected)
            sb.AppendLine("Catatan: dari daftar path, isi berkas tidak dibuka — berkas kosong, rusak atau terlalu besar tidak terdeteksi.");
        sb.AppendLine();
        var rows = report.Questions.Where(q => all || q.Files.Count > 0 || q.Answered || q.HasFindings).ToList();
        sb.AppendLine($"{"Nomor",-14} {"Id",-10} {"Berkas",6} {"Hilang",6} {"Tak disebut",11} {"Salah folder",12} {"Bermasalah",10}  Keterangan");
        foreach (var q in rows)
            sb.AppendLine($"{q.Label,-14} {q.QuestionId,-10} {q.Files.Count,6} {q.NamedMissing.Count,6} {q.NotNamed.Count,11} " +
                $"{q.Misplaced.Count,12} {q.Problems.Count,10}  {Status(q)}");
        if (rows.Count == 0) sb.AppendLine("(tidak ada berkas yang dapat dipetakan ke pertanyaan LKE)");
        sb.AppendLine();
        sb.AppendLine("Hilang = disebut di narasi tetapi tidak ada berkasnya; Tak disebut = berkas yang tidak disebut di narasi;");
        sb.AppendLine("Salah folder = berkas bernomor pertanyaan ini yang berada di folder lain; Bermasalah = kosong, rusak, terlalu besar atau bermakro.");

        foreach (var q in report.Questions.Where(q => q.HasFindings))
        {
            var question = catalog.FindQuestion(q.QuestionId)!;
            sb.AppendLine();
            sb.AppendLine($"{q.Label} ({q.QuestionId}) {Cut(question.Text, 100)}");
            if (q.NoEvidence) sb.AppendLine("  Narasi sudah dijawab, tetapi tidak ada satu pun berkas bukti dukung yang dapat dibuka di foldernya.");
            List("Disebut di narasi, belum ada berkasnya:", q.NamedMissing);
            List("Berkas yang tidak disebut di narasi (sebut di \"Bukti dukung: …\" atau pindahkan):", q.NotNamed);
            List($"Berkas untuk pertanyaan ini yang berada di folder lain (pindahkan ke folder {q.Label}):",
                q.Misplaced.Select(m => $"{m.Path} (di folder {Where(catalog, m.SitsIn)})"));
            List("Berkas bermasalah:", q.Problems.Select(p => $"{p.Path}: {Problem(p.Problem, maxFileBytes)}"));
        }

        if (report.Unplaced.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine($"Berkas yang tidak dapat dipetakan ke pertanyaan ({report.Unplaced.Count}) — simpan di folder pertanyaannya " +
                "atau awali namanya dengan nomor pertanyaan (mis. \"1.i.a …\"):");
            foreach (var u in report.Unplaced)
                sb.AppendLine($"  - {u.Path}{(u.SubAreaId is { } s ? $" (di folder sub-area {Where(catalog, s)})" : "")}");
            List("Berkas bermasalah di antaranya:", report.UnplacedProblems.Select(p => $"{p.Path}: {Problem(p.Problem, maxFileBytes)}"));
        }
        return sb.ToString();

        void List(string title, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count == 0) return;
            sb.AppendLine("  " + title);
            foreach (var i in list) sb.AppendLine("    - " + i);
        }
    }

    private static string Status(QuestionEvidence q) =>
        q.NoEvidence ? "dijawab tanpa bukti"
        : q.HasFindings ? "perlu dibenahi"
        : q.Files.Count > 0 ? "lengkap"
        : "";

    /// <summary>A question or sub-area as a unit reads it: "1.i.a" or "1.ii Rencana Pembangunan Zona Integritas".</summary>
    private static string Where(LkeCatalog catalog, string id)
    {
        if (catalog.FindQuestion(id) is { } q) return LkeNumbering.Label(q);
        var sub = catalog.Parts.SelectMany(p => p.Areas).SelectMany(a => a.SubAreas).FirstOrDefault(s => s.Id == id);
        return sub is null ? id : $"{(sub.Area.Part.Id == "R" ? "Reform " : "")}{sub.Area.Number}.{sub.Numeral} {sub.Name}";
    }

    public static string Problem(FileProblem p, long? maxFileBytes = null) => p switch
    {
        FileProblem.Empty => "kosong (0 byte)",
        FileProblem.Unreadable => "tidak dapat dibuka (rusak, atau isinya tidak sesuai jenis berkasnya)",
        FileProblem.Oversized => maxFileBytes is { } max
            ? $"terlalu besar (lebih dari {(max / (double)DocumentLimits.Megabyte).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',')} MB); kompres atau pecah berkasnya"
            : "terlalu besar; kompres atau pecah berkasnya",
        FileProblem.MacroEnabled => "mengandung makro; simpan ulang tanpa makro (.docx, .xlsx, .pptx) agar evaluator mau membukanya",
        _ => p.ToString(),
    };

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}

using System.Text;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Documents.Reports;

/// <summary>A readable Indonesian report of a check: coverage table per lever, then each question's verdict,
/// checklist and findings with suggestions.</summary>
public static class CheckTextReport
{
    public static string Render(CheckReport report, LkeCatalog catalog, IReadOnlyList<string>? warnings = null)
    {
        var sb = new StringBuilder();
        var filled = report.Questions.Count(q => q.Status != NarrativeStatus.Kosong);
        sb.AppendLine($"Pemeriksaan narasi LKE Zona Integritas — {filled} dari {report.Questions.Count} narasi di dokumen terisi dan diperiksa");
        sb.AppendLine();
        sb.AppendLine("Cakupan per area");
        sb.AppendLine($"{"Area",-44} {"Soal",5} {"Terisi",7} {"Kuat",5}  Kemajuan");
        foreach (var a in report.Coverage.Areas)
            sb.AppendLine($"{Trim(a.Name, 44),-44} {a.Total,5} {a.Answered,7} {a.Strong,5}  {Bar(a.AnsweredPercent)} {a.AnsweredPercent,3:0} %");
        var c = report.Coverage;
        sb.AppendLine($"{"Total",-44} {c.Total,5} {c.Answered,7} {c.Strong,5}");
        foreach (var w in warnings ?? []) sb.AppendLine($"Catatan: {w}");

        var empty = report.Questions.Where(q => q.Status == NarrativeStatus.Kosong).Select(q => q.Id).ToList();
        foreach (var q in report.Questions.Where(q => q.Status != NarrativeStatus.Kosong))
        {
            var question = catalog.FindQuestion(q.Id)!;
            sb.AppendLine();
            sb.AppendLine($"{q.Id}  {q.Status.Label().ToUpperInvariant()} ({q.Score}/100){(q.Answer is null ? "" : $"  Jawaban: {q.Answer}")}");
            sb.AppendLine($"  {Trim(question.Text, 110)}");
            if (q.InferredAnswer is { } inferred)
                sb.AppendLine($"  Jawaban   : {q.Answer ?? "belum diisi"} · didukung narasi: {inferred.Code}{(inferred.Reason.Length > 0 ? $" ({inferred.Reason})" : "")}");
            if (q.Covered.Count > 0) sb.AppendLine($"  Sudah ada : {string.Join("; ", q.Covered.Select(e => e.Label))}");
            if (q.Missing.Count > 0) sb.AppendLine($"  Belum ada : {string.Join("; ", q.Missing.Select(e => e.Label))}");
            if (q.EvidenceCited.Count > 0) sb.AppendLine($"  Bukti     : {string.Join("; ", q.EvidenceCited)}");
            foreach (var f in q.Findings.Where(f => !f.Rule.StartsWith("unsur.", StringComparison.Ordinal)))
            {
                var defect = DefectLabels.Label(f.Defect);
                sb.AppendLine($"  [{f.Severity.Label()}]{(defect is null ? "" : $" {defect}:")} {f.Message}");
                if (!string.IsNullOrWhiteSpace(f.Expected)) sb.AppendLine($"      Yang diharapkan: {f.Expected}");
                if (f.Suggestion.Length > 0) sb.AppendLine($"      Saran: {f.Suggestion}");
            }
        }
        if (empty.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine($"Belum diisi ({empty.Count}): {string.Join(", ", empty)}");
        }
        return sb.ToString();
    }

    internal static string Bar(double percent)
    {
        var filled = (int)Math.Round(Math.Clamp(percent, 0, 100) / 10);
        return "[" + new string('#', filled) + new string('.', 10 - filled) + "]";
    }

    internal static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

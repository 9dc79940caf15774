using System.Globalization;
using System.Text;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Workbook;

namespace NarrativeAssist.Documents.Reports;

/// <summary>The import of an LKE workbook in Indonesian: what was recognised where, every row that was not, the
/// workbook's own values that differ from the regulation's arithmetic, the narratives' verdicts and the score.</summary>
public static class WorkbookTextReport
{
    public static string Render(WorkbookReview review, string fileName)
    {
        var import = review.Import;
        var sb = new StringBuilder();
        sb.AppendLine($"Impor lembar kerja LKE — {fileName}");
        foreach (var s in import.Sheets)
            sb.AppendLine($"Lembar {s.Sheet}: judul kolom di baris {string.Join("–", s.Layout.HeaderRows)}; kolom " +
                string.Join(", ", s.Layout.Columns.OrderBy(c => c.Value).Select(c => $"{c.Key.Label()} ({WorkbookSheet.ColumnName(c.Value)})")) +
                (s.QuestionColumn is { } qc && s.Layout[ColumnRole.Penilaian] is null ? $"; teks pertanyaan di kolom {WorkbookSheet.ColumnName(qc)}" : ""));
        var total = import.Rows.Count + import.Missing.Count;
        sb.AppendLine($"Pertanyaan dikenali: {import.Rows.Count} dari {total}; dijawab: {import.Answers.Count}; narasi terisi: {import.Rows.Count(r => r.Narrative is not null)}.");
        var hidden = import.Rows.Where(r => r.Hidden).ToList();
        if (hidden.Count > 0) sb.AppendLine($"Baris tersembunyi ikut dibaca: {string.Join(", ", hidden.Select(r => $"{r.QuestionId} (baris {r.Row})"))}.");
        if (import.Missing.Count > 0) sb.AppendLine($"Tidak ada di lembar kerja ({import.Missing.Count}): {string.Join(", ", import.Missing)}.");

        sb.AppendLine();
        sb.AppendLine(import.Issues.Count == 0 ? "Semua baris berisi jawaban atau narasi dikenali." : $"Perlu diperiksa ({import.Issues.Count}):");
        foreach (var issue in import.Issues) sb.AppendLine($"  {issue.Where}: {issue.Message}");

        sb.AppendLine();
        if (review.Differences.Count == 0) sb.AppendLine("Nilai yang dihitung lembar kerja sesuai dengan perhitungan peraturan.");
        else
        {
            sb.AppendLine($"Nilai lembar kerja yang berbeda dari perhitungan peraturan ({review.Differences.Count}) — periksa rumusnya:");
            foreach (var d in review.Differences)
                sb.AppendLine($"  Lembar {d.Sheet}, baris {d.Row}: {d.Label} — {d.Column} di lembar kerja {Num(d.Workbook)}, seharusnya {Num(d.Expected)}");
        }

        sb.AppendLine();
        sb.AppendLine("Narasi per pertanyaan:");
        foreach (var q in review.Check.Questions)
        {
            var row = import.Rows.First(r => r.QuestionId == q.Id);
            var main = q.Findings.FirstOrDefault(f => f.Severity == Domain.Rules.Severity.Error) ?? q.Findings.FirstOrDefault();
            sb.AppendLine($"  {q.Id,-10} baris {row.Row,-4} {q.Status.Label(),-16} {q.Score,3}/100  jawaban {row.Answer ?? "-"}" +
                (main is null || q.Status == NarrativeStatus.Kosong ? "" : $" — {main.Message}"));
        }
        sb.AppendLine();
        sb.Append(ScoreTextReport.Render(review.Score));
        return sb.ToString();
    }

    private static string Num(double v) => v.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
}

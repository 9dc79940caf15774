using System.Net;
using System.Text;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Documents.Reports;

/// <summary>A self-contained HTML page (inline CSS, no scripts, no external requests) of a check:
/// coverage bars per lever with the traffic-light colours of the task pane, then each question.</summary>
public static class CheckHtmlReport
{
    public static string Render(CheckReport report, LkeCatalog catalog, string title = "Laporan pemeriksaan narasi LKE", IReadOnlyList<string>? warnings = null)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>{E(title)}</title><style>{Css}</style></head><body>");
        sb.Append($"<h1>{E(title)}</h1><p class=\"muted\">{report.Questions.Count(q => q.Status != NarrativeStatus.Kosong)} narasi terisi diperiksa · {report.Coverage.Answered} dari {report.Coverage.Total} pertanyaan terisi · {report.Coverage.Strong} kuat</p>");
        foreach (var w in warnings ?? []) sb.Append($"<p class=\"note\">{E(w)}</p>");
        sb.Append("<h2>Cakupan per area</h2><table class=\"coverage\"><thead><tr><th>Area</th><th>Soal</th><th>Terisi</th><th>Kuat</th><th>Kemajuan</th></tr></thead><tbody>");
        foreach (var a in report.Coverage.Areas)
        {
            sb.Append($"<tr><td>{E(a.Name)}</td><td>{a.Total}</td><td>{a.Answered}</td><td>{a.Strong}</td><td><div class=\"bar\" role=\"img\" aria-label=\"{a.AnsweredPercent:0} persen terisi\">");
            sb.Append($"<span class=\"answered\" style=\"width:{a.AnsweredPercent:0}%\"></span><span class=\"strong\" style=\"width:{a.StrongPercent:0}%\"></span></div> {a.AnsweredPercent:0} %</td></tr>");
        }
        sb.Append("</tbody></table><h2>Narasi per pertanyaan</h2>");
        foreach (var q in report.Questions.Where(q => q.Status != NarrativeStatus.Kosong))
        {
            var question = catalog.FindQuestion(q.Id)!;
            sb.Append($"<section class=\"q {Light(q)}\" id=\"{E(q.Id)}\"><h3><span class=\"badge\">{q.Score}</span> {E(q.Id)} — {E(q.Status.Label())}");
            if (q.Answer is not null) sb.Append($" <small>Jawaban: {E(q.Answer)}</small>");
            sb.Append($"</h3><p class=\"muted\">{E(question.Text)}</p>");
            if (q.InferredAnswer is { } inferred)
                sb.Append($"<p class=\"answer\">Jawaban unit: <b>{E(q.Answer ?? "belum diisi")}</b> · Didukung narasi: <b>{E(inferred.Code)}</b>"
                    + $"{(inferred.Reason.Length > 0 ? $"<br><span class=\"muted\">{E(inferred.Reason)}</span>" : "")}</p>");
            sb.Append("<ul class=\"checklist\">");
            foreach (var e in q.Covered) sb.Append($"<li class=\"ok\">✓ {E(e.Label)}</li>");
            foreach (var e in q.Missing) sb.Append($"<li class=\"miss\">✗ {E(e.Label)}</li>");
            sb.Append("</ul>");
            var findings = q.Findings.Where(f => !f.Rule.StartsWith("unsur.", StringComparison.Ordinal) || f.Length > 0).ToList();
            if (findings.Count > 0)
            {
                sb.Append("<ul class=\"findings\">");
                foreach (var f in findings)
                {
                    var defect = DefectLabels.Label(f.Defect);
                    sb.Append($"<li class=\"{f.Severity.Name()}\"><b>{E(f.Severity.Label())}</b>{(defect is null ? "" : $" <span class=\"defect\">{E(defect)}</span>")}: {E(f.Message)}");
                    if (!string.IsNullOrWhiteSpace(f.Expected)) sb.Append($"<br><span class=\"expected\">Yang diharapkan: {E(f.Expected)}</span>");
                    sb.Append($"<br><span class=\"muted\">Saran: {E(f.Suggestion)}</span></li>");
                }
                sb.Append("</ul>");
            }
            sb.Append("</section>");
        }
        var empty = report.Questions.Where(q => q.Status == NarrativeStatus.Kosong).Select(q => q.Id).ToList();
        if (empty.Count > 0) sb.Append($"<h2>Belum diisi ({empty.Count})</h2><p class=\"empty\">{E(string.Join(", ", empty))}</p>");
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>Acrolinx-style traffic light: green ≥ 80, yellow 60–79, red below.</summary>
    private static string Light(QuestionResult q) => q.Score >= 80 ? "green" : q.Score >= 60 ? "yellow" : "red";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css = """
        body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1b1b1b;line-height:1.45;padding:0 1rem}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem;margin:.2rem 0}
        .muted{color:#555}.note{background:#fff4ce;padding:.5rem;border-radius:4px}
        table.coverage{border-collapse:collapse;width:100%}table.coverage td,table.coverage th{border-bottom:1px solid #ddd;padding:.35rem;text-align:left}
        .bar{display:inline-block;position:relative;width:10rem;height:.8rem;background:#eee;border-radius:4px;vertical-align:middle;overflow:hidden}
        .bar span{position:absolute;left:0;top:0;bottom:0}.bar .answered{background:#9cc3e6}.bar .strong{background:#107c10}
        section.q{border-left:6px solid #ccc;padding:.5rem 1rem;margin:1rem 0;background:#fafafa}
        section.green{border-color:#107c10}section.yellow{border-color:#c19c00}section.red{border-color:#d13438}
        .badge{display:inline-block;min-width:2.2rem;text-align:center;border-radius:1rem;background:#333;color:#fff;font-size:.85rem}
        .green .badge{background:#107c10}.yellow .badge{background:#8a6d00}.red .badge{background:#d13438}
        ul.checklist{list-style:none;padding:0}.ok{color:#0b5a0b}.miss{color:#a4262c}
        .answer{margin:.3rem 0}.defect{display:inline-block;font-size:.8rem;border:1px solid #ccc;border-radius:4px;padding:0 .3rem;background:#f3f3f3}
        .expected{color:#333}
        ul.findings li{margin:.3rem 0}li.error b{color:#a4262c}li.warning b{color:#8a6d00}li.saran b{color:#005a9e}
        """;
}

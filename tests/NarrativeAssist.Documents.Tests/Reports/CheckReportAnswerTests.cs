using System.Text.RegularExpressions;
using NarrativeAssist.Documents.Reports;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Documents.Tests.Reports;

/// <summary>The CLI text and HTML reports show the answer the narrative supports beside the claimed one, and each
/// finding's defect label and what was expected (issue #14).</summary>
public class CheckReportAnswerTests
{
    // 19 of 34 staff with answer A ("seluruh pegawai"): an over-claim; the narrative supports B.
    private const string OverClaimed = "Seluruh pegawai diberi kesempatan yang sama. Pada tahun 2024, 19 dari 34 pegawai telah mengikuti diklat teknis, "
        + "e-learning Kemenkeu Corpu atau workshop Kanwil DJPb. Bukti dukung: rekap keikutsertaan pengembangan kompetensi pegawai 2024.";

    private static CheckReport Report() =>
        DocumentCheck.Run(new NarrativeChecker(BuiltInData.Rules), [new NarrativeInput("P.SDM.3.d", OverClaimed, "A")]);

    [Fact]
    public void The_text_report_names_claimed_and_supported_answers_the_defect_and_what_was_expected()
    {
        var report = Report();
        var q = report.Questions.Single(x => x.Id == "P.SDM.3.d");
        var over = q.Findings.First(f => f.Defect == Defects.OverClaim);
        var text = CheckTextReport.Render(report, BuiltInData.Catalog);

        text.Should().Contain($"Jawaban   : A · didukung narasi: {q.InferredAnswer!.Code} ({q.InferredAnswer.Reason})");
        q.InferredAnswer.Code.Should().Be("B");
        text.Should().Contain($"[Galat] Jawaban melebihi narasi: {over.Message}");
        if (!string.IsNullOrWhiteSpace(over.Expected)) text.Should().Contain($"Yang diharapkan: {over.Expected}");
    }

    [Fact]
    public void The_html_report_names_claimed_and_supported_answers_and_labels_defects()
    {
        var report = Report();
        var q = report.Questions.Single(x => x.Id == "P.SDM.3.d");
        var html = CheckHtmlReport.Render(report, BuiltInData.Catalog);

        html.Should().Contain("Jawaban unit: <b>A</b> · Didukung narasi: <b>B</b>");
        html.Should().Contain("<span class=\"defect\">Jawaban melebihi narasi</span>");
        foreach (var f in q.Findings.Where(f => !string.IsNullOrWhiteSpace(f.Expected) && (!f.Rule.StartsWith("unsur.") || f.Length > 0)))
            html.Should().Contain($"Yang diharapkan: {System.Net.WebUtility.HtmlEncode(f.Expected!)}");
    }

    [Fact]
    public void The_defect_labels_are_the_ones_the_pane_and_web_app_use_and_cover_every_defect()
    {
        DefectLabels.All.Keys.Should().BeEquivalentTo(Defects.All);
        var js = File.ReadAllText(RepoRoot.File("src/NarrativeAssist.Server/wwwroot/views/ui.js"));
        var block = Regex.Match(js, @"export const DEFECT_LABEL = \{(?<body>[^}]*)\}").Groups["body"].Value;
        var fromJs = Regex.Matches(block, @"(?<k>[a-z_]+): ""(?<v>[^""]+)""").ToDictionary(m => m.Groups["k"].Value, m => m.Groups["v"].Value);
        fromJs.Should().BeEquivalentTo(DefectLabels.All);
    }
}

using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Scoring;

namespace NarrativeAssist.Domain.Workbook;

/// <summary>A value the workbook computed that differs from the regulation's arithmetic on the workbook's own answers.</summary>
/// <param name="Column">"Nilai" or "%".</param>
public sealed record ArithmeticDifference(string Sheet, int Row, string Id, string Label, string Column, double Workbook, double Expected)
{
    public double Gap => Workbook - Expected;
}

/// <summary>Compares the Nilai and % a unit's workbook shows (formulas' cached values) with the regulation's arithmetic
/// on the same answers: a broken or overwritten formula in the unit's copy is a common and costly mistake.</summary>
public static class WorkbookArithmetic
{
    /// <summary>A/B/C/D values are 0.67/0.33 in the catalog; a copy using exact thirds differs by up to 0.0034 per unit
    /// of weight, and the LKE shows two decimals: anything within that is agreement.</summary>
    public static double Tolerance(double weight) => 0.005 + 0.0034 * weight;

    public static IReadOnlyList<ArithmeticDifference> Compare(LkeCatalog catalog, WorkbookImport import, ScoreReport report)
    {
        var differences = new List<ArithmeticDifference>();
        foreach (var row in import.Rows)
        {
            if (row.Nilai?.Number is not { } shown) continue;
            var q = catalog.FindQuestion(row.QuestionId)!;
            var value = import.Answers.TryGetValue(q.Id, out var a) ? a.ValueFor(q) : 0;
            if (double.IsNaN(value)) continue;
            var asPoints = value * (q.Weight ?? 1);
            // A question's Nilai is its value 0..1; Hasil items are often shown as points (weight × value).
            if (Math.Abs(shown - value) <= Tolerance(1) || Math.Abs(shown - asPoints) <= Tolerance(q.Weight ?? 1)) continue;
            differences.Add(new(row.Sheet, row.Row, q.Id, $"{q.Id} {Short(q.Text)}", "Nilai", shown, Math.Round(q.Weight is null ? value : asPoints, 4)));
        }
        var nodes = Nodes(report);
        foreach (var row in import.Summaries)
        {
            if (!nodes.TryGetValue(row.Node.Id, out var node)) continue;
            if (row.Nilai?.Number is { } shown && Math.Abs(shown - node.Score) > Tolerance(node.Max))
                differences.Add(new(row.Sheet, row.Row, node.Id, node.Name, "Nilai", shown, Math.Round(node.Score, 4)));
            if (row.Persen?.Number is { } pct)
            {
                var percent = row.Persen.Percent || pct <= 1.0001 ? pct * 100 : pct;
                if (Math.Abs(percent - node.Percent) > 100 * Tolerance(1))
                    differences.Add(new(row.Sheet, row.Row, node.Id, node.Name, "%", Math.Round(percent, 2), Math.Round(node.Percent, 2)));
            }
        }
        return differences;
    }

    private static Dictionary<string, NodeScore> Nodes(ScoreReport report)
    {
        var nodes = new Dictionary<string, NodeScore>(StringComparer.Ordinal);
        foreach (var n in report.SubAreas.Concat(report.Areas).Concat(report.Components)) nodes[n.Id] = n;
        nodes[CatalogMatcher.PengungkitId] = report.Pengungkit;
        nodes[CatalogMatcher.TotalId] = new NodeScore(CatalogMatcher.TotalId, "Nilai total", report.Total, report.Components.Sum(c => c.Max));
        return nodes;
    }

    private static string Short(string s) => s.Length > 50 ? s[..50].TrimEnd() + "…" : s;
}

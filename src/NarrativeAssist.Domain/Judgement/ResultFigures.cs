using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>A result claimed by a comparative alone ("jauh lebih cepat", "meningkat signifikan") on a question that asks
/// for results (checklist jenis hasil), with no before→after figures anywhere in the narrative (EVALUATOR.md §5).
/// Without any figure it is no_result; with figures but no baseline it is no_comparison.</summary>
internal static class ResultFigures
{
    private static readonly string[][] Claims =
    [
        ["lebih", "cepat"], ["lebih", "mudah"], ["lebih", "efisien"], ["lebih", "efektif"], ["lebih", "baik"], ["lebih", "singkat"],
        ["lebih", "tinggi"], ["lebih", "rendah"], ["semakin", "baik"], ["semakin", "cepat"], ["meningkat", "signifikan"], ["meningkat", "pesat"],
        ["menurun", "signifikan"], ["menurun", "drastis"], ["turun", "drastis"], ["berkurang", "signifikan"], ["meningkat", "tajam"],
    ];

    private static bool ComparedWithFigure(IReadOnlyList<Text.Token> tokens, int after, List<int> figureStarts)
    {
        for (var k = after; k < tokens.Count && k < after + 4 && tokens[k].Sentence == tokens[after - 1].Sentence; k++)
            if (tokens[k].Lower is "dari" or "dibanding" or "dibandingkan" or "daripada")
                return figureStarts.Any(s => s > tokens[k].Start);
        return false;
    }

    public static void Check(RuleContext ctx, TextQuantities q, List<Finding> findings)
    {
        if (ctx.Checklist.Jenis != Jenis.Hasil) return;
        if (q.Changes.Any(c => c.HasBaseline || c.Delta is not null)) return;
        var tokens = ctx.Text.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            var claim = Claims.FirstOrDefault(c => t + c.Length <= tokens.Count && c.Select((w, k) => tokens[t + k].Lower == w).All(x => x));
            if (claim is null) continue;
            var start = tokens[t].Start;
            var end = tokens[t + claim.Length - 1].End;
            // Figures that carry a result: numbers and percentages that are not years, days of dates or parts of codes.
            var all = q.Atoms.Where(a => a.IsNumber && !a.IsYear && !q.Dates.Any(d => a.Start >= d.Start && a.End <= d.End)
                && !ctx.Text.Entities.Any(e => e.Kind is Text.EntityKind.Nomor or Text.EntityKind.Tanggal && a.Start >= e.Start && a.End <= e.End)).ToList();
            // "lebih tinggi dari 97,50 %", "lebih cepat dibandingkan 58 menit sebelumnya": the comparison carries its baseline.
            if (ComparedWithFigure(tokens, t + claim.Length, all.Where(a => a.Sentence == tokens[t].Sentence).Select(a => a.Start).ToList())) return;
            if (all.Select(a => q.YearOf(a.Start, out _)).Where(y => y is not null).Distinct().Count() >= 2) return;
            var figures = all.Count > 0;
            var quoted = ctx.Text.Text[start..end];
            findings.Add(figures
                ? new Finding("hasil_tanpa_pembanding", Severity.Warning,
                    $"\"{quoted}\" disebut tanpa angka sebelum dan sesudah.",
                    $"Tulis pembandingnya, mis. \"waktu layanan turun dari 58 menit pada 2022 menjadi 17 menit pada 2024\", bukan hanya \"{quoted}\".",
                    start, end - start) { Defect = Defects.NoComparison, Expected = "nilai awal dan nilai akhir dengan tahunnya" }
                : new Finding("hasil_tanpa_angka", Severity.Warning,
                    $"\"{quoted}\" adalah klaim hasil tanpa angka.",
                    $"Ganti \"{quoted}\" dengan ukuran hasilnya (waktu, jumlah, persentase) sebelum dan sesudah, beserta tahun dan sumber datanya.",
                    start, end - start) { Defect = Defects.NoResult, Expected = "angka hasil beserta pembandingnya" });
            return;
        }
    }
}

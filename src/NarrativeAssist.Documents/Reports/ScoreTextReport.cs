using System.Text;
using NarrativeAssist.Domain.Contracts;
using NarrativeAssist.Domain.Scoring;
using static NarrativeAssist.Domain.Text.IndonesianNumber;

namespace NarrativeAssist.Documents.Reports;

/// <summary>The self-assessment ("perhitungan mandiri") as readable Indonesian text.</summary>
public static class ScoreTextReport
{
    public static string Render(ScoreReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Perhitungan mandiri LKE Zona Integritas — nilai total {Format(r.Total)} dari 100");
        sb.AppendLine();
        sb.AppendLine($"{"Komponen",-46} {"Nilai",7} {"Maks",7} {"%",6}");
        foreach (var c in r.Components.Append(r.Pengungkit)) Row(sb, c);
        sb.AppendLine();
        sb.AppendLine($"{"Area (Pemenuhan + Reform)",-46} {"Nilai",7} {"Maks",7} {"%",6}");
        foreach (var l in r.Levers) Row(sb, l);
        sb.AppendLine();
        foreach (var p in r.Predicates)
            sb.AppendLine($"{p.Name}: {(p.Eligible ? "MEMENUHI syarat" : "BELUM memenuhi syarat")}");
        sb.AppendLine($"(Ambang per area dihitung secara {ScoreJson.AreaBasisName(r.AreaBasis).Replace('_', ' ')}.)");
        var target = r.TargetResult;
        if (!target.Eligible)
        {
            sb.AppendLine();
            sb.AppendLine($"Kekurangan untuk {target.Name}:");
            foreach (var g in target.Unmet)
                sb.AppendLine($"  - {g.Label}: minimal {Format(g.Required)}, saat ini {Format(g.Actual)} (kurang {Format(g.Gap)})");
        }
        if (r.WhatIf.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(r.WhatIfReachesTarget
                ? $"Perbaikan jawaban terkecil yang mencapai {target.Name} (urut menurut tambahan nilai):"
                : $"Perbaikan jawaban belum cukup untuk mencapai {target.Name}; perbaikan yang paling membantu:");
            foreach (var w in r.WhatIf)
                sb.AppendLine($"  - {w.QuestionId}: {w.From ?? "(kosong)"} → {w.To}  (+{Format(w.Gain)})");
        }
        if (r.Notes.Count > 0)
        {
            sb.AppendLine();
            foreach (var n in r.Notes) sb.AppendLine($"Catatan: {n}");
        }
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, NodeScore n) =>
        sb.AppendLine($"{CheckTextReport.Trim(n.Name, 46),-46} {Format(n.Score),7} {Format(n.Max),7} {Format(n.Percent, 1),6}");
}

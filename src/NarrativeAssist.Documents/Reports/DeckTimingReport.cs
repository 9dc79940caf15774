using System.Text;
using NarrativeAssist.Domain.Decks;
using static NarrativeAssist.Domain.Decks.SpeechTiming;

namespace NarrativeAssist.Documents.Reports;

/// <summary>The timing table of a deck plan, what was condensed and what the profile lacks, as Indonesian text.</summary>
public static class DeckTimingReport
{
    public static string Render(DeckPlan plan)
    {
        var sb = new StringBuilder();
        sb.AppendLine(plan.Title);
        var left = plan.LimitSeconds - plan.TotalSeconds;
        sb.AppendLine($"Batas {Clock(plan.LimitSeconds)} · perkiraan {Clock(plan.TotalSeconds)} · " +
                      (left >= 0 ? $"sisa {Clock(left)}" : $"LEBIH {Clock(-left)}") + $" (kecepatan bicara {plan.WordsPerMinute} kata per menit)");
        sb.AppendLine();
        const int sectionWidth = 26, titleWidth = 52;
        sb.AppendLine($"{"No",3}  {"Bagian",-sectionWidth} {"Salindia",-titleWidth} {"Waktu",6}");
        var n = 0;
        foreach (var section in plan.Sections)
        {
            foreach (var slide in section.Slides)
                sb.AppendLine($"{++n,3}  {Cut(section.Title, sectionWidth),-sectionWidth} {Cut(slide.Title, titleWidth),-titleWidth} {Clock(slide.Seconds),6}");
        }
        sb.AppendLine($"{"",3}  {"",-sectionWidth} {"Jumlah",-titleWidth} {Clock(plan.TotalSeconds),6}");
        sb.AppendLine();
        sb.AppendLine("Per bagian:");
        foreach (var section in plan.Sections)
            sb.AppendLine($"  {Cut(section.Title, sectionWidth),-sectionWidth} {section.Slides.Count,2} salindia {Clock(section.Seconds),6}");
        if (plan.Condensed.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine($"Diringkas agar muat dalam {Clock(plan.LimitSeconds)}:");
            foreach (var c in plan.Condensed) sb.AppendLine("  - " + c);
        }
        if (plan.Warnings.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Perhatian — perbaiki di profil unit, bukan di salindia:");
            foreach (var w in plan.Warnings) sb.AppendLine($"  - {w.Message}" + (w.Path is null ? "" : $" ({w.Path})"));
        }
        return sb.ToString();
    }

    private static string Cut(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
}

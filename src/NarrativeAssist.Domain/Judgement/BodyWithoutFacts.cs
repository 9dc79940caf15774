using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>Two gaps an evaluator marks from what the narrative body lacks as a whole (EVALUATOR.md §2, §4):
/// quality words (berkala, tepat waktu, seluruh, optimal, dengan baik …) in a body with no checkable fact at all —
/// boilerplate, vague_claim; and a figure or index answered for a question scored as a number with no year or period
/// anywhere — the figure cannot be placed in time, no_date. Behind the lowest answer nothing needs showing.</summary>
internal static class BodyWithoutFacts
{
    public static void Check(RuleContext ctx, List<Finding> findings)
    {
        if (ctx.AnswerIsLowest) return;
        var facts = BodyFacts.Of(ctx);
        var claims = ctx.Reading.Claims.Where(c => !ctx.Evidence.InStatement(c.Start)).ToList();
        if (!facts.Any && claims.Count > 0)
        {
            var c = claims[0];
            var words = string.Join(", ", claims.Select(x => $"\"{x.Words}\"").Distinct().Take(3));
            findings.Add(new Finding("klaim_tanpa_fakta", Severity.Warning,
                $"Narasi hanya menyatakan mutu ({words}) tanpa satu pun fakta yang dapat diperiksa (tanggal, jumlah, nomor dokumen).",
                "Ganti pernyataan mutu dengan apa yang dilakukan: kegiatannya, tanggalnya, jumlahnya, dan dokumen yang membuktikannya (nomor dan tanggal).",
                c.Start, c.Length)
            { Defect = Defects.VagueClaim, Expected = "fakta yang menunjukkan kriteria (tanggal, jumlah, nomor dokumen)" });
        }
        if (ctx.Question.AnswerType.Numeric is not null && facts.Figures && !facts.Years)
            findings.Add(new Finding("angka_tanpa_periode", Severity.Warning,
                "Angka hasil disebut tanpa tahun atau periode pengukurannya.",
                "Sebutkan periode angka itu, mis. \"pada tahun 2024\" atau \"periode Januari–Desember 2024\", dan tahun pembandingnya bila ada.",
                0, 0)
            { Defect = Defects.NoDate, Expected = "tahun atau periode angka hasil" });
    }
}

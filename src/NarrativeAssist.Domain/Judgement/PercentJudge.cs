using System.Globalization;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>A percentage item (Reform) is computed, not claimed (EVALUATOR.md §1): the counts the narrative gives —
/// "9 dari 9 orang", or a whole and then the part done ("5 perubahan … Tiga perubahan telah diintegrasikan") — give
/// the percentage it supports. A claimed percentage above it is an over-claim. Numbers of a before→after pair are a
/// change, not a part of a whole, and a narrative without such counts is not judged.</summary>
internal static class PercentJudge
{
    private static readonly HashSet<string> PartCues = ["sebanyak", "telah", "sudah", "terdapat", "baru", "hanya", "sejumlah"];

    public static AnswerJudgement Judge(RuleContext ctx)
    {
        if (ctx.Answer is null || !IndonesianNumberTry(ctx.Answer, out var claimed)) return new AnswerJudgement(null, []);
        var q = TextQuantities.Of(ctx.Text);
        if (Supported(ctx, q) is not { } s) return new AnswerJudgement(null, []);
        var percent = Math.Round(100 * s.Part / s.Whole, 2);
        var code = AnswerParser.FormatNumber(percent);
        var quote = ctx.Text.Text[s.Start..s.End];
        var reason = $"{s.Part:0} dari {s.Whole:0} ({code} %)";
        if (claimed <= percent + 0.5) return new AnswerJudgement(new InferredAnswer(code, s.Start, s.End - s.Start, $"Narasi menyebut {reason}"), []);
        var finding = new Finding("persen_melebihi_narasi", Severity.Error,
            $"Jawaban {AnswerParser.FormatNumber(claimed)} % lebih tinggi dari yang dihitung dari narasi: {reason}.",
            "Ubah jawaban sesuai hitungan dari narasi atau lengkapi jumlahnya (berapa dari berapa) beserta buktinya.", s.Start, s.End - s.Start)
        { Defect = Defects.OverClaim, Expected = $"persentase {code} % sesuai jumlah di narasi" };
        return new AnswerJudgement(new InferredAnswer(code, s.Start, s.End - s.Start, $"Dihitung dari narasi: {reason}"), [finding]);
    }

    private static bool IndonesianNumberTry(string s, out double v) =>
        IndonesianNumber.TryParse(s.Replace("%", "").Trim(), out v, out _) || double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v);

    private sealed record PartOfWhole(double Part, double Whole, int Start, int End);

    private static PartOfWhole? Supported(RuleContext ctx, TextQuantities q)
    {
        bool Realised(int at) => ctx.Reading.Clauses.Count == 0 || ctx.Reading.ClauseAt(at).Realised;
        bool InChange(int at) => q.Changes.Any(c => at >= c.Start && at < c.End);
        foreach (var r in q.Ratios)
            if (r.Whole > 0 && !InChange(r.Start) && Realised(r.Start)) return new PartOfWhole(r.Part, r.Whole, r.Start, r.End);
        // A whole, then a part of the same noun with a cue that it is the part done.
        var atoms = q.Atoms;
        for (var i = 0; i < atoms.Count; i++)
        {
            if (!Counted(atoms, i, out var noun) || InChange(atoms[i].Start)) continue;
            for (var j = i + 1; j < atoms.Count && j < i + 60; j++)
            {
                if (!Counted(atoms, j, out var partNoun) || partNoun != noun || InChange(atoms[j].Start)) continue;
                if (atoms[j].Number >= atoms[i].Number) break;
                var cued = Enumerable.Range(Math.Max(0, j - 3), j - Math.Max(0, j - 3)).Any(k => PartCues.Contains(atoms[k].Lower))
                    || Enumerable.Range(j + 1, Math.Min(3, atoms.Count - j - 1)).Any(k => atoms[k].Lower is "telah" or "sudah");
                if (cued && Realised(atoms[j].Start)) return new PartOfWhole(atoms[j].Number!.Value, atoms[i].Number!.Value, atoms[i].Start, atoms[j + 1].End);
            }
        }
        return null;
    }

    /// <summary>A plain count followed by its noun ("5 perubahan", "380 personel"; "Tiga perubahan").</summary>
    private static bool Counted(IReadOnlyList<Atom> a, int i, out string noun)
    {
        noun = "";
        if (!a[i].IsNumber || a[i].IsYear || a[i].Percent || a[i].Decimals > 0 || a[i].Number is not (>= 1 and < 100000)) return false;
        if (i + 1 >= a.Count || a[i + 1].IsNumber || a[i + 1].Sentence != a[i].Sentence || a[i + 1].Lower.Length < 4) return false;
        if (a[i + 1].Lower is "tahun" or "bulan" or "hari" or "jam" or "menit" or "kali" or "persen" or "orang") { if (a[i + 1].Lower != "orang") return false; }
        noun = a[i + 1].Lower;
        return true;
    }
}

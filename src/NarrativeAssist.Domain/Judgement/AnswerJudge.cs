using System.Globalization;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text.Quantities;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>What the narrative supports against the claimed answer, and the findings that say so.</summary>
public sealed record AnswerJudgement(InferredAnswer? Inferred, IReadOnlyList<Finding> Findings);

/// <summary>Judges the claimed answer the way an evaluator does (EVALUATOR.md §1): from each option's criterion
/// (<see cref="OptionCriteriaBook"/>) and the facts the narrative states (<see cref="NarrativeFacts"/>).
/// The ceiling is the best option no fact contradicts; the floor the best option every requirement of which a fact
/// shows. A claim above the ceiling is an over-claim (error: it blocks kuat); a claim below the floor leaves points on
/// the table (warning). When the narrative says too little, nothing is inferred and nothing is said.</summary>
public sealed class AnswerJudge(OptionCriteriaBook book)
{
    public OptionCriteriaBook Book { get; } = book;

    public AnswerJudgement Judge(RuleContext ctx, int coveredElements, int totalElements)
    {
        if (ctx.Question.AnswerType.Numeric is { Unit: "persen" }) return PercentJudge.Judge(ctx);
        var criteria = Book.For(ctx.Question.Id);
        if (criteria is null || criteria.Options.Count < 2) return new AnswerJudgement(null, []);
        var quantities = TextQuantities.Of(ctx.Text);
        var facts = NarrativeFacts.Read(ctx.Text, quantities, criteria.Objects, ctx.Reading);
        var options = criteria.Options;
        var bottom = options.Count - 1;

        // Ceiling: the best option no fact contradicts.
        var ceiling = bottom;
        Fact? against = null;
        for (var i = 0; i < options.Count; i++)
        {
            var c = Contradiction(options[i], facts, ctx, i == 0 && options[i].IsEmpty && options[bottom].Nothing);
            if (c is null) { ceiling = i; break; }
            if (i == 0) against = c; // the fact that rules out the best option explains the verdict
            against ??= c;
        }
        // Floor: the best option every requirement of which is shown.
        int? floor = null;
        Fact? showing = null;
        for (var i = 0; i < bottom; i++)
        {
            if (Shown(options[i], facts, out var f) && Contradiction(options[i], facts, ctx, false) is null) { floor = i; showing = f; break; }
        }
        var claimed = ctx.Answer is null ? -1 : criteria.IndexOf(ctx.Answer);
        // "Tidak" (or "belum ada …") beside a narrative of the thing done: at least the option above it.
        if (floor is null && claimed == bottom && options[bottom].Nothing && Realisation.Realised(ctx, coveredElements, totalElements))
        {
            floor = options[0].IsEmpty ? 0 : bottom - 1;
            var s = ctx.Text.Sentences[0];
            showing = new Fact("realised", s.Start, s.End, ctx.Text.Text[s.Start..s.End].Trim());
        }

        var findings = new List<Finding>();
        if (claimed >= 0 && claimed < ceiling && against is not null)
        {
            // The option the facts allow, lowered further when what sets it apart is not shown either.
            var supported = DistinguishingRequirements.Supported(criteria, ceiling, ctx);
            var inferred = options[supported];
            var requirement = Requirement(options[claimed], criteria, against);
            var alsoMissing = supported > ceiling
                ? $" {options[ceiling].Code} pun mensyaratkan {DistinguishingRequirements.Join(DistinguishingRequirements.Missing(criteria, ceiling, ctx).Select(DistinguishingRequirements.Describe))}, yang tidak ditunjukkan."
                : "";
            findings.Add(new Finding("jawaban_melebihi_narasi", Severity.Error,
                $"Jawaban {options[claimed].Code} mensyaratkan {requirement}; narasi menyebut {Describe(against)}, yang sesuai dengan jawaban {inferred.Code}.{alsoMissing}",
                $"Ubah jawaban atau lengkapi data {Topic(against, criteria)}.", against.Start, against.End - against.Start)
            { Defect = Defects.OverClaim, Expected = $"fakta yang menunjukkan {requirement}" });
            return new AnswerJudgement(new InferredAnswer(inferred.Code, against.Start, against.End - against.Start,
                $"{Capitalize(Describe(against))} sesuai dengan jawaban {inferred.Code}"), findings);
        }
        if (claimed >= 0 && DistinguishingRequirements.Missing(criteria, claimed, ctx) is { Count: > 0 } missing)
            return WithoutDistinguishing(criteria, claimed, missing, ctx);
        if (floor is { } fl && showing is not null && (claimed < 0 || fl < claimed))
        {
            var inferred = options[fl];
            if (claimed >= 0)
                findings.Add(new Finding("jawaban_di_bawah_narasi", Severity.Warning,
                    $"Jawaban {options[claimed].Code} lebih rendah dari yang ditunjukkan narasi: {Describe(showing)} sesuai dengan jawaban {inferred.Code}.",
                    $"Bila faktanya benar, pilih jawaban {inferred.Code} agar nilainya tidak hilang; bila belum, perbaiki narasinya.",
                    showing.Start, Math.Max(0, showing.End - showing.Start))
                { Defect = Defects.UnderClaim, Expected = $"jawaban {inferred.Code}" });
            return new AnswerJudgement(new InferredAnswer(inferred.Code, showing.Start, Math.Max(0, showing.End - showing.Start),
                $"{Capitalize(Describe(showing))} sesuai dengan jawaban {inferred.Code}"), findings);
        }
        if (claimed >= 0 && floor == claimed && showing is not null)
            return new AnswerJudgement(new InferredAnswer(options[claimed].Code, showing.Start, showing.End - showing.Start,
                $"{Capitalize(Describe(showing))} sesuai dengan jawaban {options[claimed].Code}"), []);
        return new AnswerJudgement(null, []);
    }

    /// <summary>The claimed option's distinguishing elements are not shown: an over-claim (error), and the narrative
    /// supports the best lower option whose own distinguishing elements are shown.</summary>
    private static AnswerJudgement WithoutDistinguishing(QuestionCriteria criteria, int claimed, List<Checking.ElementOutcome> missing, RuleContext ctx)
    {
        var options = criteria.Options;
        var supported = DistinguishingRequirements.Supported(criteria, claimed + 1, ctx);
        var inferred = options[supported].Code;
        var shown = DistinguishingRequirements.Shown(criteria, supported, ctx);
        var required = DistinguishingRequirements.Join(missing.Select(DistinguishingRequirements.Describe));
        var message = shown.Count > 0
            ? $"Jawaban {options[claimed].Code} mensyaratkan {required}; narasi hanya menunjukkan {DistinguishingRequirements.Join(shown.Take(2).Select(o => DistinguishingRequirements.Lower(o.Element.Label)))}, yang sesuai dengan jawaban {inferred}."
            : $"Jawaban {options[claimed].Code} mensyaratkan {required}; narasi tidak menunjukkannya, sehingga yang didukung adalah jawaban {inferred}.";
        var at = shown.FirstOrDefault(o => o.At is not null).At ?? missing.FirstOrDefault(o => o.At is not null).At;
        var (start, length) = at is { } m ? (m.Start, m.Length) : (0, 0);
        var first = missing[0].Element;
        var finding = new Finding("syarat_pembeda", Severity.Error, message,
            $"{first.Saran} Bila memang belum ada, pilih jawaban {inferred}.", start, length)
        { Defect = Defects.OverClaim, Expected = $"fakta yang menunjukkan {DistinguishingRequirements.Join(missing.Select(o => DistinguishingRequirements.Lower(o.Element.Label)))}" };
        return new AnswerJudgement(new InferredAnswer(inferred, start, length,
            $"Narasi tidak menunjukkan {DistinguishingRequirements.Lower(first.Label)}; yang didukung jawaban {inferred}"), [finding]);
    }

    /// <summary>The fact that rules the option out, or null. <paramref name="existence"/>: the best option of a
    /// yes/no-like question, ruled out when the narrative says the thing is absent.</summary>
    private static Fact? Contradiction(OptionCriterion o, List<Fact> facts, RuleContext ctx, bool existence)
    {
        if (existence && Realisation.AbsentAt(ctx) is { } absent)
            return new Fact(NarrativeFacts.Nothing, absent.Start, absent.End, ctx.Text.Text[absent.Start..absent.End]);
        if (o.Coverage is { } cov)
        {
            var need = Threshold(cov);
            var low = facts.Where(f => f.Kind == NarrativeFacts.Share).MinBy(f => f.ShareHigh);
            if (low is not null && low.ShareHigh < need) return low;
        }
        if (o.MinShare is { } min && facts.Where(f => f.Kind == NarrativeFacts.Share).MinBy(f => f.ShareHigh) is { } s && s.ShareHigh < min) return s;
        var frequencies = facts.Where(f => f.Kind == NarrativeFacts.Frequency).ToList();
        if (o.PerYear is { } perYear && frequencies.Count > 0 && frequencies.Max(f => f.PerYear!.Value) < perYear - 1e-9)
            return frequencies.MaxBy(f => f.PerYear);
        if (o.Regular == true && frequencies.Count == 0 && facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Irregular) is { } irregular) return irregular;
        if (o.Stage is { } stage && facts.FirstOrDefault(f => f.Kind == NarrativeFacts.NotStage && f.Stage <= stage) is { } notDone) return notDone;
        if (o.Integrated == true && facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Integrated && f.Flag == false) is { } notIntegrated) return notIntegrated;
        if (o.Integrated == false && facts.Any(f => f.Kind == NarrativeFacts.Integrated && f.Flag == true) && !facts.Any(f => f.Kind == NarrativeFacts.Integrated && f.Flag == false))
            return facts.First(f => f.Kind == NarrativeFacts.Integrated);
        if (o.Replicated == true && facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Replicated && f.Flag == false) is { } notReplicated) return notReplicated;
        if (o.Innovation == true && facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Innovation && f.Flag == false) is { } noInnovation) return noInnovation;
        return null;
    }

    /// <summary>Every requirement of the option is shown by a fact (the last one found is returned as the evidence).</summary>
    private static bool Shown(OptionCriterion o, List<Fact> facts, out Fact? evidence)
    {
        Fact? first = null;
        var shown = o is { IsEmpty: false, Nothing: false } && AllShown(o, facts, f => first ??= f);
        evidence = shown ? first : null;
        return shown;
    }

    private static bool AllShown(OptionCriterion o, List<Fact> facts, Action<Fact> keep)
    {
        bool Need(Fact? f) { if (f is null) return false; keep(f); return true; }
        if (o.Coverage is { } cov && !Need(facts.Where(f => f.Kind == NarrativeFacts.Share && f.ShareLow >= Threshold(cov)).MinBy(f => f.ShareLow))) return false;
        if (o.MinShare is { } min && !Need(facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Share && f.ShareLow >= min))) return false;
        if (o.PerYear is { } perYear && !Need(facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Frequency && f.PerYear >= perYear - 1e-9))) return false;
        if (o.Regular == true && !Need(facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Frequency))) return false;
        if (o.Regular == false && !Need(facts.FirstOrDefault(f => f.Kind is NarrativeFacts.Irregular or NarrativeFacts.Frequency))) return false;
        if (o.Stage is { } stage && !Need(facts.FirstOrDefault(f => f.Kind == NarrativeFacts.StageDone && f.Stage >= stage))) return false;
        if (o.NotStage is { } not && !Need(facts.FirstOrDefault(f => f.Kind == NarrativeFacts.NotStage && f.Stage <= not))) return false;
        if (o.Integrated is { } integrated && !Need(facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Integrated && f.Flag == integrated))) return false;
        if (o.Replicated == true && !Need(facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Replicated && f.Flag == true))) return false;
        if (o.Innovation == true && !Need(facts.FirstOrDefault(f => f.Kind == NarrativeFacts.Innovation && f.Flag == true))) return false;
        return true;
    }

    private static double Threshold(Coverage c) => c switch
    {
        Coverage.Seluruh => 0.995,
        Coverage.SebagianBesar => 0.5001,
        _ => 0.0001,
    };

    private static string Requirement(OptionCriterion o, QuestionCriteria q, Fact against)
    {
        var obj = q.Objects.Count > 0 ? q.Objects[0] : "yang dinilai";
        return against.Kind switch
        {
            NarrativeFacts.Share when o.Coverage is { } c => c switch
            {
                Coverage.Seluruh => $"seluruh {obj}",
                Coverage.SebagianBesar => $"sebagian besar (lebih dari 50 %) {obj}",
                Coverage.SebagianKecil => $"sebagian kecil {obj}",
                _ => $"sebagian {obj}",
            },
            NarrativeFacts.Share when o.MinShare is { } m => $"lebih dari {Percent(m)} {obj}",
            NarrativeFacts.Frequency or NarrativeFacts.Irregular when o.PerYear is { } py => py switch
            {
                12 => "pelaksanaan bulanan",
                4 => "pelaksanaan triwulanan",
                2 => "pelaksanaan semesteran",
                1 => "pelaksanaan tahunan",
                _ => $"pelaksanaan minimal {py:0} kali dalam setahun",
            },
            NarrativeFacts.Frequency or NarrativeFacts.Irregular => "pelaksanaan secara berkala",
            NarrativeFacts.NotStage when o.Stage is { } s => $"hal yang dinilai sudah {s.ToString().ToLowerInvariant()}",
            NarrativeFacts.Integrated => "layanan yang sudah terintegrasi",
            NarrativeFacts.Replicated => "inovasi yang sudah direplikasi",
            NarrativeFacts.Innovation => "adanya inovasi",
            _ => "hal yang ditanyakan sudah ada dan berlaku",
        };
    }

    private static string Topic(Fact f, QuestionCriteria q) => f.Kind switch
    {
        NarrativeFacts.Share => q.Objects.Count > 0 ? $"cakupan {q.Objects[0]} (jumlah yang sudah dari seluruhnya)" : "cakupannya",
        NarrativeFacts.Frequency or NarrativeFacts.Irregular => "frekuensi dan tanggal pelaksanaannya",
        NarrativeFacts.NotStage => "bukti tahap yang diklaim (laporan, keputusan tindak lanjut)",
        NarrativeFacts.Integrated => "bukti integrasinya",
        NarrativeFacts.Replicated => "bukti replikasinya",
        NarrativeFacts.Innovation => "inovasinya",
        _ => "dokumen yang membuktikannya (nomor dan tanggal)",
    };

    private static string Describe(Fact f) =>
        f.Kind == NarrativeFacts.Share && Math.Abs(f.ShareLow - f.ShareHigh) < 1e-9 && !f.Quote.Contains('%')
            ? $"{f.Quote} ({Percent(f.ShareLow)})"
            : $"\"{f.Quote}\"";

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + " %";

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

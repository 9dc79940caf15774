namespace NarrativeAssist.Domain.Judgement;

/// <summary>How much of the population an option requires, read from its penjelasan: seluruh, sebagian besar,
/// sebagian, sebagian kecil. Ordered so a larger coverage satisfies a smaller requirement.</summary>
public enum Coverage { Sebagian = 1, SebagianKecil = 0, SebagianBesar = 2, Seluruh = 3 }

/// <summary>The stages a practice passes through (EVALUATOR.md §1): each higher option needs its own fact.</summary>
public enum Stage { Ditetapkan = 1, Disosialisasikan = 2, Dilaksanakan = 3, Dievaluasi = 4, Ditindaklanjuti = 5 }

/// <summary>One option's criterion as structured data (Data/options/*.yaml, built from the reference's penjelasan).
/// Every property left null is not part of the option's criterion. <see cref="Nothing"/> marks the option for "not done
/// at all" (Tidak, "belum ada …").</summary>
public sealed record OptionCriterion(string Code, double Value)
{
    public Coverage? Coverage { get; init; }
    /// <summary>A minimum share (0..1) the option names explicitly, e.g. "diatas 80%".</summary>
    public double? MinShare { get; init; }
    /// <summary>Minimum events a year: bulanan 12, triwulanan 4, semesteran 2, tahunan 1, "minimal 3 kali dalam setahun" 3.</summary>
    public double? PerYear { get; init; }
    /// <summary>true: "secara berkala"; false: "tidak secara berkala" (done, but not regularly).</summary>
    public bool? Regular { get; init; }
    public Stage? Stage { get; init; }
    /// <summary>A stage the option says is NOT reached ("dievaluasi tetapi belum ditindaklanjuti").</summary>
    public Stage? NotStage { get; init; }
    public bool? Integrated { get; init; }
    public bool? Replicated { get; init; }
    public bool? Innovation { get; init; }
    public bool Nothing { get; init; }
    /// <summary>Checklist elements (ids in the question's checklist) whose facts set this option apart from the option
    /// below it (Data/options key <c>pembeda</c>): "melibatkan pimpinan", "inovasi unit", "terhubung dengan SIPPN".
    /// An option needs its own and those of every option below it, so the data names each requirement once.</summary>
    public IReadOnlyList<string> Distinguishing { get; init; } = [];

    public bool IsEmpty => Coverage is null && MinShare is null && PerYear is null && Regular is null && Stage is null && NotStage is null
        && Integrated is null && Replicated is null && Innovation is null && !Nothing;
}

/// <summary>A question's options, best first, with the nouns its coverage counts (pegawai, SOP, jenis layanan …).</summary>
public sealed record QuestionCriteria(string QuestionId, IReadOnlyList<string> Objects, IReadOnlyList<OptionCriterion> Options)
{
    public int IndexOf(string code) => Options.ToList().FindIndex(o => o.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
}

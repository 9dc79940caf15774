namespace NarrativeAssist.Domain.Text.Reading;

/// <summary>How far the thing a clause talks about has come. An evaluator credits only <see cref="Realised"/>:
/// a plan, work under way or a draft means the thing does not exist yet (EVALUATOR.md §3).</summary>
public enum ClauseStage
{
    /// <summary>Done, or stated as a fact without any marker ("Tim beranggotakan 24 pegawai").</summary>
    Realised,
    /// <summary>akan, direncanakan, dijadwalkan, ditargetkan, diharapkan, ke depan.</summary>
    Planned,
    /// <summary>sedang, dalam tahap/proses, menunggu.</summary>
    InProgress,
    /// <summary>rancangan, draf, konsep (of a document).</summary>
    Draft,
}

/// <summary>Whether a clause asserts something about the unit or states a rule/condition
/// ("bila terlambat … akan dikenakan teguran"): a rule's "akan" is not a plan and its "tidak" negates nothing the unit did.</summary>
public enum ClauseMood
{
    Assertion,
    Rule,
}

/// <summary>A span of the narrative with one predicate: character span, token range [FirstToken, EndToken),
/// the sentence it belongs to, its stage and mood, and where negation starts (token index, or -1 when nothing in it is
/// negated; negation runs from there to the clause's end or, for "tanpa", over a short phrase).</summary>
public readonly record struct Clause(
    int Start,
    int End,
    int FirstToken,
    int EndToken,
    int Sentence,
    ClauseStage Stage,
    ClauseMood Mood,
    int NegationStart,
    int NegationEnd,
    int MarkerStart,
    int MarkerLength)
{
    public int Length => End - Start;

    /// <summary>Something in the clause is negated (belum, tidak, tanpa, bukan, tidak pernah).</summary>
    public bool Negated => NegationStart >= 0;

    /// <summary>The clause reports the unit's realised work: asserted (or a rule in force), not planned, under way or a draft.</summary>
    public bool Realised => Stage == ClauseStage.Realised;

    /// <summary>True when the token at <paramref name="token"/> (inside this clause) lies in the negation's scope.</summary>
    public bool NegatesToken(int token) => Mood == ClauseMood.Assertion && NegationStart >= 0 && token >= NegationStart && token < NegationEnd;
}

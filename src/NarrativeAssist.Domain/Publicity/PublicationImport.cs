namespace NarrativeAssist.Domain.Publicity;

/// <summary>One line of a paste or one row of a CSV: the entry it gave, or null when it was skipped, and what was
/// wrong or assumed, in Indonesian. <see cref="Line"/> counts lines of the input from 1 (the CSV header included).</summary>
public sealed record ImportedRow(int Line, Publication? Entry, IReadOnlyList<string> Problems);

/// <summary>The result of reading pasted links or a CSV: every row, problems of the input as a whole (no date
/// column, a damaged file), and the entries with duplicate links merged.</summary>
public sealed record PublicationImport(IReadOnlyList<ImportedRow> Rows, IReadOnlyList<string> FileProblems)
{
    public MergedPublications Merged { get; } = PublicationMerge.Merge(Rows.Where(r => r.Entry is not null).Select(r => r.Entry!));

    public IReadOnlyList<Publication> Entries => Merged.Entries;

    public int Skipped => Rows.Count(r => r.Entry is null);

    internal static PublicationImport Failed(string problem) => new([], [problem]);
}

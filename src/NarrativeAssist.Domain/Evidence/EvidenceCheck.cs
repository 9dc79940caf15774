using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Checking;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>Checks a unit's evidence folder against the LKE and, when given, its narratives: which files belong to
/// which question (<see cref="PathLocator"/>), which named evidence has no file (<see cref="NamedPiece"/>), which files
/// are never named, which answered questions have nothing, which files sit in another question's folder, and which
/// files are empty, unreadable, oversized or carry macros.</summary>
public sealed class EvidenceCheck(LkeCatalog catalog)
{
    private readonly PathLocator _locator = new(catalog);

    /// <summary>Files no unit means as evidence: the skeleton's guides, Office lock files, folder metadata.</summary>
    public static bool Ignored(EvidencePath path) =>
        path.FileName.Equals(EvidenceSkeleton.GuideFileName, StringComparison.OrdinalIgnoreCase)
        || path.FileName.StartsWith("~$", StringComparison.Ordinal)
        || path.FileName.StartsWith("._", StringComparison.Ordinal)
        || path.FileName is "Thumbs.db" or "thumbs.db" or "desktop.ini" or "Desktop.ini" or ".DS_Store"
        || path.Folders.Any(f => f is "__MACOSX");

    /// <param name="narratives">The unit's narratives (and answers); null when none were given.</param>
    /// <param name="registered">Evidence kept outside the folder, by question id (a publication's "Publikasi Instagram
    /// 17/05/2024: Sosialisasi SP4N-LAPOR (https://…)"): it is evidence for its questions and answers for what a
    /// narrative names as well as a file would.</param>
    public EvidenceCheckReport Run(IEnumerable<FolderFile> files, IEnumerable<NarrativeInput>? narratives,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? registered = null)
    {
        var byQuestion = catalog.Questions.ToDictionary(q => q.Id, _ => new List<(FolderFile File, EvidencePath Path)>());
        var misplaced = catalog.Questions.ToDictionary(q => q.Id, _ => new List<(FolderFile File, MisplacedFile Note)>());
        var unplaced = new List<(FolderFile File, UnplacedFile Note)>();
        var count = 0;
        // A listing of paths cannot say whether a file is empty or broken; a zip (or an empty folder) can.
        var uninspected = false;
        // Ordered as shown, so a zip and a listing of the same folder give the same report.
        foreach (var (file, path) in files.Select(f => (f, EvidencePath.Parse(f.Path))).OrderBy(x => x.Item2.Display, StringComparer.OrdinalIgnoreCase))
        {
            if (path.FileName.Length == 0 || Ignored(path)) continue;
            count++;
            uninspected |= file.Condition == FileCondition.NotInspected;
            var at = _locator.Locate(path);
            if (at.Named is { } named && !SitsWhereLookedFor(named, at))
                misplaced[named.Id].Add((file, new MisplacedFile(path.Display, named.Id, at.Folder?.Id ?? at.SubArea!.Id)));
            else if ((at.Named ?? at.Folder) is { } q) byQuestion[q.Id].Add((file, path));
            else unplaced.Add((file, new UnplacedFile(path.Display, at.SubArea?.Id)));
        }

        var given = narratives?.GroupBy(n => n.QuestionId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        var questions = catalog.Questions.Select(q =>
            Evaluate(q, byQuestion[q.Id], misplaced[q.Id], given is null ? null : given.GetValueOrDefault(q.Id),
                registered?.GetValueOrDefault(q.Id) ?? [])).ToList();
        return new EvidenceCheckReport(questions, unplaced.Select(u => u.Note).ToList(),
            unplaced.SelectMany(u => Notes(u.File, u.Note.Path)).ToList(), count, given is not null, !uninspected);
    }

    /// <summary>An evaluator looks for a question's evidence in its own folder, or among the files of its sub-area's
    /// folder when the unit keeps no question folders and numbers the file names instead.</summary>
    private static bool SitsWhereLookedFor(Question named, PathLocation at) =>
        at.Folder is { } folder ? folder == named : at.SubArea is null || at.SubArea == named.SubArea;

    private static QuestionEvidence Evaluate(Question q, List<(FolderFile File, EvidencePath Path)> files,
        List<(FolderFile File, MisplacedFile Note)> misplaced, NarrativeInput? narrative, IReadOnlyList<string> registered)
    {
        var answered = narrative is not null && NeedsEvidence(q, narrative);
        var usable = files.Where(f => f.File.Usable).ToList();
        var pieces = answered ? NamedPiece.Of(narrative!.Text ?? "") : [];
        // A misplaced file still answers for the evidence it names: it is reported once, as misplaced, not again as missing.
        var candidates = usable.Select(f => NameWords.Of(f.Path.Stem))
            .Concat(misplaced.Where(m => m.File.Usable).Select(m => NameWords.Of(EvidencePath.Parse(m.File.Path).Stem)))
            .Concat(registered.Select(NameWords.Of)).ToList();
        var missing = pieces.Where(p => !candidates.Any(p.FoundIn)).Select(p => p.Text).ToList();
        var notNamed = answered
            ? usable.Where(f => !pieces.Any(p => p.FoundIn(NameWords.Of(f.Path.Stem)))).Select(f => f.Path.Display).ToList()
            : [];
        var problems = files.SelectMany(f => Notes(f.File, f.Path.Display))
            .Concat(misplaced.SelectMany(m => Notes(m.File, m.Note.Path))).ToList();
        return new QuestionEvidence(q.Id, LkeNumbering.Label(q), files.Select(f => f.Path.Display).ToList(),
            answered, answered && usable.Count == 0 && registered.Count == 0, missing, notNamed, misplaced.Select(m => m.Note).ToList(), problems)
        {
            Registered = registered,
        };
    }

    /// <summary>Evidence is expected once the narrative says something, except behind the lowest option
    /// ("Tidak", "D"): there is nothing to prove.</summary>
    private static bool NeedsEvidence(Question q, NarrativeInput n)
    {
        if (string.IsNullOrWhiteSpace(n.Text) && string.IsNullOrWhiteSpace(n.Answer)) return false;
        return q.Options.Count == 0 || n.Answer is null || q.FindOption(n.Answer) != q.Options[^1];
    }

    private static IEnumerable<FileNote> Notes(FolderFile file, string display)
    {
        switch (file.Condition)
        {
            case FileCondition.Empty: yield return new FileNote(display, FileProblem.Empty); break;
            case FileCondition.Unreadable: yield return new FileNote(display, FileProblem.Unreadable); break;
            case FileCondition.Oversized: yield return new FileNote(display, FileProblem.Oversized); break;
        }
        if (file.MacroEnabled) yield return new FileNote(display, FileProblem.MacroEnabled);
    }
}

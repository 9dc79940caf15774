using System.Text.RegularExpressions;
using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Text;

namespace NarrativeAssist.Domain.Evidence;

/// <summary>Where a file sits in the LKE, read from its path. <see cref="Folder"/> is the question whose folder holds
/// it; <see cref="SubArea"/> the deepest sub-area recognised on the way; <see cref="Named"/> the question its own name
/// gives by number ("1.i.a SK Tim.pdf").</summary>
public sealed record PathLocation(Question? Folder, SubArea? SubArea, Question? Named);

/// <summary>Reads the LKE place of a path the way an evaluator browsing the folder would: folder by folder from the
/// root, each name recognised by the numbering units use ("AREA I", "i.", "a.", "1.i.a", "P.MP.1.a", "H.1.a") or by
/// words shared with the area, sub-area or question text; folders that are neither (a year folder, "Scan", a root
/// named after the unit) are passed over. Pemenuhan and Reform share their numbering, so a "Reform"/"Pemenuhan" folder
/// or prefix decides, then the sub-area's name, and Pemenuhan when nothing does.</summary>
public sealed class PathLocator(LkeCatalog catalog)
{
    private const double NameMatch = 0.6;

    private static readonly Regex CatalogId = new(@"(?<![a-z0-9])(?<p>[pr])\.(?<a>mp|tl|sdm|ak|pw|pp)\.(?<s>\d{1,2})\.(?<l>[a-z])(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex HasilCode = new(@"(?<![a-z0-9])h\s?[.\s]?\s?(?<g>[12])\s?[.\s]\s?(?<l>[a-z])(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex LkeCode = new(
        @"(?<![a-z0-9])(?:(?<p>reform|pemenuhan|r|p)[\s._-]?)?(?<a>[1-6])\s?\.\s?(?<s>iii|ii|iv|vi|v|i|\d{1,2})\s?\.\s?(?<l>[a-z])(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex AreaNumber = new(@"^\s*(?:area|bidang)\s*[-._]?\s*(?<n>iii|ii|iv|vi|v|i|[1-6])(?![a-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Numbered = new(@"^\s*(?<n>iii|ii|iv|vi|v|i|\d{1,2})\s*[.)\-]\s*(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Lettered = new(@"^\s*(?<l>[a-z])(?:\s*[.)]\s*(?<rest>.*))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Words that only say which part of the LKE a folder holds ("II. REFORM", "A. Pemenuhan", "Komponen Hasil").
    private static readonly HashSet<string> PartWords = new(StringComparer.Ordinal) { "pemenuhan", "reform", "hasil", "pengungkit" };
    private static readonly HashSet<string> PartNumbering = new(StringComparer.Ordinal) { "komponen", "i", "ii", "iii", "a", "b", "c", "1", "2", "3" };

    public PathLocation Locate(EvidencePath path)
    {
        var scope = new Scope();
        foreach (var folder in path.Folders) Step(folder, scope);
        var named = FindCode(path.Stem, scope);
        // A sub-area with a single question needs no question folder.
        if (scope.Question is null && scope.SubArea is { Questions.Count: 1 } single) scope.Question = single.Questions[0];
        return new PathLocation(scope.Question, scope.Question?.SubArea ?? scope.SubArea, named);
    }

    private sealed class Scope
    {
        public string? Part;          // "P", "R", "H" once a folder said so
        public int Area;              // area number 1..6, 0 when unknown
        public SubArea? SubArea;
        public Area? HasilGroup;
        public Question? Question;
    }

    private void Step(string folder, Scope scope)
    {
        var words = LowerWords.Of(folder);
        if (words.Contains("reform")) scope.Part = "R";
        else if (words.Contains("pemenuhan")) scope.Part = "P";
        else if (words.Contains("hasil")) { scope.Part = "H"; scope.Area = 0; scope.SubArea = null; }

        if (FindCode(folder, scope) is { } coded) { Enter(scope, coded); return; }
        // Below a question's folder, extra folders ("Scan", "Foto", "Tim Kerja") stay that question's unless numbered.
        if (scope.Question is not null) return;
        if (words.Any(PartWords.Contains) && words.All(w => PartWords.Contains(w) || PartNumbering.Contains(w))) return;
        if (FindArea(folder) is { } area) { scope.Area = area; scope.SubArea = null; scope.HasilGroup = null; scope.Question = null; return; }
        if (scope.SubArea is { } sub && FindQuestion(folder, sub.Questions) is { } q) { Enter(scope, q); return; }
        var unprefixed = StripPartWord(folder);
        if (scope.Part != "H" && FindSubArea(unprefixed, scope) is { } found)
        {
            scope.SubArea = found; scope.Area = found.Area.Number; scope.Part ??= found.Area.Part.Id; scope.Question = null;
            return;
        }
        if (scope.Part == "H")
        {
            var groups = catalog.Parts.Where(p => p.Component == "hasil").SelectMany(p => p.Areas).ToList();
            var group = groups.FirstOrDefault(g => Similar(unprefixed, g.Name));
            if (group is not null) { scope.HasilGroup = group; return; }
            if (FindQuestion(folder, (scope.HasilGroup?.AllQuestions ?? groups.SelectMany(g => g.AllQuestions)).ToList()) is { } h) Enter(scope, h);
            return;
        }
        // A question folder straight under an area, or under a folder we did not recognise: its text alone must be clear.
        var candidates = catalog.Questions.Where(c => c.SubArea is not null && InScope(c.Area, scope)).ToList();
        if (FindQuestion(folder, candidates, strict: true) is { } loose) Enter(scope, loose);
    }

    private static void Enter(Scope scope, Question q)
    {
        scope.Question = q; scope.SubArea = q.SubArea; scope.Area = q.SubArea is null ? 0 : q.Area.Number; scope.Part = q.Part.Id;
        if (q.SubArea is null) scope.HasilGroup = q.Area;
    }

    private bool InScope(Area area, Scope scope) =>
        (scope.Area == 0 || area.Number == scope.Area) && area.Part.Component != "hasil" && (scope.Part is null or "H" || area.Part.Id == scope.Part);

    /// <summary>A question given by number in <paramref name="name"/>: catalog id, Hasil id or LKE numbering.</summary>
    private Question? FindCode(string name, Scope scope)
    {
        var id = CatalogId.Match(name);
        if (id.Success)
            return catalog.FindQuestion($"{id.Groups["p"].Value.ToUpperInvariant()}.{id.Groups["a"].Value.ToUpperInvariant()}.{id.Groups["s"].Value}.{id.Groups["l"].Value.ToLowerInvariant()}");
        var hasil = HasilCode.Match(name);
        if (hasil.Success) return catalog.FindQuestion($"H.{hasil.Groups["g"].Value}.{hasil.Groups["l"].Value.ToLowerInvariant()}");
        var code = LkeCode.Match(name);
        if (!code.Success) return null;
        var area = int.Parse(code.Groups["a"].Value);
        var sub = LkeNumbering.SubAreaIndex(code.Groups["s"].Value);
        var letter = code.Groups["l"].Value.ToLowerInvariant();
        var prefix = code.Groups["p"].Value.ToLowerInvariant();
        var part = prefix is "reform" or "r" ? "R" : prefix is "pemenuhan" or "p" ? "P" : null;
        var candidates = catalog.Questions.Where(q => q.SubArea is { } s && q.Area.Number == area && q.Letter == letter
            && s.Area.SubAreas.ToList().IndexOf(s) + 1 == sub).ToList();
        if (candidates.Count == 0) return null;
        part ??= scope.SubArea is { } context && candidates.Any(c => c.SubArea == context) ? context.Area.Part.Id : scope.Part is "P" or "R" ? scope.Part : null;
        if (part is null && candidates.Count > 1)
        {
            // "1.i.a Komitmen …": the words after the number tell Reform from Pemenuhan when no folder did.
            var rest = name[(code.Index + code.Length)..];
            var best = candidates.MaxBy(c => NameWords.Of(rest).ContainedIn(NameWords.Of(c.Text + " " + c.SubArea!.Name)));
            if (best is not null && NameWords.Of(rest).ContainedIn(NameWords.Of(best.Text + " " + best.SubArea!.Name)) >= NameMatch) return best;
        }
        return candidates.FirstOrDefault(c => c.Part.Id == (part ?? "P")) ?? candidates[0];
    }

    /// <summary>"AREA I", "Area 2 …", "1. Manajemen Perubahan", "MANAJEMEN PERUBAHAN".</summary>
    private int? FindArea(string folder)
    {
        var m = AreaNumber.Match(folder);
        if (m.Success) return LkeNumbering.AreaNumber(m.Groups["n"].Value);
        var areas = catalog.Parts.Where(p => p.Component == "pengungkit").SelectMany(p => p.Areas).ToList();
        var numbered = Numbered.Match(folder);
        var text = numbered.Success ? numbered.Groups["rest"].Value : folder;
        var words = NameWords.Of(text);
        if (words.Count == 0) return null;
        var hit = areas.FirstOrDefault(a => words.ContainedIn(NameWords.Of(a.Name)) >= 0.99 && NameWords.Of(a.Name).ContainedIn(words) >= 0.99);
        return hit?.Number;
    }

    private SubArea? FindSubArea(string folder, Scope scope)
    {
        var candidates = catalog.Parts.Where(p => p.Component == "pengungkit").SelectMany(p => p.Areas)
            .Where(a => InScope(a, scope)).SelectMany(a => a.SubAreas).ToList();
        var numbered = Numbered.Match(folder);
        var index = numbered.Success ? LkeNumbering.SubAreaIndex(numbered.Groups["n"].Value) : 0;
        var text = numbered.Success ? numbered.Groups["rest"].Value : folder;
        var words = NameWords.Of(text);
        if (words.Count > 0)
        {
            var scored = candidates.Select(s => (Sub: s, Score: Score(words, s.Name) + (Position(s) == index ? 0.1 : 0)))
                .Where(x => x.Score >= NameMatch).OrderByDescending(x => x.Score).ToList();
            if (scored.Count > 0 && (scored.Count == 1 || scored[0].Score > scored[1].Score)) return scored[0].Sub;
        }
        if (index == 0 || scope.Area == 0) return null;
        // A numeral alone ("ii.", or a name we could not read) inside a known area.
        var byNumber = candidates.Where(s => Position(s) == index).ToList();
        return byNumber.FirstOrDefault(s => s.Area.Part.Id == (scope.Part ?? "P")) ?? (byNumber.Count == 1 ? byNumber[0] : null);
    }

    /// <summary>"a. …", "b", or the question's words, among <paramref name="questions"/>.</summary>
    private static Question? FindQuestion(string folder, IReadOnlyList<Question> questions, bool strict = false)
    {
        var lettered = strict ? Match.Empty : Lettered.Match(folder);
        var text = lettered.Success ? lettered.Groups["rest"].Value : folder;
        var words = NameWords.Of(text);
        if (words.Count >= (strict ? 3 : 1))
        {
            var scored = questions.Select(q => (Q: q, Score: Score(words, q.Text))).Where(x => x.Score >= (strict ? 0.75 : NameMatch))
                .OrderByDescending(x => x.Score).ToList();
            if (scored.Count > 0 && (scored.Count == 1 || scored[0].Score > scored[1].Score)) return scored[0].Q;
        }
        if (!lettered.Success) return null;
        var letter = lettered.Groups["l"].Value.ToLowerInvariant();
        return questions.FirstOrDefault(q => q.Letter == letter);
    }

    /// <summary>Share of the folder's words found in the catalog text; two shared words at least unless the folder has one.</summary>
    private static double Score(NameWords folder, string catalogText)
    {
        var target = NameWords.Of(catalogText);
        var shared = folder.Shared(target);
        return shared < Math.Min(2, folder.Count) ? 0 : shared / (double)folder.Count;
    }

    private static bool Similar(string folder, string name) => Score(NameWords.Of(folder), name) >= NameMatch;

    private static int Position(SubArea s) => s.Area.SubAreas.ToList().IndexOf(s) + 1;

    private static string StripPartWord(string folder)
    {
        var t = folder.TrimStart();
        foreach (var w in new[] { "reform", "pemenuhan" })
            if (t.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return t[w.Length..].TrimStart(' ', '-', '_', '.');
        return folder;
    }
}

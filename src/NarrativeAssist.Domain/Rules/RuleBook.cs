using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Rules;

/// <summary>All checklists and generic rules for one catalog, compiled and validated: every question has a
/// checklist, every checklist names a known question, rule ids are unique, patterns compile.
/// Later files extend earlier ones (an inspectorate's extra file adds elements, evidence and rules).</summary>
public sealed class RuleBook
{
    private readonly Dictionary<string, Checklist> _checklists;

    private RuleBook(LkeCatalog catalog, Dictionary<string, Checklist> checklists, IReadOnlyList<NarrativeRule> generic, ScoringPolicy scoring)
    {
        Catalog = catalog; _checklists = checklists; GenericRules = generic; Scoring = scoring;
    }

    public LkeCatalog Catalog { get; }
    public IReadOnlyList<NarrativeRule> GenericRules { get; }
    public ScoringPolicy Scoring { get; }
    public IReadOnlyCollection<Checklist> Checklists => _checklists.Values;

    public Checklist ChecklistFor(string questionId) => _checklists[questionId];

    /// <summary>Generic rules that apply to a question, then the question's own rules.</summary>
    public IEnumerable<NarrativeRule> RulesFor(Question q)
    {
        var c = _checklists[q.Id];
        return GenericRules.Where(r => !c.Skip.Contains(r.Id) && r.Scope.Applies(q, c)).Concat(c.Rules);
    }

    public static RuleBook Load(LkeCatalog catalog, IEnumerable<(string Name, string Text)> sources)
    {
        var problems = new List<string>();
        var builders = new Dictionary<string, ChecklistBuilder>(StringComparer.Ordinal);
        var generic = new List<NarrativeRule>();
        var scoring = ScoringPolicy.Default;
        foreach (var (name, text) in sources)
        {
            var file = YamlData.Read<RuleFileDto>(text, name);
            if (file.Scoring is { } s) scoring = MergeScoring(scoring, s);
            foreach (var r in file.Rules ?? [])
                if (RuleFactory.TryCreate(r, $"{name}: aturan {r.Id}", problems) is { } rule) generic.Add(rule);
            foreach (var (qid, dto) in file.Questions ?? [])
            {
                if (catalog.FindQuestion(qid) is null) { problems.Add($"{name}: pertanyaan {qid} tidak ada di katalog"); continue; }
                if (!builders.TryGetValue(qid, out var b)) builders[qid] = b = new ChecklistBuilder(qid);
                b.Add(dto, $"{name}: {qid}", problems);
            }
        }
        foreach (var dup in generic.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            problems.Add($"id aturan umum ganda: {dup.Key}");
        var genericIds = generic.Select(r => r.Id).ToHashSet();
        var checklists = new Dictionary<string, Checklist>(StringComparer.Ordinal);
        foreach (var q in catalog.Questions)
        {
            if (!builders.TryGetValue(q.Id, out var b)) { problems.Add($"pertanyaan {q.Id} belum punya checklist"); continue; }
            var c = b.Build(problems);
            foreach (var skip in c.Skip.Where(s => !genericIds.Contains(s)))
                problems.Add($"{q.Id}: skip merujuk aturan umum tak dikenal '{skip}'");
            checklists[q.Id] = c;
        }
        if (problems.Count > 0) throw new DataFileException("aturan", problems);
        return new RuleBook(catalog, checklists, generic, scoring);
    }

    private static ScoringPolicy MergeScoring(ScoringPolicy p, ScoringPolicyDto s)
    {
        var pen = s.Penalties ?? [];
        return new ScoringPolicy(
            pen.GetValueOrDefault("error", p.ErrorPenalty), pen.GetValueOrDefault("warning", p.WarningPenalty),
            pen.GetValueOrDefault("saran", p.SaranPenalty), s.Kuat ?? p.Kuat, s.PerluPerbaikan ?? p.PerluPerbaikan);
    }

    private sealed class ChecklistBuilder(string questionId)
    {
        private string? _jenis;
        private readonly List<ChecklistElement> _elements = [];
        private readonly List<EvidenceItem> _evidence = [];
        private readonly List<NarrativeRule> _rules = [];
        private readonly HashSet<string> _skip = new(StringComparer.Ordinal);

        public void Add(ChecklistDto dto, string where, List<string> problems)
        {
            if (dto.Jenis is not null)
            {
                if (!Jenis.Known.Contains(dto.Jenis)) problems.Add($"{where}: jenis '{dto.Jenis}' tidak dikenal (upaya | hasil)");
                _jenis = dto.Jenis;
            }
            foreach (var e in dto.Elements ?? [])
            {
                if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Label)) { problems.Add($"{where}: unsur tanpa id atau label"); continue; }
                if (_elements.Any(x => x.Id == e.Id)) problems.Add($"{where}: id unsur ganda {e.Id}");
                if (e.Any is not { Count: > 0 }) problems.Add($"{where}.{e.Id}: any kosong");
                if (e.Defect is not null && !Checking.Defects.IsKnown(e.Defect)) problems.Add($"{where}.{e.Id}: defect '{e.Defect}' tidak dikenal ({string.Join(", ", Checking.Defects.All)})");
                try
                {
                    var with = PatternSet.Compile(e.With);
                    var any = PatternSet.Compile(e.Any);
                    _elements.Add(new ChecklistElement(e.Id, e.Label, any, with,
                        e.Saran ?? $"Lengkapi narasi dengan {e.Label}.", SeverityNames.Parse(e.Severity) ?? Severity.Warning, e.Weight ?? 1)
                    {
                        // The first element names what the question is about; data may say otherwise.
                        Core = e.Core ?? _elements.Count == 0,
                        CoreDeclared = e.Core == true,
                        Defect = e.Defect ?? ElementDefects.Infer(any, with),
                    });
                }
                catch (FormatException x) { problems.Add($"{where}.{e.Id}: {x.Message}"); }
            }
            foreach (var ev in dto.Evidence ?? [])
            {
                try { _evidence.Add(new EvidenceItem(ev.Label, PatternSet.Compile(ev.Any ?? [ev.Label]))); }
                catch (FormatException x) { problems.Add($"{where}: bukti '{ev.Label}': {x.Message}"); }
            }
            foreach (var r in dto.Rules ?? [])
            {
                if (_rules.Any(x => x.Id == r.Id)) problems.Add($"{where}: id aturan ganda {r.Id}");
                if (RuleFactory.TryCreate(r, $"{where}: aturan {r.Id}", problems) is { } rule) _rules.Add(rule);
            }
            foreach (var s in dto.Skip ?? []) _skip.Add(s);
        }

        public Checklist Build(List<string> problems)
        {
            if (_jenis is null) problems.Add($"{questionId}: jenis belum diisi");
            if (_elements.Count == 0) problems.Add($"{questionId}: checklist tanpa unsur");
            return new Checklist(questionId, _jenis ?? Jenis.Upaya, _elements, _evidence, _rules, _skip);
        }
    }
}

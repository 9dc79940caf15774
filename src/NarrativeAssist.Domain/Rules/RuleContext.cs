using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Profile;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Rules;

/// <summary>Everything a rule sees about one narrative. Pattern matches are memoised per pattern set,
/// since several rules ask about the same patterns.</summary>
public sealed class RuleContext(Question question, Checklist checklist, AnalyzedText text, string? answer, UnitProfile? profile)
{
    private readonly Dictionary<PatternSet, List<PatternMatch>> _matches = new(ReferenceEqualityComparer.Instance);

    public Question Question { get; } = question;
    public Checklist Checklist { get; } = checklist;
    public AnalyzedText Text { get; } = text;
    /// <summary>The canonical answer code ("Ya", "A") or number as text; null when not given.</summary>
    public string? Answer { get; } = answer;
    public UnitProfile? Profile { get; } = profile;

    /// <summary>The rule book being applied (set by the checker), for rules that compare with other questions.</summary>
    public RuleBook? Book { get; internal set; }

    private NarrativeReading? _reading;

    /// <summary>The narrative's clauses with stage, mood and negation, read on first use.</summary>
    public NarrativeReading Reading => _reading ??= NarrativeReading.Read(Text);

    private EvidenceReading? _evidence;

    /// <summary>The narrative's evidence statements and the pieces they name, read on first use.</summary>
    public EvidenceReading Evidence => _evidence ??= EvidenceReading.Read(Text);

    /// <summary>A core checklist element is missing, not realised or unproven (set by the checker before the rules run):
    /// length and plan rules speak up only then.</summary>
    public bool CoreIncomplete { get; internal set; }

    /// <summary>How each checklist element stands in the narrative, by element id (set by the checker before the rules
    /// run): the answer judge asks whether the elements that set the claimed option apart are shown.</summary>
    public IReadOnlyDictionary<string, Checking.ElementOutcome> Elements
    {
        get => _elements;
        internal set
        {
            _elements = value;
            UnmetElements = Checklist.Elements.Where(e => value.TryGetValue(e.Id, out var o) && o.State != Checking.ElementState.Covered).ToList();
        }
    }
    private IReadOnlyDictionary<string, Checking.ElementOutcome> _elements = new Dictionary<string, Checking.ElementOutcome>();

    /// <summary>The checklist elements the narrative does not show as realised and proven (derived from
    /// <see cref="Elements"/>, in checklist order): a plan marker is the evaluator's not_realised when its clause is
    /// about one of these.</summary>
    public IReadOnlyList<ChecklistElement> UnmetElements { get; private set; } = [];

    /// <summary>Checklist elements that only options above the claimed answer need (their <c>pembeda</c>): behind answer B
    /// the checklist's "terhubung dengan SIPPN" is not asked, so its gap is a suggestion, not a finding.</summary>
    public IReadOnlySet<string> AskedOnlyAboveClaim { get; internal set; } = new HashSet<string>();

    /// <summary>The claimed answer is the question's top option (or no answer was given, so the checklist's
    /// top-answer reading applies).</summary>
    public bool AnswerIsTopOrNone => Answer is null || Question.Options.Count == 0
        || Question.Options[0].Code.Equals(Answer, StringComparison.OrdinalIgnoreCase);

    /// <summary>The claimed answer is the question's lowest option ("Tidak", "E"): nothing needs to be shown.</summary>
    public bool AnswerIsLowest => Answer is not null && Question.Options.Count > 1
        && Question.Options[^1].Code.Equals(Answer, StringComparison.OrdinalIgnoreCase);

    public List<PatternMatch> Matches(PatternSet set)
    {
        if (!_matches.TryGetValue(set, out var m)) _matches[set] = m = set.Find(Text);
        return m;
    }

    public bool Has(PatternSet set) => Matches(set).Count > 0;

    public bool HasInSentence(PatternSet set, int sentence) => Matches(set).Any(m => m.Sentence == sentence);

    public string Snippet(PatternMatch m) => Text.Text.Substring(m.Start, m.Length);
}

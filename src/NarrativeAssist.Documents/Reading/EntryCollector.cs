using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Documents;

/// <summary>Gathers narratives and answers per question in document order; merges a question found twice
/// (with a warning) and normalises answers when the document is complete.</summary>
internal sealed class EntryCollector(LkeCatalog catalog)
{
    private sealed class Draft(Question question, string source)
    {
        public Question Question { get; } = question;
        public string Source { get; } = source;
        /// <summary>Lines of each place the narrative was found; usually one.</summary>
        public List<List<string>> Occurrences { get; } = [];
        public string? Answer { get; set; }
    }

    private readonly Dictionary<string, Draft> _drafts = new(StringComparer.Ordinal);
    private readonly List<Draft> _order = [];
    private readonly List<string> _warnings = [];
    private readonly Dictionary<string, Question> _byId =
        catalog.Questions.ToDictionary(q => q.Id, StringComparer.OrdinalIgnoreCase);

    public int Count => _order.Count;

    /// <summary>Catalog question by id, forgiving case ("p.mp.1.a").</summary>
    public Question? Find(string id) => _byId.GetValueOrDefault(id.Trim());

    public void Warn(string message) => _warnings.Add(message);

    /// <summary>Starts a narrative occurrence of <paramref name="q"/>; a second occurrence is merged into the first.</summary>
    public void BeginNarrative(Question q, string source, string text = "")
    {
        var draft = DraftOf(q, source);
        draft.Occurrences.Add([]);
        if (draft.Occurrences.Count == 2) Warn($"Pertanyaan {q.Id} muncul lebih dari sekali di dokumen; narasinya digabung.");
        AppendText(q, text);
    }

    /// <summary>Adds lines to the narrative begun with <see cref="BeginNarrative"/>.</summary>
    public void AppendText(Question q, string text)
    {
        if (!string.IsNullOrWhiteSpace(text)) _drafts[q.Id].Occurrences[^1].Add(text.Trim());
    }

    public void SetAnswer(Question q, string? answer, string source)
    {
        var draft = DraftOf(q, source);
        if (string.IsNullOrWhiteSpace(answer)) return;
        if (draft.Answer is null) draft.Answer = answer.Trim();
        else Warn($"Pertanyaan {q.Id} memiliki lebih dari satu isian jawaban; yang pertama (\"{draft.Answer}\") dipakai.");
    }

    public NarrativeDocument Build(ReadMode mode)
    {
        var warnings = new List<string>(_warnings);
        var entries = _order.Select(d => Entry(d, warnings)).ToList();
        return new NarrativeDocument(entries, mode, warnings);
    }

    /// <summary>Joins the occurrences, each stripped of placeholder lines and of its leading "Jawaban:" line;
    /// an answer control outranks an answer line.</summary>
    private static NarrativeEntry Entry(Draft d, List<string> warnings)
    {
        var texts = new List<string>();
        string? lineAnswer = null;
        foreach (var occurrence in d.Occurrences)
        {
            var lines = occurrence.SelectMany(l => l.Split('\n')).Where(l => !Placeholders.IsPlaceholder(l));
            var (text, answer) = AnswerText.SplitAnswerLine(string.Join("\n", lines));
            lineAnswer ??= answer;
            if (text.Length > 0) texts.Add(text);
        }
        var normalized = AnswerText.Normalize(d.Question, d.Answer ?? lineAnswer, warnings);
        return new NarrativeEntry(d.Question.Id, string.Join("\n", texts), normalized, d.Source);
    }

    private Draft DraftOf(Question q, string source)
    {
        if (_drafts.TryGetValue(q.Id, out var draft)) return draft;
        draft = new Draft(q, source);
        _drafts.Add(q.Id, draft);
        _order.Add(draft);
        return draft;
    }
}

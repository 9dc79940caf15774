namespace NarrativeAssist.Domain.Rules;

/// <summary>Turns a rule entry of a rule file into its kind's class, collecting problems instead of throwing
/// so one load reports every mistake in a file.</summary>
internal static class RuleFactory
{
    public static NarrativeRule? TryCreate(RuleDto r, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(r.Id)) { problems.Add($"{where}: aturan tanpa id"); return null; }
        if (string.IsNullOrWhiteSpace(r.Message)) problems.Add($"{where}: message kosong");
        if (r.Defect is not null && !Checking.Defects.IsKnown(r.Defect))
            problems.Add($"{where}: defect '{r.Defect}' tidak dikenal ({string.Join(", ", Checking.Defects.All)})");
        try
        {
            var severity = SeverityNames.Parse(r.Severity) ?? Severity.Warning;
            var scope = Scope(r.Applies);
            var message = r.Message ?? "";
            var suggestion = r.Suggestion ?? "";
            NarrativeRule? rule = r.Kind switch
            {
                "existence" => new ExistenceRule
                {
                    Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope,
                    Tokens = Required(r.Tokens, "tokens"), Unless = PatternSet.Compile(r.Unless),
                    OnlyTopAnswer = r.WhenAnswer switch
                    {
                        null => false,
                        "top" => true,
                        _ => throw new FormatException($"when_answer '{r.WhenAnswer}' tidak dikenal (top)"),
                    },
                },
                "occurrence" => new OccurrenceRule
                {
                    Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope,
                    Pattern = Required(r.Pattern, "pattern"), Min = r.Min, Max = r.Max,
                },
                "conditional" => new ConditionalRule
                {
                    Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope,
                    If = Required(r.If, "if"), Then = Required(r.Then, "then"), Min = r.Min ?? 1,
                    SameSentence = r.Scope switch
                    {
                        null or "kalimat" => true,
                        "narasi" => false,
                        _ => throw new FormatException($"scope '{r.Scope}' tidak dikenal (kalimat | narasi)"),
                    },
                },
                "metric" => r.Metric is null or "kata"
                    ? new MetricRule
                    {
                        Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope, Min = r.Min, Max = r.Max,
                        OnlyWhenIncomplete = r.When switch
                        {
                            null => false,
                            "incomplete" => true,
                            _ => throw new FormatException($"when '{r.When}' tidak dikenal (incomplete)"),
                        },
                    }
                    : throw new FormatException($"metric '{r.Metric}' tidak dikenal (kata)"),
                "evidence_relevance" => new EvidenceRelevanceRule { Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope },
                "relevance" => new RelevanceRule { Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope },
                "stage" => new StageRule { Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope },
                "evidence" => new EvidenceRule
                {
                    Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope,
                    Tokens = PatternSet.Compile(r.Tokens), With = PatternSet.Compile(r.With),
                },
                "answer" => new AnswerRule
                {
                    Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope,
                    Top = r.When switch
                    {
                        "top" => true,
                        "bottom" => false,
                        _ => throw new FormatException($"when '{r.When}' tidak dikenal (top | bottom)"),
                    },
                    OptionMentions = PatternSet.Compile(r.OptionMentions), Require = PatternSet.Compile(r.Require), MaxWords = r.MaxWords,
                },
                "profile" => new ProfileRule
                {
                    Id = r.Id, Severity = severity, Message = message, Suggestion = suggestion, Scope = scope,
                },
                _ => throw new FormatException($"kind '{r.Kind}' tidak dikenal (existence | occurrence | conditional | metric | evidence | answer | profile | stage | evidence_relevance | relevance)"),
            };
            if (rule is not null) rule.Defect = r.Defect;
            return rule;
        }
        catch (FormatException e)
        {
            problems.Add($"{where}: {e.Message}");
            return null;
        }
    }

    private static PatternSet Required(List<string>? patterns, string key) =>
        patterns is { Count: > 0 } ? PatternSet.Compile(patterns) : throw new FormatException($"{key} wajib diisi");

    private static RuleScope Scope(AppliesDto? a)
    {
        if (a is null) return RuleScope.All;
        static IReadOnlySet<string> Set(List<string>? l) => new HashSet<string>(l ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var j in a.Jenis ?? [])
            if (!Jenis.Known.Contains(j)) throw new FormatException($"applies.jenis '{j}' tidak dikenal (upaya | hasil)");
        return new RuleScope(Set(a.Jenis), Set(a.Parts), Set(a.Areas), Set(a.Questions), Set(a.AnswerTypes))
        {
            QuestionMentions = PatternSet.Compile(a.QuestionMentions),
        };
    }
}

namespace NarrativeAssist.Domain.Catalog;

/// <summary>One regulation's LKE: parts (Pemenuhan, Reform, Hasil) → areas → sub-areas → questions,
/// with answer scales, weights and predicate thresholds. Immutable; built by <see cref="CatalogLoader"/>.</summary>
public sealed class LkeCatalog
{
    private readonly Dictionary<string, Question> _questions;
    private readonly Dictionary<string, Area> _areas;

    internal LkeCatalog(string id, string title, string regulation, IReadOnlyList<Part> parts,
        IReadOnlyList<Component> components, IReadOnlyDictionary<string, AnswerType> answerTypes,
        EligibilityRules eligibility, IReadOnlyDictionary<string, string> sources)
    {
        Id = id; Title = title; Regulation = regulation; Parts = parts; Components = components;
        AnswerTypes = answerTypes; Eligibility = eligibility; Sources = sources;
        Questions = parts.SelectMany(p => p.Areas).SelectMany(a => a.AllQuestions).ToList();
        _questions = Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        _areas = parts.SelectMany(p => p.Areas).ToDictionary(a => a.Id, StringComparer.Ordinal);
        AreaCodes = parts.Where(p => p.Component == "pengungkit").SelectMany(p => p.Areas)
            .Select(a => a.Code).Distinct().ToList();
    }

    public string Id { get; }
    public string Title { get; }
    public string Regulation { get; }
    public IReadOnlyList<Part> Parts { get; }
    public IReadOnlyList<Component> Components { get; }
    public IReadOnlyDictionary<string, AnswerType> AnswerTypes { get; }
    public EligibilityRules Eligibility { get; }
    public IReadOnlyDictionary<string, string> Sources { get; }
    /// <summary>All questions in LKE order.</summary>
    public IReadOnlyList<Question> Questions { get; }
    /// <summary>Lever codes (MP, TL, SDM, AK, PW, PP) in LKE order.</summary>
    public IReadOnlyList<string> AreaCodes { get; }

    public Question? FindQuestion(string id) => _questions.GetValueOrDefault(id);
    public Area? FindArea(string id) => _areas.GetValueOrDefault(id);
    public Part? FindPart(string id) => Parts.FirstOrDefault(p => p.Id == id);

    /// <summary>Questions of one lever code (e.g. "MP") across Pemenuhan and Reform, or of a Hasil group id.</summary>
    public IEnumerable<Question> QuestionsOfArea(string codeOrId) =>
        Questions.Where(q => q.Area.Code.Equals(codeOrId, StringComparison.OrdinalIgnoreCase) || q.Area.Id == codeOrId);

    /// <summary>Human name of a lever code, e.g. MP → Manajemen Perubahan.</summary>
    public string AreaName(string code) =>
        Parts.SelectMany(p => p.Areas).FirstOrDefault(a => a.Code == code)?.Name ?? code;
}

public sealed record Component(string Id, string Name, double Weight, IReadOnlyList<string> PartIds);

public sealed class Part
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Numeral { get; init; }
    /// <summary>pengungkit | hasil</summary>
    public required string Component { get; init; }
    public required double Weight { get; init; }
    public IReadOnlyList<Area> Areas { get; internal set; } = [];
}

public sealed class Area
{
    public required string Id { get; init; }
    /// <summary>Lever code shared by the Pemenuhan and Reform halves (MP, TL, …); H1/H2 for Hasil groups.</summary>
    public required string Code { get; init; }
    public required int Number { get; init; }
    public required string Name { get; init; }
    public required double Weight { get; init; }
    public Part Part { get; internal set; } = null!;
    public IReadOnlyList<SubArea> SubAreas { get; internal set; } = [];
    /// <summary>Questions held directly by the area, each with its own weight (the Hasil items).</summary>
    public IReadOnlyList<Question> DirectQuestions { get; internal set; } = [];
    public IEnumerable<Question> AllQuestions => SubAreas.SelectMany(s => s.Questions).Concat(DirectQuestions);
}

public sealed class SubArea
{
    public required string Id { get; init; }
    public required string Numeral { get; init; }
    public required string Name { get; init; }
    public required double Weight { get; init; }
    public Area Area { get; internal set; } = null!;
    public IReadOnlyList<Question> Questions { get; internal set; } = [];
}

public sealed class Question
{
    public required string Id { get; init; }
    public required string Letter { get; init; }
    public required string Text { get; init; }
    public required AnswerType AnswerType { get; init; }
    /// <summary>Options in order from best to worst (empty for numeric answers).</summary>
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];
    public IReadOnlyList<QuestionInput> Inputs { get; init; } = [];
    /// <summary>Formula over <see cref="Inputs"/> (or <c>indeks</c>) giving a value 0..1.</summary>
    public string? ValueFormula { get; init; }
    /// <summary><see cref="ValueFormula"/> parsed once at load.</summary>
    public Scoring.Formula? Formula { get; init; }
    /// <summary>Own weight (Hasil items); null when the question shares its sub-area's weight.</summary>
    public double? Weight { get; init; }
    public string? Penjelasan { get; init; }
    public IReadOnlyList<string> BuktiDukung { get; init; } = [];
    public Area Area { get; internal set; } = null!;
    public SubArea? SubArea { get; internal set; }
    public Part Part => Area.Part;

    public AnswerOption? FindOption(string code) =>
        Options.FirstOrDefault(o => o.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
    public bool IsNumeric => AnswerType.Numeric is not null;
    /// <summary>Points this question can contribute to the total.</summary>
    public double MaxPoints => Weight ?? SubArea!.Weight / SubArea.Questions.Count;
}

public sealed record AnswerOption(string Code, double Value, string Penjelasan);

public sealed record QuestionInput(string Key, string Label);

public sealed record AnswerType(string Id, string Label, IReadOnlyList<AnswerOption> Options, NumericScale? Numeric);

/// <summary>A numeric answer's range and unit: persen 0..100, indeks 1..4.</summary>
public sealed record NumericScale(double Min, double Max, string Unit);

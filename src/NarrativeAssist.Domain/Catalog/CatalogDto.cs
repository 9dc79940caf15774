namespace NarrativeAssist.Domain.Catalog;

// Shapes of the catalog data file (Data/lke-*.yaml); mapped to the immutable model by CatalogLoader.
#pragma warning disable CS8618
internal sealed class CatalogDto
{
    public string Id { get; set; }
    public string Title { get; set; }
    public string Regulation { get; set; }
    public string? Note { get; set; }
    public Dictionary<string, AnswerTypeDto> AnswerTypes { get; set; } = [];
    public List<ComponentDto> Components { get; set; } = [];
    public List<PartDto> Parts { get; set; } = [];
    public EligibilityDto Eligibility { get; set; }
    public Dictionary<string, string> Sources { get; set; } = [];
    public List<Dictionary<string, object>> Disagreements { get; set; } = [];
}

internal sealed class AnswerTypeDto
{
    public string Label { get; set; }
    public List<OptionDto>? Options { get; set; }
    public NumericDto? Numeric { get; set; }
}

internal sealed class NumericDto
{
    public double Min { get; set; }
    public double Max { get; set; }
    public string Unit { get; set; }
}

internal sealed class OptionDto
{
    public string Code { get; set; }
    public double Value { get; set; }
    public string? Penjelasan { get; set; }
}

internal sealed class ComponentDto
{
    public string Id { get; set; }
    public string Name { get; set; }
    public double Weight { get; set; }
    public List<string> Parts { get; set; } = [];
}

internal sealed class PartDto
{
    public string Id { get; set; }
    public string Numeral { get; set; }
    public string Name { get; set; }
    public string Component { get; set; }
    public double Weight { get; set; }
    public List<AreaDto> Areas { get; set; } = [];
}

internal sealed class AreaDto
{
    public string Id { get; set; }
    public string Code { get; set; }
    public int Number { get; set; }
    public string? Numeral { get; set; }
    public string Name { get; set; }
    public double Weight { get; set; }
    public List<SubAreaDto>? SubAreas { get; set; }
    public List<QuestionDto>? Questions { get; set; }
}

internal sealed class SubAreaDto
{
    public string Id { get; set; }
    public string Numeral { get; set; }
    public string Name { get; set; }
    public double Weight { get; set; }
    public List<QuestionDto> Questions { get; set; } = [];
}

internal sealed class QuestionDto
{
    public string Id { get; set; }
    public string Letter { get; set; }
    public string Text { get; set; }
    public string AnswerType { get; set; }
    public double? Weight { get; set; }
    public List<OptionDto>? Options { get; set; }
    public List<InputDto>? Inputs { get; set; }
    public string? ValueFormula { get; set; }
    public string? Penjelasan { get; set; }
    public string? Measure { get; set; }
    public List<string>? BuktiDukung { get; set; }
    public string? Note { get; set; }
}

internal sealed class InputDto
{
    public string Key { get; set; }
    public string Label { get; set; }
}

internal sealed class EligibilityDto
{
    public string? Note { get; set; }
    public string AreaBasis { get; set; } = "gabungan";
    public Dictionary<string, string> AreaBasisOptions { get; set; } = [];
    public string? AreaBasisNote { get; set; }
    public List<PredicateDto> Predicates { get; set; } = [];
}

internal sealed class PredicateDto
{
    public string Id { get; set; }
    public string Name { get; set; }
    public string? RequiresPredicate { get; set; }
    public List<string>? RequiresPredicateSources { get; set; }
    public List<ThresholdDto> Thresholds { get; set; } = [];
}

internal sealed class ThresholdDto
{
    public string Id { get; set; }
    public string Label { get; set; }
    public string? Kind { get; set; }
    public List<string>? Measure { get; set; }
    public double? Min { get; set; }
    public double? MinPercent { get; set; }
    public List<string>? Sources { get; set; }
    public bool Verified { get; set; }
    public string? Note { get; set; }
}
#pragma warning restore CS8618

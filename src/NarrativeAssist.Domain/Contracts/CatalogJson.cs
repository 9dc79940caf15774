using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Rules;

namespace NarrativeAssist.Domain.Contracts;

// The catalog with checklists, as served by `catalog` and GET /api/lke.
public sealed record CatalogJson(
    string Id, string Title, string Regulation,
    IReadOnlyList<ComponentJson> Components, IReadOnlyList<PartJson> Parts, EligibilityJson Eligibility,
    IReadOnlyDictionary<string, string> Sources)
{
    public static CatalogJson From(RuleBook book)
    {
        var c = book.Catalog;
        return new CatalogJson(c.Id, c.Title, c.Regulation,
            c.Components.Select(x => new ComponentJson(x.Id, x.Name, x.Weight, x.PartIds)).ToList(),
            c.Parts.Select(p => new PartJson(p.Id, p.Name, p.Component, p.Weight,
                p.Areas.Select(a => new AreaJson(a.Id, a.Code, a.Name, a.Weight,
                    a.SubAreas.Select(s => new SubAreaJson(s.Id, s.Numeral, s.Name, s.Weight, s.Questions.Select(q => Question(q, book)).ToList())).ToList(),
                    a.DirectQuestions.Select(q => Question(q, book)).ToList())).ToList())).ToList(),
            new EligibilityJson(ScoreJson.AreaBasisName(c.Eligibility.DefaultAreaBasis),
                c.Eligibility.AreaBasisNotes.ToDictionary(kv => ScoreJson.AreaBasisName(kv.Key), kv => kv.Value), c.Eligibility.Note,
                c.Eligibility.Predicates.Select(p => new PredicateJson(p.Id, p.Name, p.RequiresPredicate,
                    p.Thresholds.Select(t => new ThresholdJson(t.Id, t.Label, t.Measure, t.Min, t.MinPercent, t.Sources, t.Verified, t.Note)).ToList())).ToList()),
            c.Sources);
    }

    private static QuestionCatalogJson Question(Question q, RuleBook book)
    {
        var cl = book.ChecklistFor(q.Id);
        return new QuestionCatalogJson(q.Id, q.Letter, q.Text, q.AnswerType.Id, q.AnswerType.Label, q.Weight,
            q.Options.Select(o => new OptionJson(o.Code, o.Value, o.Penjelasan)).ToList(),
            q.Inputs.Select(i => new InputJson(i.Key, i.Label)).ToList(), q.ValueFormula, q.BuktiDukung,
            new ChecklistJson(cl.Jenis,
                cl.Elements.Select(e => new ChecklistElementJson(e.Id, e.Label, e.Saran, e.Severity.Name(), e.Weight)).ToList(),
                cl.Evidence.Select(e => e.Label).ToList(),
                book.RulesFor(q).Select(r => r.Id).ToList()));
    }
}

public sealed record ComponentJson(string Id, string Name, double Weight, IReadOnlyList<string> Parts);
public sealed record PartJson(string Id, string Name, string Component, double Weight, IReadOnlyList<AreaJson> Areas);
public sealed record AreaJson(string Id, string Code, string Name, double Weight, IReadOnlyList<SubAreaJson> SubAreas, IReadOnlyList<QuestionCatalogJson> Questions);
public sealed record SubAreaJson(string Id, string Numeral, string Name, double Weight, IReadOnlyList<QuestionCatalogJson> Questions);
public sealed record QuestionCatalogJson(string Id, string Letter, string Text, string AnswerType, string AnswerLabel, double? Weight,
    IReadOnlyList<OptionJson> Options, IReadOnlyList<InputJson> Inputs, string? ValueFormula, IReadOnlyList<string> BuktiDukung, ChecklistJson Checklist);
public sealed record OptionJson(string Code, double Value, string Penjelasan);
public sealed record InputJson(string Key, string Label);
public sealed record ChecklistJson(string Jenis, IReadOnlyList<ChecklistElementJson> Elements, IReadOnlyList<string> Evidence, IReadOnlyList<string> Rules);
public sealed record ChecklistElementJson(string Id, string Label, string Saran, string Severity, double Weight);
public sealed record EligibilityJson(string AreaBasis, IReadOnlyDictionary<string, string> AreaBasisOptions, string Note, IReadOnlyList<PredicateJson> Predicates);
public sealed record PredicateJson(string Id, string Name, string? RequiresPredicate, IReadOnlyList<ThresholdJson> Thresholds);
public sealed record ThresholdJson(string Id, string Label, IReadOnlyList<string> Measure, double? Min, double? MinPercent, IReadOnlyList<string> Sources, bool Verified, string? Note);

using System.Globalization;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Catalog;

/// <summary>Builds and validates an <see cref="LkeCatalog"/> from a catalog data file's text.
/// Fails fast with every problem listed: duplicate ids, weights that do not add up, unknown answer types,
/// unparseable formulas, thresholds measuring unknown nodes.</summary>
public static class CatalogLoader
{
    private const double Tolerance = 1e-6;

    public static LkeCatalog Parse(string yaml, string sourceName = "katalog")
    {
        var dto = YamlData.Read<CatalogDto>(yaml, sourceName);
        var problems = new List<string>();
        var answerTypes = BuildAnswerTypes(dto, problems);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Unique(string id, string what)
        {
            if (string.IsNullOrWhiteSpace(id)) problems.Add($"{what} tanpa id");
            else if (!ids.Add(id)) problems.Add($"id ganda: {id}");
        }

        var parts = new List<Part>();
        foreach (var p in dto.Parts)
        {
            Unique(p.Id, "bagian");
            var part = new Part { Id = p.Id, Name = p.Name, Numeral = p.Numeral, Component = p.Component, Weight = p.Weight };
            var areas = new List<Area>();
            foreach (var a in p.Areas)
            {
                Unique(a.Id, "area");
                var area = new Area { Id = a.Id, Code = a.Code, Number = a.Number, Name = a.Name, Weight = a.Weight, Part = part };
                var subs = new List<SubArea>();
                foreach (var s in a.SubAreas ?? [])
                {
                    Unique(s.Id, "sub-area");
                    var sub = new SubArea { Id = s.Id, Numeral = s.Numeral, Name = s.Name, Weight = s.Weight, Area = area };
                    sub.Questions = s.Questions.Select(q => BuildQuestion(q, area, sub, answerTypes, problems, Unique)).ToList();
                    if (sub.Questions.Count == 0) problems.Add($"sub-area {s.Id} tanpa pertanyaan");
                    if (sub.Questions.Any(q => q.Weight is not null)) problems.Add($"pertanyaan di sub-area {s.Id} tidak boleh berbobot sendiri");
                    subs.Add(sub);
                }
                area.SubAreas = subs;
                area.DirectQuestions = (a.Questions ?? []).Select(q => BuildQuestion(q, area, null, answerTypes, problems, Unique)).ToList();
                if (area.DirectQuestions.Any(q => q.Weight is null)) problems.Add($"pertanyaan langsung di area {a.Id} wajib berbobot");
                CheckSum(problems, $"area {a.Id}", a.Weight, subs.Sum(s => s.Weight) + area.DirectQuestions.Sum(q => q.Weight ?? 0));
                areas.Add(area);
            }
            part.Areas = areas;
            CheckSum(problems, $"bagian {p.Id}", p.Weight, areas.Sum(x => x.Weight));
            parts.Add(part);
        }

        var components = dto.Components.Select(c => new Component(c.Id, c.Name, c.Weight, c.Parts)).ToList();
        foreach (var c in components)
        {
            var missing = c.PartIds.Where(id => parts.All(p => p.Id != id)).ToList();
            if (missing.Count > 0) problems.Add($"komponen {c.Id} merujuk bagian tak dikenal: {string.Join(", ", missing)}");
            CheckSum(problems, $"komponen {c.Id}", c.Weight, parts.Where(p => c.PartIds.Contains(p.Id)).Sum(p => p.Weight));
        }
        CheckSum(problems, "total", 100, components.Sum(c => c.Weight));
        foreach (var p in parts.Where(p => components.All(c => !c.PartIds.Contains(p.Id))))
            problems.Add($"bagian {p.Id} tidak termasuk komponen mana pun");

        var eligibility = BuildEligibility(dto.Eligibility, ids, problems);
        if (problems.Count > 0) throw new DataFileException(sourceName, problems);
        return new LkeCatalog(dto.Id, dto.Title, dto.Regulation, parts, components, answerTypes, eligibility, dto.Sources);
    }

    private static Dictionary<string, AnswerType> BuildAnswerTypes(CatalogDto dto, List<string> problems)
    {
        var result = new Dictionary<string, AnswerType>(StringComparer.Ordinal);
        foreach (var (id, t) in dto.AnswerTypes)
        {
            if ((t.Options is null) == (t.Numeric is null))
                problems.Add($"jenis jawaban {id}: isi tepat satu dari options atau numeric");
            var options = (t.Options ?? []).Select(o => new AnswerOption(o.Code, o.Value, o.Penjelasan ?? "")).ToList();
            if (options.Any(o => o.Value is < 0 or > 1)) problems.Add($"jenis jawaban {id}: nilai opsi harus 0..1");
            var numeric = t.Numeric is null ? null : new NumericScale(t.Numeric.Min, t.Numeric.Max, t.Numeric.Unit);
            result[id] = new AnswerType(id, t.Label, options, numeric);
        }
        return result;
    }

    private static Question BuildQuestion(QuestionDto q, Area area, SubArea? sub,
        Dictionary<string, AnswerType> types, List<string> problems, Action<string, string> unique)
    {
        unique(q.Id, "pertanyaan");
        var expectedPrefix = (sub?.Id ?? area.Id) + ".";
        if (q.Id is not null && !q.Id.StartsWith(expectedPrefix, StringComparison.Ordinal))
            problems.Add($"id pertanyaan {q.Id} tidak diawali {expectedPrefix}");
        if (!types.TryGetValue(q.AnswerType ?? "", out var type))
        {
            problems.Add($"pertanyaan {q.Id}: jenis jawaban '{q.AnswerType}' tidak dikenal");
            type = new AnswerType(q.AnswerType ?? "?", "?", [], null);
        }
        if (string.IsNullOrWhiteSpace(q.Text)) problems.Add($"pertanyaan {q.Id} tanpa teks");

        var options = (q.Options ?? []).Select(o => new AnswerOption(o.Code, o.Value, o.Penjelasan ?? "")).ToList();
        if (type.Numeric is null)
        {
            if (options.Count == 0) options = type.Options.ToList();
            var scaleCodes = type.Options.Select(o => o.Code);
            if (!options.Select(o => o.Code).SequenceEqual(scaleCodes))
                problems.Add($"pertanyaan {q.Id}: opsi tidak sesuai skala {type.Id}");
            else if (options.Zip(type.Options).Any(x => Math.Abs(x.First.Value - x.Second.Value) > Tolerance))
                problems.Add($"pertanyaan {q.Id}: nilai opsi berbeda dari skala {type.Id}");
        }

        var inputs = (q.Inputs ?? []).Select(i => new QuestionInput(i.Key, i.Label)).ToList();
        Formula? formula = null;
        if (q.ValueFormula is not null)
        {
            try
            {
                var f = formula = Formula.Parse(q.ValueFormula);
                var known = inputs.Select(i => i.Key).Append("indeks").ToHashSet();
                var unknown = f.Variables.Where(v => !known.Contains(v)).ToList();
                if (unknown.Count > 0) problems.Add($"pertanyaan {q.Id}: rumus memakai masukan tak dikenal {string.Join(", ", unknown)}");
            }
            catch (FormatException e) { problems.Add($"pertanyaan {q.Id}: {e.Message}"); }
        }
        else if (type.Numeric is not null && inputs.Count > 0)
            problems.Add($"pertanyaan {q.Id}: masukan tanpa value_formula");

        return new Question
        {
            Id = q.Id!, Letter = q.Letter, Text = q.Text, AnswerType = type, Options = options, Inputs = inputs,
            ValueFormula = q.ValueFormula, Formula = formula, Weight = q.Weight, Penjelasan = q.Penjelasan,
            BuktiDukung = q.BuktiDukung ?? [], Area = area, SubArea = sub,
        };
    }

    private static EligibilityRules BuildEligibility(EligibilityDto? e, HashSet<string> ids, List<string> problems)
    {
        if (e is null)
        {
            problems.Add("bagian eligibility tidak ada");
            return new EligibilityRules(AreaBasis.Gabungan, new Dictionary<AreaBasis, string>(), "", []);
        }
        var basis = ParseAreaBasis(e.AreaBasis) ?? AreaBasis.Gabungan;
        if (ParseAreaBasis(e.AreaBasis) is null) problems.Add($"area_basis '{e.AreaBasis}' tidak dikenal (gabungan | per_bagian | keduanya)");
        var notes = e.AreaBasisOptions
            .Select(kv => (key: ParseAreaBasis(kv.Key), kv.Value)).Where(x => x.key is not null)
            .ToDictionary(x => x.key!.Value, x => x.Value);
        var predicates = new List<PredicateRule>();
        foreach (var p in e.Predicates)
        {
            var thresholds = new List<Threshold>();
            foreach (var t in p.Thresholds)
            {
                var isArea = t.Kind == "area_percent";
                if (isArea ? t.MinPercent is null : t.Min is null || t.Measure is not { Count: > 0 })
                    problems.Add($"ambang {p.Id}.{t.Id}: isi min dan measure, atau kind: area_percent dengan min_percent");
                foreach (var m in t.Measure ?? [])
                    if (!ids.Contains(m)) problems.Add($"ambang {p.Id}.{t.Id} mengukur node tak dikenal {m}");
                thresholds.Add(new Threshold(t.Id, t.Label, t.Measure ?? [], isArea ? null : t.Min,
                    isArea ? t.MinPercent : null, t.Sources ?? [], t.Verified, t.Note));
            }
            predicates.Add(new PredicateRule(p.Id, p.Name, p.RequiresPredicate, thresholds));
        }
        foreach (var p in predicates.Where(p => p.RequiresPredicate is not null && predicates.All(x => x.Id != p.RequiresPredicate)))
            problems.Add($"predikat {p.Id} mensyaratkan predikat tak dikenal {p.RequiresPredicate}");
        return new EligibilityRules(basis, notes, e.Note ?? "", predicates);
    }

    public static AreaBasis? ParseAreaBasis(string? s) => s?.Trim().ToLowerInvariant().Replace('-', '_') switch
    {
        "gabungan" or "combined" => AreaBasis.Gabungan,
        "per_bagian" or "perbagian" or "per_part" => AreaBasis.PerBagian,
        "keduanya" or "both" => AreaBasis.Keduanya,
        _ => null,
    };

    private static void CheckSum(List<string> problems, string what, double expected, double actual)
    {
        if (Math.Abs(expected - actual) > 1e-6)
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"bobot {what} = {expected}, tetapi jumlah isinya {actual}"));
    }
}

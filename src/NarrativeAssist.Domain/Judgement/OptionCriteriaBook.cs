using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Yaml;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>The option criteria of every question, read from Data/options/*.yaml and validated against the catalog:
/// each question must exist and name exactly its catalog options, in the catalog's order.</summary>
public sealed class OptionCriteriaBook
{
    private readonly Dictionary<string, QuestionCriteria> _byQuestion;

    private OptionCriteriaBook(Dictionary<string, QuestionCriteria> byQuestion) => _byQuestion = byQuestion;

    public QuestionCriteria? For(string questionId) => _byQuestion.GetValueOrDefault(questionId);

    public IReadOnlyCollection<QuestionCriteria> All => _byQuestion.Values;

    /// <param name="checklists">When given, every <c>pembeda</c> must name an element of the question's checklist.</param>
    public static OptionCriteriaBook Load(LkeCatalog catalog, IEnumerable<(string Name, string Text)> sources, Rules.RuleBook? checklists = null)
    {
        var problems = new List<string>();
        var byQuestion = new Dictionary<string, QuestionCriteria>(StringComparer.Ordinal);
        foreach (var (name, text) in sources)
        {
            var file = YamlData.Read<OptionsFileDto>(text, name);
            foreach (var (id, dto) in file.Questions ?? [])
            {
                var q = catalog.FindQuestion(id);
                if (q is null) { problems.Add($"{name}: pertanyaan {id} tidak ada di katalog"); continue; }
                var codes = (dto.Pilihan ?? []).Keys.ToList();
                if (!codes.SequenceEqual(q.Options.Select(o => o.Code)))
                {
                    problems.Add($"{name}: {id} harus memuat pilihan {string.Join(", ", q.Options.Select(o => o.Code))} berurutan");
                    continue;
                }
                var options = q.Options.Select(o => ToCriterion(o, dto.Pilihan![o.Code] ?? new OptionDto(), name, id, problems)).ToList();
                if (checklists is not null)
                {
                    var known = checklists.ChecklistFor(id).Elements.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                    foreach (var o in options)
                        foreach (var e in o.Distinguishing.Where(e => !known.Contains(e)))
                            problems.Add($"{name}: {id} pilihan {o.Code}: pembeda \"{e}\" bukan unsur checklist pertanyaan ini");
                }
                byQuestion[id] = new QuestionCriteria(id, dto.Objek ?? [], options);
            }
        }
        if (problems.Count > 0) throw new DataFileException("Data/options", problems);
        return new OptionCriteriaBook(byQuestion);
    }

    private static OptionCriterion ToCriterion(AnswerOption o, OptionDto d, string file, string id, List<string> problems)
    {
        T? Parse<T>(string? value, string key, Func<string, T?> parse) where T : struct
        {
            if (value is null) return null;
            var v = parse(value);
            if (v is null) problems.Add($"{file}: {id} pilihan {o.Code}: {key} \"{value}\" tidak dikenal");
            return v;
        }
        return new OptionCriterion(o.Code, o.Value)
        {
            Coverage = Parse(d.Cakupan, "cakupan", v => v switch
            {
                "seluruh" => Judgement.Coverage.Seluruh, "sebagian_besar" => Judgement.Coverage.SebagianBesar,
                "sebagian" => Judgement.Coverage.Sebagian, "sebagian_kecil" => Judgement.Coverage.SebagianKecil, _ => (Coverage?)null,
            }),
            MinShare = d.MinimalPersen / 100,
            PerYear = Parse(d.Frekuensi, "frekuensi", v => v switch
            {
                "bulanan" => 12, "triwulanan" => 4, "semesteran" => 2, "tahunan" => 1, "berkala" or "tidak_berkala" => -1, _ => (double?)null,
            }) is { } py && py > 0 ? py : d.KaliSetahun,
            Regular = d.Frekuensi switch { "berkala" => true, "tidak_berkala" => false, _ => null },
            Stage = Parse(d.Tahap, "tahap", ParseStage),
            NotStage = Parse(d.BelumTahap, "belum_tahap", ParseStage),
            Integrated = d.Terintegrasi,
            Replicated = d.Direplikasi,
            Innovation = d.Inovasi,
            Nothing = d.Belum ?? false,
            Distinguishing = d.Pembeda ?? [],
        };
    }

    private static Stage? ParseStage(string v) => v switch
    {
        "ditetapkan" => Stage.Ditetapkan, "disosialisasikan" => Stage.Disosialisasikan, "dilaksanakan" => Stage.Dilaksanakan,
        "dievaluasi" => Stage.Dievaluasi, "ditindaklanjuti" => Stage.Ditindaklanjuti, _ => null,
    };
}

internal sealed class OptionsFileDto
{
    public Dictionary<string, QuestionOptionsDto>? Questions { get; set; }
}

internal sealed class QuestionOptionsDto
{
    public List<string>? Objek { get; set; }
    public Dictionary<string, OptionDto?>? Pilihan { get; set; }
}

internal sealed class OptionDto
{
    public string? Cakupan { get; set; }
    public double? MinimalPersen { get; set; }
    public string? Frekuensi { get; set; }
    public double? KaliSetahun { get; set; }
    public string? Tahap { get; set; }
    public string? BelumTahap { get; set; }
    public bool? Terintegrasi { get; set; }
    public bool? Direplikasi { get; set; }
    public bool? Inovasi { get; set; }
    public bool? Belum { get; set; }
    public List<string>? Pembeda { get; set; }
}

using NarrativeAssist.Documents.LkeWorkbook;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Checking;
using NarrativeAssist.Domain.Scoring;
using NarrativeAssist.Domain.Workbook;
using NarrativeAssist.Tests;

namespace NarrativeAssist.Documents.Tests.LkeWorkbook;

/// <summary>The sample unit's answers (templates/samples/jawaban-contoh.yaml) and narratives (narasi-contoh.docx),
/// exported as an LKE workbook by our writer.</summary>
internal static class SampleLke
{
    public static readonly IReadOnlyDictionary<string, AnswerValue> Answers =
        AnswersFileParser.Parse(File.ReadAllText(RepoRoot.File("templates/samples/jawaban-contoh.yaml")), BuiltInData.Catalog).Answers;

    public static readonly IReadOnlyDictionary<string, string> Narratives = ReadNarratives();

    public static readonly IReadOnlyDictionary<string, string> Evidence = new Dictionary<string, string>
    {
        ["P.MP.1.a"] = @"ZONA INTEGRITAS 2024\AREA I\i. Penyusunan Tim Kerja\1.i.a SK TIM ZONA INTEGRITAS.pdf",
    };

    private static Dictionary<string, string> ReadNarratives()
    {
        using var file = File.OpenRead(RepoRoot.File("templates/samples/narasi-contoh.docx"));
        return NarrativeReader.Read(file, BuiltInData.Catalog).Entries.Where(e => e.Text.Length > 0).ToDictionary(e => e.QuestionId, e => e.Text);
    }

    public static byte[] Export(IReadOnlyDictionary<string, AnswerValue>? answers = null)
    {
        answers ??= Answers;
        var check = DocumentCheck.Run(new NarrativeChecker(BuiltInData.Rules),
            Narratives.Select(n => new NarrativeInput(n.Key, n.Value, answers.TryGetValue(n.Key, out var a) && a.Inputs is null ? a.ToString() : null)));
        using var ms = new MemoryStream();
        LkeWorkbookWriter.Write(ms, BuiltInData.Catalog, new LkeWorkbookContent(answers, Narratives, Evidence, check, "KPPN Contoh"));
        return ms.ToArray();
    }

    public static WorkbookReview Review(byte[] xlsx) =>
        WorkbookReview.Run(WorkbookReader.Read(xlsx), new NarrativeChecker(BuiltInData.Rules));

    /// <summary>The total the regulation gives for <paramref name="answers"/>.</summary>
    public static double Total(IReadOnlyDictionary<string, AnswerValue> answers) =>
        new ScoreCalculator(BuiltInData.Catalog).Score(new AnswerSheet(answers)).Total;

    /// <summary>Answers compared by value: a percentage item given by its counts comes back as its percentage.</summary>
    public static Dictionary<string, double> Values(IReadOnlyDictionary<string, AnswerValue> answers) =>
        answers.ToDictionary(a => a.Key, a => Math.Round(a.Value.ValueFor(BuiltInData.Catalog.FindQuestion(a.Key)!), 4));
}

using NarrativeAssist.Documents;
using NarrativeAssist.Domain.Catalog;

namespace NarrativeAssist.Server.Api;

/// <summary>The built-in narrative templates embedded from templates/narratives/, parsed once.</summary>
public sealed class NarrativeTemplates
{
    private readonly Dictionary<string, NarrativeTemplate> _byQuestion;

    public NarrativeTemplates(LkeCatalog catalog)
    {
        var asm = typeof(NarrativeTemplates).Assembly;
        const string prefix = "NarrativeAssist.Server.Templates.";
        _byQuestion = asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(asm.GetManifestResourceStream(n)!);
                return NarrativeTemplate.Parse(reader.ReadToEnd(), n[prefix.Length..]);
            })
            .Where(t => catalog.FindQuestion(t.QuestionId) is not null)
            .ToDictionary(t => t.QuestionId, StringComparer.Ordinal);
    }

    public NarrativeTemplate? Find(string questionId) => _byQuestion.GetValueOrDefault(questionId);
    public IEnumerable<NarrativeTemplate> All => _byQuestion.Values.OrderBy(t => t.QuestionId, StringComparer.Ordinal);
}

public static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/templates/narratives").WithTags("Templat").RequireAuthorization();

        templates.MapGet("/", (NarrativeTemplates library) =>
            Results.Ok(library.All.Select(t => new { t.QuestionId, title = t.Title, suggestedAnswer = t.SuggestedAnswer, source = t.Source })))
            .WithSummary("Daftar templat narasi bawaan");

        templates.MapGet("/{questionId}", (string questionId, NarrativeTemplates library) =>
            library.Find(questionId) is { } t
                ? Results.Ok(new { t.QuestionId, title = t.Title, suggestedAnswer = t.SuggestedAnswer, source = t.Source, markdown = t.Markdown, html = t.Html,
                    placeholders = NarrativeTemplate.PlaceholdersIn(t.Markdown) })
                : ApiProblems.NotFound($"Belum ada templat narasi untuk {(questionId.Length > 30 ? questionId[..30] : questionId)}."))
            .WithSummary("Satu templat narasi (Markdown dan HTML untuk Word)");
    }
}

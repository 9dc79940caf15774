using Microsoft.AspNetCore.Http.HttpResults;
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

/// <summary>A built-in narrative template in the list (without its text).</summary>
public sealed record TemplateSummary(string QuestionId, string Title, string? SuggestedAnswer, string Source);

/// <summary>A narrative template from the library: Markdown, the HTML Word inserts, its [placeholders], the entry and its uses.</summary>
public sealed record TemplateJson(string QuestionId, string Title, string? SuggestedAnswer, string Source, string Markdown, string Html,
    IReadOnlyList<string> Placeholders, string LibraryId, int Uses);

public static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/templates/narratives").WithTags("Templat").RequireAuthorization();
        templates.MapGet("/", List).WithSummary("Daftar templat narasi bawaan");
        templates.MapGet("/{questionId}", ForQuestion).WithSummary("Templat narasi dari Pustaka (Markdown dan HTML untuk Word)");
    }

    public static Ok<List<TemplateSummary>> List(NarrativeTemplates library) =>
        TypedResults.Ok(library.All.Select(t => new TemplateSummary(t.QuestionId, t.Title, t.SuggestedAnswer, t.Source)).ToList());

    /// <summary>Reads from the template library: a featured entry for the question, else the built-in template (unless
    /// hidden), else the best published one; ?libraryId= picks an entry. Same shape as before, plus libraryId and uses.</summary>
    public static async Task<Results<Ok<TemplateJson>, ProblemHttpResult>> ForQuestion(string questionId, string? libraryId, Library.LibraryService pustaka,
        CancellationToken cancel)
    {
        var item = libraryId is { Length: > 0 } wanted ? await pustaka.FindAsync(wanted, false, cancel) : await pustaka.NarrativeForQuestionAsync(questionId, cancel);
        if (item is not null && item.Kind == Library.LibraryKinds.Narrative && item.QuestionIds.Contains(questionId, StringComparer.OrdinalIgnoreCase))
        {
            var uses = await pustaka.RecordUseAsync(item.Id, cancel);
            var t = new NarrativeTemplate(item.QuestionIds[0], item.Title, item.SuggestedAnswer, item.BuiltIn ? item.SourceUnit : $"Pustaka: {item.SourceUnit}", item.Markdown);
            return TypedResults.Ok(new TemplateJson(t.QuestionId, t.Title, t.SuggestedAnswer, t.Source, t.Markdown, t.Html,
                NarrativeTemplate.PlaceholdersIn(t.Markdown), item.Id, uses));
        }
        return ApiProblems.NotFound($"Belum ada templat narasi untuk {(questionId.Length > 30 ? questionId[..30] : questionId)}.");
    }
}

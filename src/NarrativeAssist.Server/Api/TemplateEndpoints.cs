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

        // Reads from the template library: a featured entry for the question, else the built-in template (unless hidden),
        // else the best published one; ?libraryId= picks an entry. Same shape as before, plus libraryId and uses.
        templates.MapGet("/{questionId}", async (string questionId, string? libraryId, Library.LibraryService pustaka, CancellationToken cancel) =>
        {
            var item = libraryId is { Length: > 0 } wanted ? await pustaka.FindAsync(wanted, false, cancel) : await pustaka.NarrativeForQuestionAsync(questionId, cancel);
            if (item is not null && item.Kind == Library.LibraryKinds.Narrative && item.QuestionIds.Contains(questionId, StringComparer.OrdinalIgnoreCase))
            {
                var uses = await pustaka.RecordUseAsync(item.Id, cancel);
                var t = new NarrativeTemplate(item.QuestionIds[0], item.Title, item.SuggestedAnswer, item.BuiltIn ? item.SourceUnit : $"Pustaka: {item.SourceUnit}", item.Markdown);
                return Results.Ok(new { t.QuestionId, title = t.Title, suggestedAnswer = t.SuggestedAnswer, source = t.Source, markdown = t.Markdown, html = t.Html,
                    placeholders = NarrativeTemplate.PlaceholdersIn(t.Markdown), libraryId = item.Id, uses });
            }
            return ApiProblems.NotFound($"Belum ada templat narasi untuk {(questionId.Length > 30 ? questionId[..30] : questionId)}.");
        })
            .WithSummary("Templat narasi dari Pustaka (Markdown dan HTML untuk Word)");
    }
}

using NarrativeAssist.Documents.Decks;

namespace NarrativeAssist.Bench;

/// <summary>Regenerates the built-in deck templates templates/decks/*.pptx from TemplateGenerator.</summary>
internal static class DeckTemplates
{
    public static int Write(string? directory)
    {
        directory ??= Path.Combine(NarrativeAssist.Tests.RepoRoot.Path, "templates", "decks");
        Directory.CreateDirectory(directory);
        foreach (var id in TemplateGenerator.Ids)
        {
            var path = Path.Combine(directory, id + ".pptx");
            File.WriteAllBytes(path, TemplateGenerator.Generate(id));
            Console.WriteLine($"Ditulis: {path}");
        }
        return 0;
    }
}

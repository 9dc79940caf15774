using NarrativeAssist.Documents.Decks;
using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Server.Tests.Browser.PowerPoint;

/// <summary>What `narrativeassist deck --kind K --unit templates/units/contoh.yaml [--template T]` writes, rendered
/// in-process with the same calls the CLI makes (DeckCommand): parse the profile, plan, render with the template.</summary>
public static class CliDeck
{
    public static byte[] Render(WebAppFixture app, string kind, string? templateId)
    {
        DeckKinds.TryParse(kind, out var deckKind).Should().BeTrue();
        var catalog = BuiltInData.Catalog;
        var profile = UnitProfileParser.Parse(PowerPointPane.SampleProfileYaml(app), catalog.AreaCodes);
        var plan = DeckPlanner.Plan(deckKind, profile, catalog, new DeckOptions());
        var template = templateId is null ? DeckTemplate.Default : DeckTemplate.BuiltIn(templateId);
        return DeckRenderer.Render(plan, template, DeckTokens.From(profile)).Pptx;
    }
}

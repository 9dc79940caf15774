using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NarrativeAssist.Server.Tests.Browser;

/// <summary>axe-core (Deque.AxeCore.Playwright) on the page as it stands: no serious or critical violation.</summary>
public static class Accessibility
{
    public static async Task ShouldHaveNoSeriousViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var bad = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        bad.Should().BeEmpty($"axe-core finds no serious or critical violation on {what}");
    }
}

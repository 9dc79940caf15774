using NarrativeAssist.Server.Tests.Storage;

namespace NarrativeAssist.Server.Tests.Reliability;

/// <summary>Checks, through the API, that every acknowledged save is stored: its version with its text is in the
/// question's history, the current version is that one or a later one, and the history has no gaps.</summary>
internal static class AckedSaves
{
    public static async Task ShouldAllBePresentAsync(this HttpClient http, Guid unit, IReadOnlyCollection<AckedSave> acked)
    {
        acked.Should().NotBeEmpty();
        foreach (var question in acked.GroupBy(a => a.QuestionId))
        {
            var history = await http.History(unit, question.Key);
            var (currentText, currentETag) = await http.Current(unit, question.Key);
            var current = int.Parse(currentETag.Trim('"')[1..]);
            current.Should().BeLessThan(200, "the history endpoint returns the newest 200 versions; the test must stay under that");

            history.Select(h => h.Version).Should().Equal(Enumerable.Range(1, current).Reverse(), $"{question.Key}: every version from 1 to the current one");
            history[0].Text.Should().Be(currentText, $"{question.Key}: the current text is the newest version's");
            foreach (var save in question)
                history.Should().Contain((save.Version, save.Text), $"{question.Key} v{save.Version} was acknowledged");
        }
    }
}

using NarrativeAssist.Domain;
using NarrativeAssist.Domain.Decks;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Bench;

/// <summary>The benchmark's deck (issue #5): a 40-slide virtual interview with 4 native charts, made from the sample
/// profile's real slides — its first four indicator charts, then its bullet, table and quote slides repeated.</summary>
internal static class BenchDeck
{
    public const int Slides = 40, Charts = 4;

    public static UnitProfile Profile(string root, string name = "contoh") =>
        UnitProfileParser.Parse(File.ReadAllText(Path.Combine(root, "templates", "units", name + ".yaml")), BuiltInData.Catalog.AreaCodes);

    public static DeckPlan Build(UnitProfile profile)
    {
        var full = DeckPlanner.Plan(DeckKind.WawancaraVirtual, profile, BuiltInData.Catalog, new DeckOptions { InterviewLimitSeconds = 7200 });
        var charts = full.Slides.Where(s => s.Chart is not null && s.Key != "hasil-survei").Take(Charts).ToList();
        var others = full.Slides.Where(s => s.Chart is null).ToList();
        var slides = new List<SlidePlan>(charts);
        for (var i = 0; slides.Count < Slides; i++)
        {
            var s = others[i % others.Count];
            slides.Add(s with { Key = $"{s.Key}-{i}" });
        }
        return full with { Sections = [new DeckSection("semua", "Semua salindia", slides)] };
    }
}

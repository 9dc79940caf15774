using NarrativeAssist.Domain.Decks;

namespace NarrativeAssist.Domain.Library;

/// <summary>Applies the <see cref="Anonymizer"/> to every text of a deck plan (titles, bullets, notes, charts,
/// tables, chart categories that also fill the embedded workbook, picture captions that become alt text) so a deck shared in the library carries placeholders instead of the unit's details.</summary>
public static class DeckPlanAnonymizer
{
    public static (DeckPlan Plan, IReadOnlyList<Replacement> Replacements) Anonymize(DeckPlan plan, AnonymizationContext context)
    {
        var all = new List<Replacement>();
        string A(string s)
        {
            var r = Anonymizer.Anonymize(s, context);
            all.AddRange(r.Replacements);
            return r.Text;
        }
        string? N(string? s) => s is null ? null : A(s);

        var sections = plan.Sections.Select(sec => sec with
        {
            Title = A(sec.Title),
            Slides = sec.Slides.Select(s => s with
            {
                Title = A(s.Title),
                Subtitle = N(s.Subtitle),
                Bullets = s.Bullets.Select(b => b with { Text = A(b.Text) }).ToList(),
                Notes = A(s.Notes),
                Chart = s.Chart is null ? null : s.Chart with
                {
                    Title = A(s.Chart.Title),
                    Categories = s.Chart.Categories.Select(A).ToList(),
                    Series = s.Chart.Series.Select(x => x with { Name = A(x.Name) }).ToList(),
                },
                Table = s.Table is null ? null : new TableSpec(s.Table.Header.Select(A).ToList(), s.Table.Rows.Select(r => (IReadOnlyList<string>)r.Select(A).ToList()).ToList()),
                Images = s.Images.Select(i => new ImageSlot(A(i.Caption))).ToList(),
            }).ToList(),
        }).ToList();
        var anonymized = plan with { Title = A(plan.Title), UnitName = A(plan.UnitName), Sections = sections, Condensed = plan.Condensed.Select(A).ToList() };
        return (anonymized, all);
    }
}

using NarrativeAssist.Domain.Rules;
using NarrativeAssist.Domain.Text;
using NarrativeAssist.Domain.Text.Quantities;
using NarrativeAssist.Domain.Text.Reading;

namespace NarrativeAssist.Domain.Judgement;

/// <summary>What checkable facts the narrative body holds — the body being the text outside its evidence statements,
/// and a national regulation's number ("Peraturan Menteri PANRB Nomor 62 Tahun 2018") being the framework, not a
/// fact about the unit: figures (numbers, percentages), years and dates, and the unit's own document numbers or links.</summary>
internal readonly record struct BodyFacts(bool Figures, bool Years, bool Documents)
{
    public bool Any => Figures || Years || Documents;

    public static BodyFacts Of(RuleContext ctx)
    {
        var q = TextQuantities.Of(ctx.Text);
        var evidence = ctx.Evidence;
        var citations = ctx.Text.Entities.Where(e => e.Kind == EntityKind.Nomor && NationalCitation.Is(ctx.Text, e)).ToList();
        bool InBody(int position) => !evidence.InStatement(position) && !citations.Any(c => position >= c.Start && position < c.End + 12);
        var figures = q.Atoms.Any(a => a.IsNumber && !a.IsYear && InBody(a.Start)
            && !q.Dates.Any(d => a.Start >= d.Start && a.End <= d.End)
            && !ctx.Text.Entities.Any(e => e.Kind is EntityKind.Nomor or EntityKind.Tanggal or EntityKind.Tautan && a.Start >= e.Start && a.End <= e.End));
        var years = q.Atoms.Any(a => a.IsYear && InBody(a.Start)) || q.Dates.Any(d => d.Year is not null && InBody(d.Start));
        var documents = ctx.Text.Entities.Any(e => e.Kind is EntityKind.Nomor or EntityKind.Tautan or EntityKind.Tanggal && InBody(e.Start));
        return new BodyFacts(figures, years, documents);
    }
}

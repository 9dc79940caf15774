using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Decks;

/// <summary>Plans a deck from a unit profile: builds it in full, then condenses step by step (shorter scripts, fewer
/// items, merged slides) until the estimated speaking time fits the limit, telling the user each step taken. Space
/// counts too: each continuation slide crowded content will need (<see cref="SlideSpace"/>) costs a slide change.</summary>
public static class DeckPlanner
{
    /// <exception cref="ArgumentException">When <paramref name="options"/> are out of range (message in Indonesian).</exception>
    public static DeckPlan Plan(DeckKind kind, UnitProfile profile, LkeCatalog catalog, DeckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= new DeckOptions();
        if (options.Validate() is { Count: > 0 } errors) throw new ArgumentException(string.Join("; ", errors), nameof(options));

        var limit = options.LimitFor(kind);
        var steps = kind == DeckKind.WawancaraVirtual ? Condensation.InterviewSteps : Condensation.FieldVisitSteps;
        var condensation = Condensation.None;
        var sections = Build(kind, new PlanContext(profile, catalog, options, condensation));
        var condensed = new List<string>();
        foreach (var step in steps)
        {
            var total = Cost(sections, options);
            if (total <= limit) break;
            condensation = step.Apply(condensation);
            var next = Build(kind, new PlanContext(profile, catalog, options, condensation));
            if (Cost(next, options) < total) condensed.Add(step.Describe(profile));  // a step that changed nothing is not reported
            sections = next;
        }

        var warnings = ProfileReview.Review(profile, catalog, kind).ToList();
        var final = Seconds(sections);
        if (final > limit)
            warnings.Add(new("melebihi_waktu",
                $"Meski sudah diringkas, perkiraan waktu paparan {SpeechTiming.Clock(final)} melebihi batas {SpeechTiming.Clock(limit)}; kurangi isi profil atau sesuaikan kecepatan bicara."));
        var minimum = options.MinimumFor(kind);
        if (final < minimum)
            warnings.Add(new("kurang_waktu",
                $"Perkiraan waktu paparan {SpeechTiming.Clock(final)} kurang dari {SpeechTiming.Clock(minimum)} yang disediakan; tambahkan bukti perubahan, inovasi atau testimoni di profil, atau sesuaikan kecepatan bicara."));
        return new DeckPlan
        {
            Kind = kind,
            Title = (kind == DeckKind.WawancaraVirtual ? "Paparan Wawancara Virtual" : "Paparan Observasi Lapangan")
                    + $" — {profile.Unit.Nama} Menuju {profile.Unit.PredikatTarget.ToKey()} {profile.Unit.TahunPenilaian}",
            UnitName = profile.Unit.Nama,
            LimitSeconds = limit,
            WordsPerMinute = options.WordsPerMinute,
            Sections = sections,
            Condensed = condensed,
            Warnings = warnings,
            Logo = profile.Unit.Logo,
        };
    }

    private static IReadOnlyList<DeckSection> Build(DeckKind kind, PlanContext c) =>
        kind == DeckKind.WawancaraVirtual ? InterviewPlanner.Sections(c) : FieldVisitPlanner.Sections(c);

    private static int Seconds(IReadOnlyList<DeckSection> sections) => sections.Sum(s => s.Seconds);

    /// <summary>Speaking time plus a slide change for every continuation slide crowded content will need.</summary>
    private static int Cost(IReadOnlyList<DeckSection> sections, DeckOptions options) =>
        Seconds(sections) + sections.SelectMany(s => s.Slides).Sum(SlideSpace.ContinuationSlides) * options.SlideChangeSeconds;
}

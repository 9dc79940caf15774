using NarrativeAssist.Domain.Profile;

namespace NarrativeAssist.Domain.Decks;

/// <summary>The field-visit office tour: stops in walking order, each with its person in charge, talking points and
/// an estimate of the minutes it takes.</summary>
public sealed record TourPlan(string UnitName, Predikat Target, int Year, IReadOnlyList<TourStop> Stops)
{
    public int TotalMinutes => Stops.Sum(s => s.Minutes);

    /// <summary>Two minutes to walk in and introduce the room, one per talking point.</summary>
    public static TourPlan From(UnitProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var stops = profile.Ruangan
            .Select((r, i) => new TourStop(i + 1, r.Nama, r.Pic, PicRole(profile, r.Pic), r.Poin, 2 + r.Poin.Count))
            .ToList();
        return new TourPlan(profile.Unit.Nama, profile.Unit.PredikatTarget, profile.Unit.TahunPenilaian, stops);
    }

    private static string? PicRole(UnitProfile profile, string pic) =>
        profile.Tim.FirstOrDefault(t => string.Equals(t.Nama, pic, StringComparison.OrdinalIgnoreCase))?.Peran;
}

/// <summary>One room of the tour. <see cref="PicRole"/> comes from the team list when the person is on it.</summary>
public sealed record TourStop(int Number, string Room, string Pic, string? PicRole, IReadOnlyList<string> Points, int Minutes);
